package dev.featurespec.writer.internal.layout;

import static dev.featurespec.writer.internal.markdown.BlockWriter.normalize;

import dev.featurespec.model.ApiContractSection;
import dev.featurespec.model.FeatureSpec;
import dev.featurespec.model.ImpactSection;
import dev.featurespec.model.ObservabilitySection;
import dev.featurespec.model.Statement;
import dev.featurespec.model.template.TemplateSection;
import dev.featurespec.writer.internal.markdown.BlockWriter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Writes one of the four sections the {@code extended} profile adds under Requirements: its statements
 * as nested bullets, each child indented under its parent. {@link #SECTIONS} says where each section's
 * statements are in the model; one writer class serves all four.
 */
public final class StatementsWriter implements SectionWriter {
    /** Each statement section and its statements in a spec, empty when the spec lacks the section. */
    static final Map<TemplateSection, Function<FeatureSpec, Optional<List<Statement>>>> SECTIONS = sections();

    /** A statement waiting to be written, at its depth in the tree. */
    private record Pending(Statement statement, int depth) {}

    private final MarkdownStyle style;
    private final Function<FeatureSpec, Optional<List<Statement>>> statements;

    /** A writer of the statements {@code statements} gives, in {@code style}. */
    StatementsWriter(MarkdownStyle style, Function<FeatureSpec, Optional<List<Statement>>> statements) {
        this.style = style;
        this.statements = statements;
    }

    /** A writer of {@code section}'s statements in {@code style}. */
    public static StatementsWriter of(TemplateSection section, MarkdownStyle style) {
        Function<FeatureSpec, Optional<List<Statement>>> f = SECTIONS.get(section);
        if (f == null) {
            throw new IllegalArgumentException(section + " holds no statements");
        }
        return new StatementsWriter(style, f);
    }

    /** True when the spec has the section, even without a statement. */
    @Override
    public boolean hasContent(FeatureSpec spec) {
        return statements.apply(spec).isPresent();
    }

    @Override
    public void write(LayoutContext context, TemplateSection section) {
        String bullet = context.bullet(section.anchor());
        statements.apply(context.spec()).ifPresent(list -> tree(context.out(), list, bullet));
        context.extras().write(context.out(), section.anchor());
    }

    /**
     * Writes statements as a list starting a block, each statement's children nested two spaces deeper
     * than it. A tree of any depth is written without recursion.
     */
    public void tree(BlockWriter out, List<Statement> statements, String bullet) {
        // explicit stack: the depth of a model built in code is not bounded
        Deque<Pending> stack = new ArrayDeque<>();
        pushAll(stack, statements, 0);
        int index = 0;
        while (!stack.isEmpty()) {
            Pending top = stack.pop();
            statement(out.nextItem(index++, style.looseItems()), top.statement(), top.depth(), bullet);
            pushAll(stack, top.statement().children(), top.depth() + 1);
        }
    }

    /** Writes one statement, without its children, as a list item at {@code depth} on the current line. */
    public void statement(BlockWriter out, Statement statement, int depth, String bullet) {
        out.item("  ".repeat(depth) + bullet, normalize(statement.text()));
    }

    private static void pushAll(Deque<Pending> stack, List<Statement> statements, int depth) {
        for (int i = statements.size() - 1; i >= 0; i--) {
            stack.push(new Pending(statements.get(i), depth));
        }
    }

    private static Map<TemplateSection, Function<FeatureSpec, Optional<List<Statement>>>> sections() {
        Map<TemplateSection, Function<FeatureSpec, Optional<List<Statement>>>> m = new EnumMap<>(TemplateSection.class);
        m.put(TemplateSection.API_CONTRACT, s -> s.apiContract().map(ApiContractSection::statements));
        m.put(TemplateSection.CONFIGURATION_IMPACT, s -> s.configurationImpact().map(ImpactSection::statements));
        m.put(TemplateSection.SECURITY_IMPACT, s -> s.securityImpact().map(ImpactSection::statements));
        m.put(TemplateSection.OBSERVABILITY, s -> s.observability().map(ObservabilitySection::statements));
        return m;
    }
}
