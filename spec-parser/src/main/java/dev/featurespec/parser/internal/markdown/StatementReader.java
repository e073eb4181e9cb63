package dev.featurespec.parser.internal.markdown;

import dev.featurespec.model.ApiContractSection;
import dev.featurespec.model.FeatureSpec;
import dev.featurespec.model.ImpactSection;
import dev.featurespec.model.ObservabilitySection;
import dev.featurespec.model.Statement;
import dev.featurespec.model.diagnostic.Rule;
import dev.featurespec.model.template.TemplateSection;
import dev.featurespec.parser.internal.SourceText;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;

/**
 * Reads the four sections the {@code extended} profile adds (API Contract, Configuration, Security,
 * Observability): each holds a tree of statements, one per list item, nested as the lists nest, up to
 * {@value #MAX_DEPTH} levels. One reader for all four, keyed by section. One per parse; not thread-safe.
 * Not API.
 */
final class StatementReader implements SectionReader {
    /** Statement nesting beyond this stays in the text of the deepest statement (FS016). */
    static final int MAX_DEPTH = 16;

    private final AssemblyContext ctx;
    private final ExtraReader extras;
    private final Map<TemplateSection, List<Statement>> statements = new EnumMap<>(TemplateSection.class);

    StatementReader(AssemblyContext ctx, ExtraReader extras) {
        this.ctx = ctx;
        this.extras = extras;
    }

    /** The document has {@code section}, one of the four, even if no statement follows. */
    void open(TemplateSection section) {
        statements.computeIfAbsent(section, s -> new ArrayList<>());
    }

    /** True when the document has one of the four sections. */
    boolean any() {
        return !statements.isEmpty();
    }

    @Override
    public void read(Node n, Outline.Entry entry) {
        TemplateSection section = entry.section();
        if (!(n instanceof ListBlock list)) {
            extras.addLoose(section.anchor(), n);
            return;
        }
        List<Statement> target = statements.computeIfAbsent(section, s -> new ArrayList<>());
        for (ListItem item : Blocks.items(list)) {
            target.add(statement(item, Pointer.of(section.key(), "statements", target.size()), 1));
        }
    }

    private Statement statement(ListItem item, String pointer, int depth) {
        ctx.put(pointer, SourceText.range(item));
        if (depth >= MAX_DEPTH) {
            boolean nested = false;
            for (Node c = item.getFirstChild(); c != null; c = c.getNext()) {
                nested |= c instanceof ListBlock;
            }
            if (nested) {
                ctx.report(
                        Rule.NESTING_TOO_DEEP,
                        "Statements nest deeper than " + MAX_DEPTH + " levels; the rest is kept as text",
                        pointer,
                        SourceText.range(item));
            }
            return Statement.of(ctx.blocks().itemText(item));
        }
        StringBuilder text = new StringBuilder();
        List<Statement> children = new ArrayList<>();
        Node firstText = null;
        Node lastText = null;
        for (Node c = item.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof ListBlock sub) {
                if (firstText != null) {
                    Blocks.appendParagraph(text, ctx.src().dedented(firstText, lastText));
                    firstText = null;
                }
                for (ListItem si : Blocks.items(sub)) {
                    children.add(statement(si, Pointer.append(pointer, "children", children.size()), depth + 1));
                }
            } else if (!c.getSourceSpans().isEmpty()) {
                if (firstText == null) {
                    firstText = c;
                }
                lastText = c;
            }
        }
        if (firstText != null) {
            Blocks.appendParagraph(text, ctx.src().dedented(firstText, lastText));
        }
        return new Statement(text.toString().strip(), children);
    }

    /** Adds each of the four sections the document has to {@code b}. */
    void build(FeatureSpec.Builder b) {
        statements.forEach((section, list) -> {
            switch (section) {
                case API_CONTRACT -> b.apiContract(new ApiContractSection(list));
                case CONFIGURATION_IMPACT -> b.configurationImpact(new ImpactSection(list));
                case SECURITY_IMPACT -> b.securityImpact(new ImpactSection(list));
                case OBSERVABILITY -> b.observability(new ObservabilitySection(list));
                default -> throw new IllegalStateException("not a statement section: " + section);
            }
        });
    }
}
