package dev.featurespec.model;

import static dev.featurespec.model.internal.Checks.list;
import static dev.featurespec.model.internal.Checks.required;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
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

    /** A section of one statement per text, without nested statements. */
    public static ImpactSection of(String... statements) {
        List<Statement> list = new ArrayList<>(statements.length);
        for (String text : statements) {
            list.add(Statement.of(text));
        }
        return new ImpactSection(list);
    }

    /** This section with {@code statement} appended. */
    public ImpactSection withStatement(Statement statement) {
        List<Statement> more = new ArrayList<>(statements.size() + 1);
        more.addAll(statements);
        more.add(required(statement, "ImpactSection.statements element"));
        return new ImpactSection(more);
    }
}
