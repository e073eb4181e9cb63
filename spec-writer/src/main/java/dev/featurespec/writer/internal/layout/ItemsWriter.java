package dev.featurespec.writer.internal.layout;

import static dev.featurespec.writer.internal.markdown.BlockWriter.cell;
import static dev.featurespec.writer.internal.markdown.BlockWriter.normalize;

import dev.featurespec.model.FeatureSpec;
import dev.featurespec.model.Requirement;
import dev.featurespec.model.Section;
import dev.featurespec.model.SuccessCriterion;
import dev.featurespec.model.template.TemplateSection;
import dev.featurespec.model.template.Term;
import dev.featurespec.model.template.internal.ItemRuns;
import dev.featurespec.model.template.internal.Syntax;
import dev.featurespec.writer.internal.markdown.BlockWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes functional requirements ({@code ### Functional Requirements}) or success criteria ({@code ##
 * Success Criteria} with its {@code ### Measurable Outcomes}): bullets with bold ids ({@code -
 * **FR-001**: …}), or a GFM table when any item has attributes, and a sub-heading over each run of items
 * in one {@value Syntax#GROUP_ATTRIBUTE}.
 */
public final class ItemsWriter implements SectionWriter {
    /** The attribute the parser gives requirements and criteria under a sub-heading. */
    private static final String GROUP = Syntax.GROUP_ATTRIBUTE;

    /**
     * A requirement or criterion as written: its text after the bullet, its ordered-list marker if it
     * keeps one, and its id cell, text and attributes when written in a table.
     */
    private record Item(
            String bulletText, Optional<String> marker, String idCell, String text, Map<String, String> attributes) {}

    private final MarkdownStyle style;
    private final boolean criteria;

    private ItemsWriter(MarkdownStyle style, boolean criteria) {
        this.style = style;
        this.criteria = criteria;
    }

    /** A writer of functional requirements in {@code style}. */
    public static ItemsWriter requirements(MarkdownStyle style) {
        return new ItemsWriter(style, false);
    }

    /** A writer of success criteria in {@code style}. */
    public static ItemsWriter criteria(MarkdownStyle style) {
        return new ItemsWriter(style, true);
    }

    @Override
    public boolean hasContent(FeatureSpec spec) {
        return criteria
                ? !spec.successCriteria().isEmpty()
                : !spec.functionalRequirements().isEmpty();
    }

    @Override
    public void write(LayoutContext context, TemplateSection section) {
        BlockWriter out = context.out();
        FeatureSpec spec = context.spec();
        List<Item> items = new ArrayList<>();
        int groupLevel;
        if (criteria) {
            TemplateSection outcomes = TemplateSection.MEASURABLE_OUTCOMES;
            // an author's headings are written by the layout, Measurable Outcomes' among them when it has one
            if (!context.authored() && (hasContent(spec) || context.extras().hasLoose(section.anchor()))) {
                context.heading(outcomes, style.word(outcomes.heading()));
            }
            spec.successCriteria().forEach(c -> items.add(item(c)));
            groupLevel = Math.min(6, context.level(context.headed(outcomes) ? outcomes : section) + 1);
        } else {
            spec.functionalRequirements().forEach(r -> items.add(item(r)));
            groupLevel = Math.min(6, context.level(section) + 1);
        }
        items(out, items, groupLevel, context.bullet(section.anchor()));
        context.extras().write(out, section.anchor());
    }

    /** Writes one requirement as a list item on the current line: {@code - **FR-001 (Label)**: text}. */
    public void requirement(BlockWriter out, Requirement requirement, String bullet) {
        out.item(bullet, item(requirement).bulletText());
    }

    /**
     * Writes one criterion as a list item on the current line: {@code - **SC-001**: text}, or after its
     * own ordered-list marker when it keeps one ({@code 3. **SC-003**: …}).
     */
    public void criterion(BlockWriter out, SuccessCriterion criterion, String bullet) {
        Item item = item(criterion);
        out.item(item.marker().map(m -> m + " ").orElse(bullet), item.bulletText());
    }

    /**
     * Writes an item table's header and delimiter rows from the current line: {@code | ID | Description
     * |} and then one column per attribute name in {@code columns}.
     */
    public void tableHeader(BlockWriter out, List<String> columns) {
        String id = style.word(Term.LABEL_ID_COLUMN);
        String text = style.word(criteria ? Term.LABEL_CRITERION_TEXT_COLUMN : Term.LABEL_TEXT_COLUMN);
        List<String> header = new ArrayList<>(List.of(id, text));
        int[] widths = new int[2 + columns.size()];
        widths[0] = id.length() + 2;
        widths[1] = text.length() + 2;
        for (int i = 0; i < columns.size(); i++) {
            header.add(cell(columns.get(i)));
            widths[2 + i] = 3;
        }
        out.tableRow(header).line().tableDelimiter(widths);
    }

    /** Writes one requirement as a table row on the current line, its attributes under {@code columns}. */
    public void requirementRow(BlockWriter out, Requirement requirement, List<String> columns) {
        row(out, item(requirement), requirement.attributes(), columns);
    }

    /** Writes one criterion as a table row on the current line, its attributes under {@code columns}. */
    public void criterionRow(BlockWriter out, SuccessCriterion criterion, List<String> columns) {
        row(out, item(criterion), criterion.attributes(), columns);
    }

    private static void row(BlockWriter out, Item item, Map<String, String> attributes, List<String> columns) {
        List<String> row = new ArrayList<>(2 + columns.size());
        row.add(cell(item.idCell()));
        row.add(cell(item.text()));
        for (String c : columns) {
            row.add(cell(attributes.getOrDefault(c, "")));
        }
        out.tableRow(row);
    }

    private Item item(Requirement r) {
        String bulletText = r.id().isPresent()
                ? style.idForm()
                                .label(r.id().get()
                                        + r.label()
                                                .map(l -> " (" + normalize(l) + ")")
                                                .orElse("")) + " " + normalize(r.text())
                : normalize(r.text());
        String idCell = r.id().orElse("") + r.label().map(l -> " (" + l + ")").orElse("");
        return new Item(bulletText, Optional.empty(), idCell, r.text(), r.attributes());
    }

    private Item item(SuccessCriterion c) {
        String bulletText = c.id().isPresent()
                ? style.idForm().label(c.id().get()) + " " + normalize(c.text())
                : normalize(c.text());
        return new Item(
                bulletText, c.marker().filter(Syntax::orderedMarker), c.id().orElse(""), c.text(), c.attributes());
    }

    /**
     * Writes items as bullets, or a GFM table when any has attributes or the style writes the section's
     * items as a table, in the runs {@link ItemRuns} gives:
     * a {@value #GROUP} attribute is written as a sub-heading over its run of items, as the parser reads
     * such headings, unless an ungrouped item follows a grouped one (a heading cannot be closed): then it
     * is a column.
     */
    private void items(BlockWriter out, List<Item> items, int groupLevel, String bullet) {
        List<Map<String, String>> attributes = new ArrayList<>(items.size());
        items.forEach(i -> attributes.add(i.attributes()));
        for (ItemRuns.Run run : ItemRuns.of(attributes)) {
            if (run.headed()) {
                out.heading(Math.min(6, groupLevel), normalize(run.group()));
            }
            Section anchor = criteria ? Section.SUCCESS_CRITERIA : Section.FUNCTIONAL_REQUIREMENTS;
            run(
                    out,
                    items.subList(run.from(), run.to()),
                    run.headed(),
                    run.table() || style.tables().contains(anchor),
                    bullet);
        }
    }

    /** Writes a run of items in a block: bullets, or a table when {@code table}. */
    private void run(BlockWriter out, List<Item> items, boolean withoutGroup, boolean table, String bullet) {
        if (!table) {
            for (int i = 0; i < items.size(); i++) {
                Item item = items.get(i);
                out.nextItem(i, style.looseItems())
                        .item(item.marker().map(m -> m + " ").orElse(bullet), item.bulletText());
            }
            return;
        }
        List<Map<String, String>> attributes = new ArrayList<>();
        for (Item item : items) {
            Map<String, String> a = item.attributes();
            if (withoutGroup && a.containsKey(GROUP)) {
                a = new LinkedHashMap<>(a);
                a.remove(GROUP);
            }
            attributes.add(a);
        }
        Set<String> columns = new LinkedHashSet<>();
        attributes.forEach(a -> columns.addAll(a.keySet()));
        List<String> columnList = List.copyOf(columns);
        tableHeader(out.block(), columnList);
        for (int r = 0; r < items.size(); r++) {
            row(out.line(), items.get(r), attributes.get(r), columnList);
        }
    }
}
