package dev.featurespec.model;

import static dev.featurespec.model.internal.Checks.required;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A statement of the API section that marks a change as breaking or backward compatible.
 *
 * @param statement the statement's text, as written
 * @param compatibility what the statement says of the change
 */
@JsonPropertyOrder({"statement", "compatibility"})
public record ApiChange(String statement, Compatibility compatibility) {
    public ApiChange {
        required(statement, "ApiChange.statement");
        required(compatibility, "ApiChange.compatibility");
    }
}
