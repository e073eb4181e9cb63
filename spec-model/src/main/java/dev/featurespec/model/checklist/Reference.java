package dev.featurespec.model.checklist;

import static dev.featurespec.model.internal.Checks.optional;
import static dev.featurespec.model.internal.Checks.required;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Optional;

/**
 * A {@code §} reference in a checklist item's tags: {@code [Completeness, Spec §FR-004]} refers to {@code
 * FR-004} of the spec; {@code Plan §Data flow} to a section of the plan.
 *
 * @param document the document named before the {@code §} as written ({@code Spec}, {@code Plan}); absent
 *     when none is named
 * @param target what follows the {@code §}: an id ({@code FR-004}, {@code US2}) or a section name ({@code
 *     Edge Cases}), trimmed
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"document", "target"})
public record Reference(
        Optional<String> document,
        @JsonInclude(JsonInclude.Include.ALWAYS) String target) {
    public Reference {
        document = optional(document);
        required(target, "Reference.target");
    }

    /** A reference to {@code target} of {@code document} (null or empty for none). */
    public static Reference of(String document, String target) {
        return new Reference(document == null || document.isEmpty() ? Optional.empty() : Optional.of(document), target);
    }

    /** True when the reference names the spec ({@code Spec}, {@code spec.md}, ignoring case) or no document. */
    public boolean toSpec() {
        return document.map(d -> d.equalsIgnoreCase("spec") || d.equalsIgnoreCase("spec.md"))
                .orElse(true);
    }

    /** True when the reference names the plan ({@code Plan}, {@code plan.md}, ignoring case). */
    public boolean toPlan() {
        return document.map(d -> d.equalsIgnoreCase("plan") || d.equalsIgnoreCase("plan.md"))
                .orElse(false);
    }
}
