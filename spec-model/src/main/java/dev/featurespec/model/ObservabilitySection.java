package dev.featurespec.model;

import static dev.featurespec.model.internal.Checks.list;
import static dev.featurespec.model.internal.Checks.required;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.featurespec.model.internal.InlineText;
import dev.featurespec.model.internal.StatementTrees;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ### Observability & Operations}: the statements as written, and which of the seed template's
 * task states ({@code pending processing done failed}) they name in code spans.
 *
 * @param statements the section's bullets, verbatim, in order
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"statements", "taskStates"})
@JsonIgnoreProperties(
        value = {"taskStates"},
        allowGetters = true)
public record ObservabilitySection(
        @JsonInclude(JsonInclude.Include.ALWAYS) List<Statement> statements) {
    /** The task states the seed template asks every long-running operation to report, in order. */
    public static final List<String> TASK_STATES = List.of("pending", "processing", "done", "failed");

    public ObservabilitySection {
        statements = list(statements, "ObservabilitySection.statements");
    }

    /** A section of one statement per text, without nested statements. */
    public static ObservabilitySection of(String... statements) {
        List<Statement> list = new ArrayList<>(statements.length);
        for (String text : statements) {
            list.add(Statement.of(text));
        }
        return new ObservabilitySection(list);
    }

    /** This section with {@code statement} appended. */
    public ObservabilitySection withStatement(Statement statement) {
        List<Statement> more = new ArrayList<>(statements.size() + 1);
        more.addAll(statements);
        more.add(required(statement, "ObservabilitySection.statements element"));
        return new ObservabilitySection(more);
    }

    /** Which of {@link #TASK_STATES} the statements name in code spans, in that order; derived. */
    @JsonProperty("taskStates")
    public List<String> taskStates() {
        var named = new java.util.HashSet<String>();
        for (Statement s : StatementTrees.flatten(statements)) {
            String text = s.text();
            int[] spans = InlineText.codeSpanRanges(text);
            for (int k = 0; k < spans.length; k += 2) {
                // every task state starts with p, d or f: skip the other spans without building them
                int first = InlineText.firstNonWhitespace(text, spans[k], spans[k + 1]);
                if (first == 'p' || first == 'd' || first == 'f') {
                    named.add(InlineText.strippedCodeSpan(text, spans[k], spans[k + 1]));
                }
            }
        }
        if (named.isEmpty()) {
            return List.of();
        }
        return TASK_STATES.stream().filter(named::contains).toList();
    }
}
