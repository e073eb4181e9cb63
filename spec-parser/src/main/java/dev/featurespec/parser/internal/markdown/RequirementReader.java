package dev.featurespec.parser.internal.markdown;

import dev.featurespec.model.FeatureSpec;
import dev.featurespec.model.Requirement;
import dev.featurespec.model.Section;
import dev.featurespec.model.diagnostic.Rule;
import dev.featurespec.model.template.TemplateSection;
import dev.featurespec.model.template.Term;
import dev.featurespec.model.template.internal.Syntax;
import dev.featurespec.parser.internal.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/**
 * Reads functional requirements under Requirements and Functional Requirements: list items ({@code -
 * **FR-001**: …}, or id-less items while a section has no requirement yet), paragraphs that start with an
 * id or are a bold {@code **FR-001: title**} with lines after it, id/text tables, and headings that name
 * one requirement. Under a group sub-heading each requirement gets the group as an attribute. Also
 * reports requirements declared outside the section. One per parse; not thread-safe. Not API.
 */
final class RequirementReader implements SectionReader {
    private final AssemblyContext ctx;
    private final HeadingClassifier classifier;
    private final Outline outline;
    private final ExtraReader extras;
    private final Ids ids;
    private final List<Requirement> requirements = new ArrayList<>();
    /** The entry the last requirement was read in: an id-less list after it is no list of requirements. */
    private Outline.Entry lastEntry;

    RequirementReader(AssemblyContext ctx, HeadingClassifier classifier, Outline outline, ExtraReader extras) {
        this.ctx = ctx;
        this.classifier = classifier;
        this.outline = outline;
        this.extras = extras;
        this.ids = new Ids(ctx, "functionalRequirements", ctx.vocab().requirementId(), Term.LABEL_TEXT_COLUMN);
    }

    /** A list with an item that starts with a requirement id. */
    @Override
    public boolean recognises(Node block) {
        return ids.startList(block);
    }

    @Override
    public void read(Node n, Outline.Entry entry) {
        boolean functional = entry.kind() != Outline.Kind.REQUIREMENT_HEADING
                && entry.section() == TemplateSection.FUNCTIONAL_REQUIREMENTS;
        if (n instanceof ListBlock list && (recognises(list) || (functional && lastEntry != entry))) {
            // an id-less list is a list of requirements only while its section (or group) has none
            // yet: after typed requirements it is content of its own (the writer puts such content there)
            outline.saw(TemplateSection.FUNCTIONAL_REQUIREMENTS);
            for (ListItem item : Blocks.items(list)) {
                String text = ctx.blocks().itemText(item);
                Requirement r = fromText(text);
                add(
                        grouped(
                                r != null ? r : new Requirement(Optional.empty(), Optional.empty(), text, Map.of()),
                                entry),
                        item,
                        entry);
            }
            return;
        }
        if (n instanceof Paragraph p && entry.section() != TemplateSection.REQUIREMENTS) {
            String text = ctx.src().spanLines(p).strip();
            Requirement r = fromText(text);
            if (r == null) {
                r = fromBold(text);
            }
            if (r != null) {
                add(grouped(r, entry), p, entry);
                return;
            }
        }
        if (n instanceof TableBlock table) {
            List<Blocks.Row> rows = ids.rows(table);
            if (rows != null) {
                outline.saw(TemplateSection.FUNCTIONAL_REQUIREMENTS);
                for (Blocks.Row row : rows) {
                    Requirement r = new Requirement(
                            Optional.ofNullable(row.id()), Optional.empty(), row.text(), row.attributes());
                    add(grouped(r, entry), row.node(), entry);
                }
                return;
            }
        }
        // content after the requirements read right under Requirements follows them, as under their own heading
        extras.addLoose(
                entry.section() == TemplateSection.REQUIREMENTS && lastEntry == entry
                        ? Section.FUNCTIONAL_REQUIREMENTS
                        : entry.section().anchor(),
                n);
    }

    /** Reads heading {@code h}, {@code #### FR-001: Export}, as a requirement of {@code entry}. */
    void heading(HeadingKind.RequirementHeading kind, Heading h, Outline.Entry entry) {
        add(new Requirement(Optional.of(kind.id()), Optional.empty(), kind.text(), Map.of()), h, entry);
    }

    /** Reports the bold requirement ids of {@code n} outside the Requirements section, which stay text. */
    void checkStray(Node n) {
        if (!(n instanceof ListBlock list)) {
            return;
        }
        for (ListItem item : Blocks.items(list)) {
            String text = ctx.blocks().itemText(item);
            Syntax.IdText it = ids.at(text);
            if (it != null && Syntax.startsBold(text)) {
                ctx.report(
                        Rule.REQUIREMENT_OUTSIDE_REQUIREMENTS,
                        it.id() + " is declared outside the Requirements section; kept as text",
                        Pointer.of("extraSections"),
                        SourceText.range(item));
            }
        }
    }

    private void add(Requirement r, Node node, Outline.Entry entry) {
        outline.saw(TemplateSection.FUNCTIONAL_REQUIREMENTS);
        lastEntry = entry;
        extras.placeAfter(Section.FUNCTIONAL_REQUIREMENTS);
        ids.declare(requirements.size(), r.id(), SourceText.range(node));
        requirements.add(r);
    }

    private static Requirement grouped(Requirement r, Outline.Entry entry) {
        return entry.group() != null
                ? new Requirement(r.id(), r.label(), r.text(), entry.withGroup(r.attributes()))
                : r;
    }

    private Requirement fromText(String text) {
        Syntax.IdText it = ids.at(text);
        if (it == null) {
            return null;
        }
        return new Requirement(Optional.of(it.id()), Optional.ofNullable(it.label()), it.text(), Map.of());
    }

    /** Reads a paragraph {@code **FR-1: title**} with optional lines after it. */
    private Requirement fromBold(String text) {
        if (!Syntax.startsBold(text)) {
            return null;
        }
        String bold = text.substring(0, 2);
        int close = text.indexOf(bold, 2);
        if (close < 0) {
            return null;
        }
        HeadingKind.RequirementHeading inner = classifier.requirement(text.substring(2, close));
        if (inner == null || inner.text().isEmpty()) {
            return null;
        }
        String rest = text.substring(close + 2).strip();
        String body = rest.isEmpty() ? inner.text() : inner.text() + "\n" + rest;
        return new Requirement(Optional.of(inner.id()), Optional.empty(), body, Map.of());
    }

    void build(FeatureSpec.Builder b) {
        requirements.forEach(b::addFunctionalRequirement);
    }
}
