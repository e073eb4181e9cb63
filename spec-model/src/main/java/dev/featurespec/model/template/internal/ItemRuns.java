package dev.featurespec.model.template.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How the Markdown writer lays out a list of requirements or success criteria, by their attributes: in
 * runs, one under each {@value Syntax#GROUP_ATTRIBUTE} sub-heading (the parser gives an item under such
 * a heading the group as an attribute), each run bullets when none of its items has another attribute
 * and a GFM table row per item when one has. When an ungrouped item follows a grouped one (a heading
 * cannot be closed) there are no headings: one run, the group a column. The writer writes by these runs
 * and the constraints check what a table row can hold by them, so both agree. Not API.
 */
public final class ItemRuns {
    private ItemRuns() {}

    /**
     * A run of items {@code from} (inclusive) to {@code to} (exclusive): under the heading {@code group}
     * when it is not null, written as a table when {@code table}.
     */
    public record Run(int from, int to, String group, boolean headed, boolean table) {}

    /** The runs of items with {@code attributes} (one map per item, in order). */
    public static List<Run> of(List<Map<String, String>> attributes) {
        List<Run> runs = new ArrayList<>();
        if (attributes.isEmpty()) {
            return runs;
        }
        boolean grouped = false;
        boolean headings = true;
        for (Map<String, String> a : attributes) {
            boolean has = a.containsKey(Syntax.GROUP_ATTRIBUTE);
            headings &= has || !grouped;
            grouped |= has;
        }
        if (!grouped || !headings) {
            boolean table = attributes.stream().anyMatch(a -> !a.isEmpty());
            runs.add(new Run(0, attributes.size(), null, false, table));
            return runs;
        }
        int from = 0;
        while (from < attributes.size()) {
            String group = attributes.get(from).get(Syntax.GROUP_ATTRIBUTE);
            int to = from + 1;
            while (to < attributes.size() && Objects.equals(attributes.get(to).get(Syntax.GROUP_ATTRIBUTE), group)) {
                to++;
            }
            boolean table = false;
            for (Map<String, String> a : attributes.subList(from, to)) {
                table |= a.size() > (a.containsKey(Syntax.GROUP_ATTRIBUTE) ? 1 : 0);
            }
            runs.add(new Run(from, to, group, group != null, table));
            from = to;
        }
        return runs;
    }

    /** For each item with {@code attributes}, true when the writer puts it in a table row. */
    public static boolean[] tableRows(List<Map<String, String>> attributes) {
        boolean[] rows = new boolean[attributes.size()];
        for (Run run : of(attributes)) {
            for (int i = run.from(); i < run.to(); i++) {
                rows[i] = run.table();
            }
        }
        return rows;
    }
}
