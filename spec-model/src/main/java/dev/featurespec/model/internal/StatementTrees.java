package dev.featurespec.model.internal;

import dev.featurespec.model.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/** Walks statement trees without recursion, so depth never costs stack. Not API. */
public final class StatementTrees {
    private StatementTrees() {}

    /** Every statement in the forest, depth first, in document order. */
    public static List<Statement> flatten(List<Statement> roots) {
        List<Statement> out = new ArrayList<>();
        Deque<Iterator<Statement>> stack = new ArrayDeque<>();
        stack.push(roots.iterator());
        while (!stack.isEmpty()) {
            Iterator<Statement> top = stack.peek();
            if (!top.hasNext()) {
                stack.pop();
                continue;
            }
            Statement s = top.next();
            out.add(s);
            if (!s.children().isEmpty()) {
                stack.push(s.children().iterator());
            }
        }
        return out;
    }
}
