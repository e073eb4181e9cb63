package dev.featurespec.model;

import static dev.featurespec.model.internal.Checks.list;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * An extended section kept as its statements: {@code Configuration Source of Truth Impact} and {@code
 * Security & Secrets Impact}.
 *
 * @param statements the section's bullets, verbatim, in order
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"statements"})
public record ImpactSection(List<Statement> statements) {
    public ImpactSection {
        statements = list(statements, "ImpactSection.statements");
    }
}
