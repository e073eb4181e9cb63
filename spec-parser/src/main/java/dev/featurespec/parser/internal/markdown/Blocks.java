package dev.featurespec.parser.internal.markdown;

import dev.featurespec.model.template.Term;
import dev.featurespec.model.template.internal.Syntax;
import dev.featurespec.model.template.internal.Vocabulary;
import dev.featurespec.parser.internal.SourceText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.Heading;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;

/**
 * The text of commonmark blocks as the author wrote it, for the section readers: a heading's or a table
 * cell's inline source, a list item's content, a table's cells and its rows read as id, text and
 * attributes. Every text is sliced from the source by source spans. Not API.
 */
final class Blocks {
    private final SourceText src;

    Blocks(SourceText src) {
        this.src = src;
    }

    /** One row of an id/text table: the id (or null), the text, the other columns by header, the row node. */
    record Row(String id, String text, Map<String, String> attributes, Node node) {}

    /**
     * An id/text table: the header cells of its id and text columns as written ({@code ""} for a text
     * column it lacks), and its body rows.
     */
    record IdTable(String idHeader, String textHeader, List<Row> rows) {}

    /** {@code node} as written, from its first to its last character. */
    String raw(Node node) {
        return src.raw(node, node);
    }

    /** Appends {@code part}, stripped, to {@code sb} as a paragraph: after a blank line unless it is first. */
    static void appendParagraph(StringBuilder sb, String part) {
        String p = part.strip();
        if (p.isEmpty()) {
            return;
        }
        if (!sb.isEmpty()) {
            sb.append("\n\n");
        }
        sb.append(p);
    }

    /** The items of {@code list}, in order. */
    static List<ListItem> items(ListBlock list) {
        List<ListItem> items = new ArrayList<>();
        for (Node c = list.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof ListItem item) {
                items.add(item);
            }
        }
        return items;
    }

    /** The inline source of a heading, stripped. */
    String headingText(Heading h) {
        return inlineText(h);
    }

    /** The content of a list item as written, its first line's indentation removed from the rest. */
    String itemText(ListItem item) {
        Node first = item.getFirstChild();
        if (first == null || first.getSourceSpans().isEmpty()) {
            return "";
        }
        Node last = item.getLastChild();
        while (last != null && last.getSourceSpans().isEmpty()) {
            last = last.getPrevious();
        }
        return src.dedented(first, last == null ? first : last).strip();
    }

    /** True when an item of {@code list} starts with an id of the grammar {@code ids}. */
    boolean hasIds(ListBlock list, Pattern ids) {
        for (Node c = list.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof ListItem item && Syntax.idText(itemText(item), ids) != null) {
                return true;
            }
        }
        return false;
    }

    /** The marker of an ordered list item as written ({@code 6.}, {@code 6)}), or null when it has none. */
    String orderedMarker(ListItem item) {
        int start = SourceText.startOffset(item);
        if (start < 0) {
            return null;
        }
        String t = src.text();
        int i = start;
        while (i < t.length() && i - start < 3 && t.charAt(i) == ' ') {
            i++;
        }
        int digits = i;
        while (i < t.length() && i - digits < 9 && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
            i++;
        }
        if (i == digits || i >= t.length() || (t.charAt(i) != '.' && t.charAt(i) != ')')) {
            return null;
        }
        return t.substring(digits, i + 1);
    }

    /** The cells of every row of {@code table}, header first; each row's node is added to {@code rowNodes}. */
    List<List<String>> cells(TableBlock table, List<Node> rowNodes) {
        List<List<String>> rows = new ArrayList<>();
        for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
            if (part instanceof TableHead || part instanceof TableBody) {
                for (Node r = part.getFirstChild(); r != null; r = r.getNext()) {
                    if (r instanceof TableRow) {
                        List<String> row = new ArrayList<>();
                        for (Node c = r.getFirstChild(); c != null; c = c.getNext()) {
                            if (c instanceof TableCell cell) {
                                row.add(cellText(cell));
                            }
                        }
                        rows.add(row);
                        rowNodes.add(r);
                    }
                }
            }
        }
        return rows;
    }

    /**
     * {@code table} read as an id/text table, or null when it has no body or no column whose first cell
     * is an id of the grammar {@code ids}. The text column is the one headed by a text-column word of
     * either table ({@code Requirement}, {@code Description}, {@code Criterion}), else the one after the
     * ids; every other column is an attribute named by its header.
     */
    IdTable idTable(TableBlock table, Pattern ids, Vocabulary vocab) {
        List<Node> rowNodes = new ArrayList<>();
        List<List<String>> rows = cells(table, rowNodes);
        if (rows.size() < 2) {
            return null;
        }
        List<String> header = rows.get(0);
        int idCol = -1;
        for (int c = 0; c < header.size() && idCol < 0; c++) {
            String cell = rows.get(1).size() > c ? rows.get(1).get(c) : "";
            if (ids.matcher(cell.replace("*", "").strip()).matches()) {
                idCol = c;
            }
        }
        if (idCol < 0) {
            return null;
        }
        int textCol = -1;
        for (int c = 0; c < header.size(); c++) {
            Vocabulary.Hit hit = vocab.tableHeader(header.get(c));
            if (c != idCol
                    && hit != null
                    && (hit.term() == Term.LABEL_TEXT_COLUMN || hit.term() == Term.LABEL_CRITERION_TEXT_COLUMN)) {
                textCol = c;
                break;
            }
        }
        if (textCol < 0) {
            textCol = idCol + 1 < header.size() ? idCol + 1 : (idCol == 0 ? -1 : 0);
        }
        List<Row> out = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            String id = idCol < row.size() ? row.get(idCol).replace("**", "").strip() : null;
            if (id != null && id.isEmpty()) {
                id = null;
            }
            String text = textCol >= 0 && textCol < row.size() ? row.get(textCol) : "";
            Map<String, String> attrs = new LinkedHashMap<>();
            for (int c = 0; c < row.size(); c++) {
                if (c == idCol || c == textCol) {
                    continue;
                }
                String name = c < header.size() && !header.get(c).isEmpty() ? header.get(c) : "column " + (c + 1);
                if (attrs.containsKey(name)) {
                    name = name + " (" + (c + 1) + ")";
                }
                attrs.put(name, row.get(c));
            }
            out.add(new Row(id, text, attrs, rowNodes.get(r)));
        }
        return new IdTable(header.get(idCol), textCol >= 0 && textCol < header.size() ? header.get(textCol) : "", out);
    }

    /** The inline source of a heading or table cell: its first to its last child with a span, stripped. */
    /**
     * A table cell's text as written, from the cell's own span: the spans of its inline nodes are counted in
     * the cell's content after each {@code \|} became {@code |}, so they end one character short per escaped
     * pipe.
     */
    private String cellText(TableCell cell) {
        return cell.getSourceSpans().isEmpty()
                ? inlineText(cell)
                : src.raw(cell, cell).strip();
    }

    private String inlineText(Node parent) {
        Node first = parent.getFirstChild();
        while (first != null && first.getSourceSpans().isEmpty()) {
            first = first.getNext();
        }
        if (first == null) {
            return "";
        }
        Node last = parent.getLastChild();
        while (last != null && last.getSourceSpans().isEmpty()) {
            last = last.getPrevious();
        }
        return src.raw(first, last).strip();
    }
}
