package dev.featurespec.parser.internal.folder;

import dev.featurespec.model.Statement;
import dev.featurespec.model.diagnostic.Rule;
import dev.featurespec.parser.internal.SourceText;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;

/**
 * Reads nested bullets into {@link Statement} trees, as the spec's statement sections hold them: a
 * statement's text is its item's blocks other than nested lists, as written (blocks separated by a blank
 * line); its children are the items of its nested lists. Nesting deeper than {@link #MAX_DEPTH} stays in
 * the deepest statement's text (FS016). Not API.
 */
public final class StatementReader {
    /** Statement nesting beyond this stays in the text of the deepest statement. */
    public static final int MAX_DEPTH = 16;

    private final DocumentContext context;

    public StatementReader(DocumentContext context) {
        this.context = context;
    }

    /** The statements of every item of {@code list}, recorded in the source map under {@code pointer}/i. */
    public List<Statement> items(ListBlock list, String pointer, int depth) {
        List<Statement> out = new ArrayList<>();
        append(list, pointer, depth, out);
        return out;
    }

    /** Appends the statements of {@code list}'s items to {@code out}, numbering on from its size. */
    public void append(ListBlock list, String pointer, int depth, List<Statement> out) {
        for (Node n = list.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof ListItem item) {
                out.add(statement(item, pointer + "/" + out.size(), depth));
            }
        }
    }

    private Statement statement(ListItem item, String pointer, int depth) {
        context.put(pointer, item);
        if (depth >= MAX_DEPTH) {
            boolean nested = false;
            for (Node c = item.getFirstChild(); c != null; c = c.getNext()) {
                nested |= c instanceof ListBlock;
            }
            if (nested) {
                context.report(
                        Rule.NESTING_TOO_DEEP,
                        "Bullets nest deeper than " + MAX_DEPTH + " levels; the rest is kept as text",
                        pointer,
                        SourceText.range(item));
            }
            Node first = item.getFirstChild();
            return Statement.of(
                    first == null
                            ? ""
                            : BlockText.run(context.src(), first, item.getLastChild())
                                    .strip());
        }
        Parts text = new Parts();
        List<Statement> children = new ArrayList<>();
        for (Node c = item.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof ListBlock sub) {
                text.flush(context.src());
                append(sub, pointer + "/children", depth + 1, children);
            } else if (!c.getSourceSpans().isEmpty()) {
                text.add(c);
            }
        }
        text.flush(context.src());
        return new Statement(text.toString(), children);
    }

    /** Runs of sibling blocks, each sliced as written, joined with a blank line. */
    static final class Parts {
        private final StringBuilder sb = new StringBuilder();
        private Node first;
        private Node last;

        void add(Node block) {
            if (first == null) {
                first = block;
            }
            last = block;
        }

        void flush(SourceText src) {
            if (first == null) {
                return;
            }
            String part = BlockText.run(src, first, last).strip();
            first = null;
            if (part.isEmpty()) {
                return;
            }
            if (!sb.isEmpty()) {
                sb.append("\n\n");
            }
            sb.append(part);
        }

        boolean isEmpty() {
            return sb.isEmpty();
        }

        @Override
        public String toString() {
            return sb.toString();
        }
    }
}
