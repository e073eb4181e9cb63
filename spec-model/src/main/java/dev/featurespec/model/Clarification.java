package dev.featurespec.model;

import static dev.featurespec.model.internal.Checks.optional;
import static dev.featurespec.model.internal.Checks.required;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.featurespec.model.validation.NotBlankText;
import java.util.Optional;

/**
 * One entry of a clarification session, {@code - Q: Which store? → A: Postgres}. A bullet that records
 * a decision without the Q/A form has only an answer.
 *
 * @param question the question, without {@code Q:}
 * @param answer the answer, without {@code A:}; the whole bullet when it has no Q/A form
 * @param answerLabel the option letter before the answer when it is not {@code A}, e.g. {@code B} in
 *     {@code → B: …}
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"question", "answer", "answerLabel"})
public record Clarification(
        Optional<String> question,

        @JsonInclude(JsonInclude.Include.ALWAYS) @NotBlankText(what = "clarification answer")
        String answer,

        Optional<String> answerLabel) {
    public Clarification {
        question = optional(question);
        required(answer, "Clarification.answer");
        answerLabel = optional(answerLabel);
    }

    /** A question and its answer. */
    public static Clarification of(String question, String answer) {
        return new Clarification(Optional.of(required(question, "Clarification.question")), answer, Optional.empty());
    }

    /** A decision recorded without the Q/A form: an answer and no question. */
    public static Clarification decision(String answer) {
        return new Clarification(Optional.empty(), answer, Optional.empty());
    }
}
