package dev.featurespec.model;

import static dev.featurespec.model.internal.Checks.optional;
import static dev.featurespec.model.internal.Checks.orderedMap;
import static dev.featurespec.model.internal.Checks.required;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.featurespec.model.internal.ClarificationMarkers;
import dev.featurespec.model.validation.CanonicalRequirementId;
import dev.featurespec.model.validation.HasId;
import dev.featurespec.model.validation.MarkdownText;
import dev.featurespec.model.validation.NotBlankText;
import dev.featurespec.model.validation.OneLine;
import dev.featurespec.model.validation.Payloads;
import dev.featurespec.model.validation.RequirementId;
import dev.featurespec.model.validation.Rfc2119Keyword;
import java.util.LinkedHashMap;
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
 * fr = fr.withText("System MUST email a receipt to the account's address.");
 * Requirement labelled = Requirement.builder().id("FR-002").label("Branding").text("System SHOULD …").build();
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
        Optional<@OneLine(what = "requirement label") String> label,

        @JsonInclude(JsonInclude.Include.ALWAYS)
        @NotBlankText(what = "requirement text")
        @MarkdownText(what = "requirement text", form = MarkdownText.Form.ITEM)
        String text,

        Map<@OneLine(what = "attribute name") String, @OneLine(what = "attribute value") String> attributes) {

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

    /** A builder with nothing set; {@link Builder#text(String) text} must be set before building. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this requirement's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id.orElse(null);
        b.label = label.orElse(null);
        b.text = text;
        b.attributes.putAll(attributes);
        return b;
    }

    /** This requirement with {@code text} in place of its text; id, label and attributes are kept. */
    public Requirement withText(String text) {
        return new Requirement(id, label, text, attributes);
    }

    /** This requirement with id {@code id} ({@code null} for none). */
    public Requirement withId(String id) {
        return new Requirement(Optional.ofNullable(id), label, text, attributes);
    }

    /**
     * True when the requirement's {@linkplain #level() level} is {@linkplain RequirementLevel#isMandatory()
     * mandatory}: {@code MUST}, {@code MUST NOT}, {@code SHALL}, {@code SHALL NOT} or {@code REQUIRED}.
     */
    @JsonIgnore
    public boolean isMandatory() {
        return level().map(RequirementLevel::isMandatory).orElse(false);
    }

    /** Builds a {@link Requirement}; not thread-safe. */
    public static final class Builder {
        private String id;
        private String label;
        private String text;
        private final Map<String, String> attributes = new LinkedHashMap<>();

        private Builder() {}

        /** The id as written, e.g. {@code FR-001}; {@code null} for an unnumbered bullet. */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /** The parenthesised label after the id; {@code null} for none. */
        public Builder label(String label) {
            this.label = label;
            return this;
        }

        public Builder text(String text) {
            this.text = text;
            return this;
        }

        /** Adds a table column's value; order is kept, a repeated name replaces the value. */
        public Builder putAttribute(String name, String value) {
            attributes.put(
                    required(name, "Requirement.attributes key"), required(value, "Requirement.attributes value"));
            return this;
        }

        public Builder attributes(Map<String, String> attributes) {
            this.attributes.clear();
            attributes.forEach(this::putAttribute);
            return this;
        }

        /** @throws NullPointerException when no text was set */
        public Requirement build() {
            return new Requirement(Optional.ofNullable(id), Optional.ofNullable(label), text, attributes);
        }
    }

    /** The level of the first RFC 2119 keyword in the text; derived, read-only in JSON. */
    @JsonProperty("level")
    public Optional<RequirementLevel> level() {
        return RequirementLevel.find(text);
    }

    /** The texts of the {@code [NEEDS CLARIFICATION: …]} markers in the text; derived, read-only in JSON. */
    @JsonProperty("clarificationsNeeded")
    public List<String> clarificationsNeeded() {
        return ClarificationMarkers.questions(text);
    }
}
