package dev.featurespec.model;

import static dev.featurespec.model.internal.Checks.optional;
import static dev.featurespec.model.internal.Checks.orderedMap;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.featurespec.model.internal.MetadataLabels;
import dev.featurespec.model.validation.IsoDate;
import dev.featurespec.model.validation.OneLine;
import dev.featurespec.model.validation.Payloads;
import dev.featurespec.model.validation.UniqueMetadata;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The bold metadata lines under a spec's title ({@code **Feature Branch**: `001-x`}). Values hold the
 * Markdown source as written (a branch keeps its backticks stripped, see below), trimmed.
 *
 * @param featureBranch the branch name, without the surrounding code span
 * @param created the creation date as written; ISO {@code 2026-02-03} is canonical
 * @param status the status, e.g. {@code Draft}
 * @param input the {@code Input} line, e.g. {@code User description: "…"}
 * <pre>{@code
 * Metadata m = Metadata.builder().featureBranch("042-checkout").created("2026-02-03").status("Draft")
 *         .put("Epic", "EPIC-7")          // a line the template does not name
 *         .put("Status", "Approved")      // the template's Status line: sets status, no second line
 *         .build();
 * }</pre>
 *
 * @param other every other metadata line in document order, label → value; a label of a typed field
 *     ({@code Status}, …) here while that field is set would give a spec two such lines, which the
 *     validator reports (FS119)
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"featureBranch", "created", "status", "input", "other"})
@UniqueMetadata
public record Metadata(
        Optional<String> featureBranch,
        Optional<@IsoDate(payload = Payloads.Info.class) String> created,
        Optional<String> status,
        Optional<String> input,
        Map<@OneLine(what = "metadata name") String, String> other) {

    /** Metadata with no field set. */
    public static final Metadata EMPTY = new Metadata(null, null, null, null, null);

    public Metadata {
        featureBranch = optional(featureBranch);
        created = optional(created);
        status = optional(status);
        input = optional(input);
        other = orderedMap(other, "Metadata.other");
    }

    /** True when no field is set. */
    @JsonIgnore
    public boolean isEmpty() {
        return featureBranch.isEmpty() && created.isEmpty() && status.isEmpty() && input.isEmpty() && other.isEmpty();
    }

    /** A builder with no field set. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this metadata's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.featureBranch = featureBranch.orElse(null);
        b.created = created.orElse(null);
        b.status = status.orElse(null);
        b.input = input.orElse(null);
        b.other.putAll(other);
        return b;
    }

    /**
     * Tells Jackson (2 or 3) to leave out empty metadata, via {@code @JsonInclude(CUSTOM)}: instances
     * are "equal" to empty {@link Metadata}. Public only because Jackson instantiates it.
     */
    public static final class EmptyFilter {
        /** Used by Jackson. */
        public EmptyFilter() {}

        @Override
        public boolean equals(Object value) {
            return value == null || (value instanceof Metadata m && m.isEmpty());
        }

        @Override
        public int hashCode() {
            return 0;
        }
    }

    /** Builds {@link Metadata}; not thread-safe. */
    public static final class Builder {
        private String featureBranch;
        private String created;
        private String status;
        private String input;
        private final Map<String, String> other = new LinkedHashMap<>();

        private Builder() {}

        public Builder featureBranch(String featureBranch) {
            this.featureBranch = featureBranch;
            return this;
        }

        public Builder created(String created) {
            this.created = created;
            return this;
        }

        public Builder status(String status) {
            this.status = status;
            return this;
        }

        public Builder input(String input) {
            this.input = input;
            return this;
        }

        /**
         * Adds a metadata line; order is kept. A label the template names for a typed field sets that
         * field instead: {@code Feature Branch} or {@code Branch} (a surrounding code span is removed),
         * {@code Created} or {@code Date}, {@code Status}, {@code Input}, in any case. So {@code
         * status("Draft").put("Status", "Approved")} gives status {@code Approved} and one Status line.
         *
         * @throws NullPointerException when {@code label} or {@code value} is null
         */
        public Builder put(String label, String value) {
            Objects.requireNonNull(label, "Metadata.other key must not be null");
            Objects.requireNonNull(value, "Metadata.other value must not be null");
            Optional<String> field = MetadataLabels.field(label);
            if (field.isEmpty()) {
                other.put(label, value);
                return this;
            }
            switch (field.get()) {
                case "featureBranch" -> featureBranch(withoutCodeSpan(value.strip()));
                case "created" -> created(value);
                case "status" -> status(value);
                default -> input(value);
            }
            return this;
        }

        /** Replaces every line the template does not name; each goes through {@link #put}. */
        public Builder other(Map<String, String> other) {
            this.other.clear();
            other.forEach(this::put);
            return this;
        }

        private static String withoutCodeSpan(String v) {
            boolean span =
                    v.length() >= 2 && v.startsWith("`") && v.endsWith("`") && v.indexOf('`', 1) == v.length() - 1;
            return span ? v.substring(1, v.length() - 1) : v;
        }

        public Metadata build() {
            return new Metadata(
                    Optional.ofNullable(featureBranch),
                    Optional.ofNullable(created),
                    Optional.ofNullable(status),
                    Optional.ofNullable(input),
                    other);
        }
    }
}
