package dev.featurespec.model;

import static dev.featurespec.model.internal.Checks.list;
import static dev.featurespec.model.internal.Checks.required;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.featurespec.model.internal.StatementTrees;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One bullet of an extended section, with its nested bullets. Parsers bound the nesting depth they
 * build; deeper content stays in {@link #text()} as written.
 *
 * @param text the bullet's Markdown source, trimmed, without its nested list
 * @param children the nested bullets, in order
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"text", "children"})
public record Statement(
        @JsonInclude(JsonInclude.Include.ALWAYS) String text, List<Statement> children) {
    public Statement {
        required(text, "Statement.text");
        children = list(children, "Statement.children");
    }

    /** A statement without children. */
    public static Statement of(String text) {
        return new Statement(text, List.of());
    }

    /** A statement with nested statements {@code children}, in order. */
    public static Statement of(String text, Statement... children) {
        return new Statement(text, Arrays.asList(children));
    }

    /** This statement with {@code child} appended to its nested statements. */
    public Statement withChild(Statement child) {
        List<Statement> more = new ArrayList<>(children.size() + 1);
        more.addAll(children);
        more.add(required(child, "Statement.children element"));
        return new Statement(text, more);
    }

    /**
     * Every statement of {@code statements} and of their nested statements, depth first, in document
     * order; walked without recursion, so depth costs no stack.
     */
    public static List<Statement> flatten(List<Statement> statements) {
        return List.copyOf(StatementTrees.flatten(statements));
    }
}
