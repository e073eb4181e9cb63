package dev.featurespec.parser.internal.folder;

import dev.featurespec.model.Statement;
import dev.featurespec.parser.internal.SourceText;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/**
 * The parts of a checkbox list item ({@code - [ ] T001 …}, {@code - [x] CHK001 …}): the first line's
 * text, the item's other blocks, and its nested bullets. Not API.
 *
 * @param first the first paragraph's source, continuation lines dedented; empty when the item does not
 *     start with a paragraph
 * @param details the other blocks, as written, separated by a blank line; absent when none
 * @param subItems the nested bullets
 */
public record ItemText(String first, Optional<String> details, List<Statement> subItems) {

    /** The first paragraph's source of {@code item}, or null when it does not start with one. */
    public static String firstLine(SourceText src, ListItem item) {
        return item.getFirstChild() instanceof Paragraph p ? BlockText.block(src, p) : null;
    }

    /** Reads {@code item}, recording its nested bullets at {@code pointer/subItems/i}. */
    public static ItemText of(DocumentContext context, ListItem item, String pointer) {
        Node firstChild = item.getFirstChild();
        String first = firstChild instanceof Paragraph p ? BlockText.block(context.src(), p) : "";
        StatementReader statements = new StatementReader(context);
        StatementReader.Parts details = new StatementReader.Parts();
        List<Statement> subItems = new ArrayList<>();
        for (Node c = firstChild instanceof Paragraph ? firstChild.getNext() : firstChild; c != null; c = c.getNext()) {
            if (c instanceof ListBlock sub) {
                details.flush(context.src());
                statements.append(sub, pointer + "/subItems", 1, subItems);
            } else if (!c.getSourceSpans().isEmpty()) {
                details.add(c);
            }
        }
        details.flush(context.src());
        return new ItemText(
                first, details.isEmpty() ? Optional.empty() : Optional.of(details.toString()), List.copyOf(subItems));
    }

    /** Every text of the item: first line, details, and each sub-item, depth first. */
    public List<String> texts() {
        List<String> out = new ArrayList<>();
        out.add(first);
        details.ifPresent(out::add);
        Deque<Statement> stack = new ArrayDeque<>();
        for (int i = subItems.size() - 1; i >= 0; i--) {
            stack.push(subItems.get(i));
        }
        while (!stack.isEmpty()) {
            Statement s = stack.pop();
            out.add(s.text());
            for (int i = s.children().size() - 1; i >= 0; i--) {
                stack.push(s.children().get(i));
            }
        }
        return out;
    }
}
