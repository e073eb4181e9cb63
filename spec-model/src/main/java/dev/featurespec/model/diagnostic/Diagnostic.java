package dev.featurespec.model.diagnostic;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * One finding about a spec: which {@link Rule}, how serious, a message naming the offending value, where
 * in the model (a JSON pointer such as {@code /functionalRequirements/3/id}) and, when the spec came
 * from a source document, where in the source.
 *
 * @param rule the rule that found it
 * @param severity the severity, the rule's default unless configuration overrides it
 * @param message a sentence naming the value and the problem, e.g. {@code FR-007 is declared twice (first
 *     at line 41)}
 * @param pointer the RFC 6901 JSON pointer into the spec's JSON tree; {@code ""} for the whole spec
 * @param range where in the source, when known
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"rule", "severity", "message", "pointer", "range"})
public record Diagnostic(Rule rule, Severity severity, String message, String pointer, Optional<SourceRange> range) {

    /** Orders by source position (diagnostics without one last), then pointer, rule and message. */
    public static final Comparator<Diagnostic> BY_POSITION = Comparator.<Diagnostic, SourceLocation>comparing(
                    d -> d.range().map(SourceRange::start).orElse(null),
                    Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Diagnostic::pointer)
            .thenComparing(d -> d.rule().id())
            .thenComparing(Diagnostic::message);

    public Diagnostic {
        Objects.requireNonNull(rule, "Diagnostic.rule must not be null");
        Objects.requireNonNull(severity, "Diagnostic.severity must not be null");
        Objects.requireNonNull(message, "Diagnostic.message must not be null");
        Objects.requireNonNull(pointer, "Diagnostic.pointer must not be null");
        range = range == null ? Optional.empty() : range;
    }

    /** A diagnostic at the rule's default severity. */
    public static Diagnostic of(Rule rule, String message, String pointer, SourceRange range) {
        return new Diagnostic(rule, rule.defaultSeverity(), message, pointer, Optional.ofNullable(range));
    }

    /** The same diagnostic at {@code newSeverity}. */
    public Diagnostic withSeverity(Severity newSeverity) {
        return new Diagnostic(rule, newSeverity, message, pointer, range);
    }

    /** The same diagnostic at {@code newRange}. */
    public Diagnostic withRange(SourceRange newRange) {
        return new Diagnostic(rule, severity, message, pointer, Optional.ofNullable(newRange));
    }

    /** True for {@link Severity#ERROR}. */
    @JsonIgnore
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code LINE:COL: SEVERITY: MESSAGE [RULE-ID]}, or without the position when there is none. */
    @Override
    public String toString() {
        String where = range.map(r -> r.start() + ": ").orElse("");
        return where + severity.label() + ": " + message + " [" + rule.id() + "]";
    }
}
