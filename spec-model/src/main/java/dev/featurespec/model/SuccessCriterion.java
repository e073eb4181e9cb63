package dev.featurespec.model;

import static dev.featurespec.model.internal.Checks.optional;
import static dev.featurespec.model.internal.Checks.orderedMap;
import static dev.featurespec.model.internal.Checks.required;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.featurespec.model.validation.CanonicalCriterionId;
import dev.featurespec.model.validation.CriterionId;
import dev.featurespec.model.validation.HasId;
import dev.featurespec.model.validation.MarkdownText;
import dev.featurespec.model.validation.NotBlankText;
import dev.featurespec.model.validation.OneLine;
import dev.featurespec.model.validation.Payloads;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A measurable outcome, {@code - **SC-001**: 95% of users …}.
 *
 * <pre>{@code
 * SuccessCriterion sc = SuccessCriterion.of("SC-001", "95% of payments complete in under 3 s.");
 * sc = sc.withText("99% of payments complete in under 3 s.");
 * }</pre>
 *
 * @param id the identifier as written ({@code SC-001}, {@code CS-001}); absent for an unnumbered bullet
 * @param text the criterion's Markdown source, trimmed, without the id
 * @param attributes further columns when criteria are written as a table, header → cell, in order
 * @param marker the ordered-list marker the criterion was written with, e.g. {@code 6.} or {@code 6)};
 *     absent for a bullet, which is the canonical form. The Markdown writer writes it in place of the
 *     bullet, except in a table
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"id", "text", "attributes", "marker"})
@HasId(payload = Payloads.Warning.class)
public record SuccessCriterion(
        Optional<@CriterionId @CanonicalCriterionId(payload = Payloads.Warning.class) String> id,

        @JsonInclude(JsonInclude.Include.ALWAYS)
        @NotBlankText(what = "success criterion text")
        @MarkdownText(what = "success criterion text", form = MarkdownText.Form.ITEM)
        String text,

        Map<@OneLine(what = "attribute name") String, @OneLine(what = "attribute value") String> attributes,
        Optional<@OneLine(what = "criterion marker") String> marker) {

    public SuccessCriterion {
        id = optional(id);
        required(text, "SuccessCriterion.text");
        attributes = orderedMap(attributes, "SuccessCriterion.attributes");
        marker = optional(marker);
    }

    /** A criterion written as a bullet: the constructor before {@code marker} was added. */
    public SuccessCriterion(Optional<String> id, String text, Map<String, String> attributes) {
        this(id, text, attributes, Optional.empty());
    }

    /** This criterion written with ordered-list marker {@code marker} ({@code 6.}), or as a bullet when null. */
    public SuccessCriterion withMarker(String marker) {
        return new SuccessCriterion(id, text, attributes, Optional.ofNullable(marker));
    }

    /** A criterion with an id and text and nothing else. */
    public static SuccessCriterion of(String id, String text) {
        return new SuccessCriterion(Optional.of(required(id, "SuccessCriterion.id")), text, Map.of());
    }

    /** This criterion with {@code text} in place of its text; id, attributes and marker are kept. */
    public SuccessCriterion withText(String text) {
        return new SuccessCriterion(id, text, attributes, marker);
    }

    /** This criterion with id {@code id} ({@code null} for none). */
    public SuccessCriterion withId(String id) {
        return new SuccessCriterion(Optional.ofNullable(id), text, attributes, marker);
    }

    /** A builder with nothing set; {@link Builder#text(String) text} must be set before building. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this criterion's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id.orElse(null);
        b.text = text;
        b.attributes.putAll(attributes);
        b.marker = marker.orElse(null);
        return b;
    }

    /** Builds a {@link SuccessCriterion}; not thread-safe. */
    public static final class Builder {
        private String id;
        private String text;
        private final Map<String, String> attributes = new LinkedHashMap<>();
        private String marker;

        private Builder() {}

        /** The id as written, e.g. {@code SC-001}; {@code null} for an unnumbered bullet. */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        public Builder text(String text) {
            this.text = text;
            return this;
        }

        /** Adds a table column's value; order is kept, a repeated name replaces the value. */
        public Builder putAttribute(String name, String value) {
            attributes.put(
                    required(name, "SuccessCriterion.attributes key"),
                    required(value, "SuccessCriterion.attributes value"));
            return this;
        }

        public Builder attributes(Map<String, String> attributes) {
            this.attributes.clear();
            attributes.forEach(this::putAttribute);
            return this;
        }

        /** The ordered-list marker, e.g. {@code 6.}; {@code null} for a bullet. */
        public Builder marker(String marker) {
            this.marker = marker;
            return this;
        }

        /** @throws NullPointerException when no text was set */
        public SuccessCriterion build() {
            return new SuccessCriterion(Optional.ofNullable(id), text, attributes, Optional.ofNullable(marker));
        }
    }
}
