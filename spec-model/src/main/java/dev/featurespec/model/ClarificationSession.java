package dev.featurespec.model;

import static dev.featurespec.model.internal.Checks.list;
import static dev.featurespec.model.internal.Checks.optional;
import static dev.featurespec.model.internal.Checks.required;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.featurespec.model.validation.IsoDate;
import dev.featurespec.model.validation.OneLine;
import dev.featurespec.model.validation.Payloads;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A {@code ### Session 2025-10-01} of the Clarifications section.
 *
 * <pre>{@code
 * ClarificationSession session = ClarificationSession.of("2025-10-01", Clarification.of("Which store?", "Postgres"));
 * session = session.withEntry("Retention?", "90 days");   // a new session with the entry appended
 * }</pre>
 *
 * @param date the session's date as written; ISO {@code 2025-10-01} is canonical
 * @param topic a parenthesised topic after the date, without the parentheses
 * @param entries the questions and answers, in order
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"date", "topic", "entries"})
public record ClarificationSession(
        @JsonInclude(JsonInclude.Include.ALWAYS)
        @IsoDate(payload = Payloads.Info.class)
        @OneLine(what = "session date", heading = true)
        String date,

        Optional<@OneLine(what = "session topic", heading = true) String> topic,
        List<@Valid Clarification> entries) {
    public ClarificationSession {
        required(date, "ClarificationSession.date");
        topic = optional(topic);
        entries = list(entries, "ClarificationSession.entries");
    }

    /** A session without a topic. */
    public static ClarificationSession of(String date, List<Clarification> entries) {
        return new ClarificationSession(date, Optional.empty(), entries);
    }

    /** A session without a topic holding {@code entries}, in order. */
    public static ClarificationSession of(String date, Clarification... entries) {
        return of(date, Arrays.asList(entries));
    }

    /** This session with {@code entry} appended. */
    public ClarificationSession withEntry(Clarification entry) {
        List<Clarification> more = new ArrayList<>(entries.size() + 1);
        more.addAll(entries);
        more.add(required(entry, "ClarificationSession.entries element"));
        return new ClarificationSession(date, topic, more);
    }

    /** This session with the question and its answer appended, {@code - Q: question → A: answer}. */
    public ClarificationSession withEntry(String question, String answer) {
        return withEntry(Clarification.of(question, answer));
    }
}
