package dev.featurespec.writer.internal.faithful;

import dev.featurespec.writer.internal.layout.MarkdownStyle;
import dev.featurespec.writer.internal.markdown.BlockWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A list item kind: a changed item has its changed fields' old text replaced inside its own lines (so its
 * bullet, bold form, id form and wording stay), or, when a field appears or disappears or its old text is
 * not found as written, is rendered again in its own marker; a new item is rendered like its sibling.
 *
 * @param <T> the element type
 */
abstract class ItemKind<T> implements ElementKind<T> {
    private final Source source;
    private final Styles styles;
    private final String prefix;

    /** Items at {@code prefix/0}, {@code prefix/1}, … of {@code source}. */
    ItemKind(Source source, Styles styles, String prefix) {
        this.source = source;
        this.styles = styles;
        this.prefix = prefix;
    }

    @Override
    public String pointer(int index) {
        return prefix + "/" + index;
    }

    /**
     * The replacements turning {@code before}'s text into {@code after}'s, one per changed field, or null
     * when the change is not one of field texts (a field appears or disappears).
     */
    abstract List<Source.Replacement> replacements(T before, T after);

    /** Writes {@code element} as a list item after {@code marker} on the current line of {@code out}. */
    abstract void write(BlockWriter out, MarkdownStyle style, T element, String marker);

    /**
     * Writes {@code element} as a table row on the current line of {@code out}; false for a kind never
     * written in a table.
     */
    boolean writeRow(BlockWriter out, MarkdownStyle style, T element) {
        return false;
    }

    /** {@code element} as a row of the table {@code sibling} is a row of, with as many cells. */
    private List<String> row(T element, String sibling) {
        List<String> lines = Styles.render(out -> {
            if (!writeRow(out, styles.base(), element)) {
                throw new Unplaceable("an element in a table that is not a requirement or a criterion");
            }
        });
        if (lines.size() != 1 || cells(lines.get(0)) != cells(sibling)) {
            throw new Unplaceable("a row whose cells are not its table's");
        }
        return lines;
    }

    /** The number of unescaped pipes in {@code row}. */
    private static int cells(String row) {
        int n = 0;
        for (int i = 0; i < row.length(); i++) {
            if (row.charAt(i) == '\\') {
                i++;
            } else if (row.charAt(i) == '|') {
                n++;
            }
        }
        return n;
    }

    /** True when new items may take the number after their sibling's; false keeps ordered markers off. */
    boolean numbered() {
        return true;
    }

    @Override
    public void checkRemovable(String pointer) {
        String own = source.lines().line(source.first(pointer));
        if (Source.marker(own) == null && !own.stripLeading().startsWith("|")) {
            throw new Unplaceable("a removed element that is not a list item at " + pointer);
        }
    }

    @Override
    public List<Patch> changed(T before, T after, String pointer, int afterIndex) {
        List<Source.Replacement> replacements = replacements(before, after);
        if (replacements != null) {
            try {
                return List.of(source.replaceAll(pointer, replacements));
            } catch (Unplaceable e) {
                // not found as written: render the item again below
            }
        }
        if (!fits(after, before)) {
            // a changed group or form moves the element: not something its own lines can say
            throw new Unplaceable("an element that changed group at " + pointer);
        }
        String own = source.lines().line(source.first(pointer));
        if (own.stripLeading().startsWith("|")) {
            return List.of(new Patch(source.first(pointer), source.last(pointer) + 1, row(after, own)));
        }
        if (Source.marker(own) == null) {
            throw new Unplaceable("a changed element that is not a list item at " + pointer);
        }
        List<String> lines = Styles.indented(
                Styles.render(out -> write(out, styles.beside(own), after, Styles.marker(own, false))), own);
        return List.of(new Patch(source.first(pointer), source.last(pointer) + 1, lines));
    }

    @Override
    public List<String> render(T element, int afterIndex, String siblingPointer, boolean follows) {
        String sibling = source.lines().line(source.first(siblingPointer));
        if (sibling.stripLeading().startsWith("|")) {
            return row(element, sibling);
        }
        if (Source.marker(sibling) == null) {
            // a table row, a heading or a bold paragraph: a list item there would read otherwise
            throw new Unplaceable("a new item beside one that is not a list item at " + siblingPointer);
        }
        // before its sibling it takes the sibling's number: a list after a paragraph may only start at 1
        String marker = Styles.marker(sibling, follows);
        if (!numbered() && Character.isDigit(marker.charAt(0))) {
            marker = styles.base().bulletMarker();
        }
        String m = marker;
        return Styles.indented(Styles.render(out -> write(out, styles.beside(sibling), element, m)), sibling);
    }

    /** Adds the replacement of {@code before} by {@code after} when they differ; false when one is absent. */
    static boolean field(List<Source.Replacement> out, Optional<String> before, Optional<String> after, boolean last) {
        if (before.equals(after)) {
            return true;
        }
        if (before.isEmpty() || after.isEmpty()) {
            return false;
        }
        out.add(new Source.Replacement(before.get(), after.get(), last));
        return true;
    }

    /** A list of replacements to fill. */
    static List<Source.Replacement> replacements() {
        return new ArrayList<>();
    }
}
