package dev.featurespec.model;

import static dev.featurespec.model.internal.Checks.list;
import static dev.featurespec.model.internal.Checks.required;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
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
}
