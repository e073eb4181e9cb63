package dev.featurespec.parser.internal.markdown;

import dev.featurespec.model.FeatureSpec;
import dev.featurespec.model.Section;
import dev.featurespec.model.SuccessCriterion;
import dev.featurespec.model.template.Term;
import dev.featurespec.model.template.internal.Syntax;
import dev.featurespec.parser.internal.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;

/**
 * Reads success criteria under Success Criteria and Measurable Outcomes: every list item is a criterion
 * ({@code - **SC-001**: …}, or without an id; an ordered list's own marker is kept), and id/text tables.
 * Under a group sub-heading each criterion gets the group as an attribute. One per parse; not
 * thread-safe. Not API.
 */
final class CriteriaReader implements SectionReader {
    private final AssemblyContext ctx;
    private final ExtraReader extras;
    private final Ids ids;
    private final List<SuccessCriterion> criteria = new ArrayList<>();

    CriteriaReader(AssemblyContext ctx, ExtraReader extras) {
        this.ctx = ctx;
        this.extras = extras;
        this.ids = new Ids(ctx, "successCriteria", ctx.vocab().criterionId(), Term.LABEL_CRITERION_TEXT_COLUMN);
    }

    @Override
    public void read(Node n, Outline.Entry entry) {
        if (n instanceof ListBlock list) {
            boolean ordered = list instanceof OrderedList;
            for (ListItem item : Blocks.items(list)) {
                String text = ctx.blocks().itemText(item);
                Syntax.IdText it = ids.at(text);
                SuccessCriterion sc = it == null
                        ? new SuccessCriterion(Optional.empty(), text, entry.withGroup(Map.of()))
                        : new SuccessCriterion(Optional.of(it.id()), labelled(it), entry.withGroup(Map.of()));
                add(ordered ? sc.withMarker(ctx.blocks().orderedMarker(item)) : sc, item);
            }
            return;
        }
        if (n instanceof TableBlock table) {
            List<Blocks.Row> rows = ids.rows(table);
            if (rows != null) {
                for (Blocks.Row row : rows) {
                    add(
                            new SuccessCriterion(
                                    Optional.ofNullable(row.id()), row.text(), entry.withGroup(row.attributes())),
                            row.node());
                }
                return;
            }
        }
        extras.addLoose(Section.SUCCESS_CRITERIA, n);
    }

    /** A list with an item that starts with a criterion id. */
    @Override
    public boolean recognises(Node block) {
        return ids.startList(block);
    }

    /** A criterion's text with the label after its id kept in front: {@code (Label) text}. */
    private static String labelled(Syntax.IdText it) {
        return it.label() == null ? it.text() : "(" + it.label() + ") " + it.text();
    }

    private void add(SuccessCriterion sc, Node node) {
        ids.declare(criteria.size(), sc.id(), SourceText.range(node));
        criteria.add(sc);
    }

    void build(FeatureSpec.Builder b) {
        criteria.forEach(b::addSuccessCriterion);
    }
}
