package dev.featurespec.model;

import static dev.featurespec.model.internal.Checks.list;
import static dev.featurespec.model.internal.Checks.optional;
import static dev.featurespec.model.internal.Checks.required;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.featurespec.model.validation.CompleteScenario;
import dev.featurespec.model.validation.Payloads;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One acceptance scenario of a user story. {@link #text()} is the scenario's Markdown source as
 * written, and is what the Markdown writer writes; the Given/When/Then parts are what the parser
 * recognised in it.
 *
 * <pre>{@code
 * AcceptanceScenario s = AcceptanceScenario.of("a signed-in user", "they open Settings", "they see their email");
 * s.text();  // "**Given** a signed-in user, **When** they open Settings, **Then** they see their email"
 * }</pre>
 *
 * @param given the precondition, without its keyword
 * @param when the action, without its keyword
 * @param then the expected outcome, without its keyword
 * @param and the further {@code And}/{@code But} steps, in order, without their keywords
 * @param text the whole scenario as written (Markdown source, trimmed)
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"given", "when", "then", "and", "text"})
@CompleteScenario(payload = Payloads.Warning.class)
public record AcceptanceScenario(
        Optional<String> given,
        Optional<String> when,
        Optional<String> then,
        List<String> and,
        @JsonInclude(JsonInclude.Include.ALWAYS) String text) {

    public AcceptanceScenario {
        given = optional(given);
        when = optional(when);
        then = optional(then);
        and = list(and, "AcceptanceScenario.and");
        required(text, "AcceptanceScenario.text");
    }

    /**
     * A scenario in the template's form, {@code **Given** g, **When** w, **Then** t}.
     *
     * @throws NullPointerException when a part is null
     */
    public static AcceptanceScenario of(String given, String when, String then) {
        required(given, "AcceptanceScenario.given");
        required(when, "AcceptanceScenario.when");
        required(then, "AcceptanceScenario.then");
        String text = "**Given** " + given + ", **When** " + when + ", **Then** " + then;
        return new AcceptanceScenario(Optional.of(given), Optional.of(when), Optional.of(then), List.of(), text);
    }

    /**
     * This scenario with a further step, {@code , **And** step}, appended to {@link #and()} and to
     * {@link #text()}.
     */
    public AcceptanceScenario withAnd(String step) {
        required(step, "AcceptanceScenario.and element");
        List<String> more = new ArrayList<>(and.size() + 1);
        more.addAll(and);
        more.add(step);
        return new AcceptanceScenario(given, when, then, more, text + ", **And** " + step);
    }
}
