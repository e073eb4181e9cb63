package dev.featurespec.model;

import static dev.featurespec.model.internal.Checks.optional;
import static dev.featurespec.model.internal.Checks.orderedMap;
import static dev.featurespec.model.internal.Checks.required;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.featurespec.model.internal.InlineText;
import dev.featurespec.model.validation.CanonicalRequirementId;
import dev.featurespec.model.validation.HasId;
import dev.featurespec.model.validation.NotBlankText;
import dev.featurespec.model.validation.Payloads;
import dev.featurespec.model.validation.RequirementId;
import dev.featurespec.model.validation.Rfc2119Keyword;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A functional requirement, {@code - **FR-001**: System MUST …}. The {@linkplain #level() level} and
 * the {@linkplain #clarificationsNeeded() open questions} are derived from the text, so they can never
 * disagree with it; JSON carries them for readers, and JSON input may omit them.
 *
 * <pre>{@code
 * Requirement fr = Requirement.of("FR-001", "System MUST email a receipt [NEEDS CLARIFICATION: which address?]");
 * fr.level();                 // Optional[MUST]
 * fr.clarificationsNeeded();  // [which address?]
 * }</pre>
 *
 * @param id the identifier as written ({@code FR-001}, {@code FR-1}, {@code RF-001}); absent for an
 *     unnumbered bullet
 * @param label a parenthesised label after the id, e.g. {@code Branding: Title} in {@code **FR-001
 *     (Branding: Title)**:}
 * @param text the requirement's Markdown source, trimmed, without the id
 * @param attributes further columns when requirements are written as a table, header → cell, in order
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"id", "label", "text", "level", "clarificationsNeeded", "attributes"})
@JsonIgnoreProperties(
        value = {"level", "clarificationsNeeded"},
        allowGetters = true)
@HasId(payload = Payloads.Warning.class)
@Rfc2119Keyword(payload = Payloads.Warning.class)
public record Requirement(
        Optional<@RequirementId @CanonicalRequirementId(payload = Payloads.Warning.class) String> id,
        Optional<String> label,

        @JsonInclude(JsonInclude.Include.ALWAYS) @NotBlankText(what = "requirement text")
        String text,

        Map<String, String> attributes) {

    public Requirement {
        id = optional(id);
        label = optional(label);
        required(text, "Requirement.text");
        attributes = orderedMap(attributes, "Requirement.attributes");
    }

    /** A requirement with an id and text and nothing else. */
    public static Requirement of(String id, String text) {
        return new Requirement(Optional.of(required(id, "Requirement.id")), Optional.empty(), text, Map.of());
    }

    /** The level of the first RFC 2119 keyword in the text; derived, read-only in JSON. */
    @JsonProperty("level")
    public Optional<RequirementLevel> level() {
        return RequirementLevel.find(text);
    }

    /** The texts of the {@code [NEEDS CLARIFICATION: …]} markers in the text; derived, read-only in JSON. */
    @JsonProperty("clarificationsNeeded")
    public List<String> clarificationsNeeded() {
        return InlineText.clarificationMarkers(text);
    }
}
