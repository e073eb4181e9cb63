package dev.featurespec.model.checklist;

import static dev.featurespec.model.internal.Checks.list;
import static dev.featurespec.model.internal.Checks.optional;
import static dev.featurespec.model.internal.Checks.required;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.featurespec.model.Statement;
import dev.featurespec.model.internal.BracketTags;
import dev.featurespec.model.validation.NotBlankText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One item of a checklist: {@code - [ ] CHK007 Are error responses defined for every endpoint?
 * [Completeness, Spec §FR-004]}, or an older plain item, {@code - [x] No implementation details}.
 *
 * <p>{@link #text()} is everything after the id, tags included, as written; the tags ({@link #tags()})
 * and their {@code §} references ({@link #references()}) are derived from it. The requirement ids the
 * text cites depend on the language's id prefixes, so the Markdown parser finds them and {@link
 * #requirements()} holds them.
 *
 * <pre>{@code
 * ChecklistItem item = ChecklistItem.of("CHK007", "Are error responses defined? [Completeness, Spec §FR-004]");
 * item.tags();         // [Completeness, Spec §FR-004]
 * item.references();   // [Reference[document=Optional[Spec], target=FR-004]]
 * }</pre>
 *
 * @param id the item id ({@code CHK007}); absent for a plain item
 * @param done true for {@code [x]} or {@code [X]}
 * @param text the inline Markdown after the id and its separator ({@code CHK001 - …}), trimmed
 * @param requirements the requirement and success-criterion ids the text cites, in order, each once
 * @param details further blocks of the item, Markdown source with the item's indentation removed
 * @param subItems the nested bullets under the item
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"id", "done", "text", "tags", "references", "requirements", "details", "subItems"})
@JsonIgnoreProperties(
        value = {"tags", "references"},
        allowGetters = true)
public record ChecklistItem(
        Optional<String> id,
        @JsonInclude(JsonInclude.Include.ALWAYS) boolean done,

        @JsonInclude(JsonInclude.Include.ALWAYS) @NotBlankText(what = "checklist item text")
        String text,

        List<String> requirements,
        Optional<String> details,
        List<Statement> subItems) {

    public ChecklistItem {
        id = optional(id);
        required(text, "ChecklistItem.text");
        requirements = list(requirements, "ChecklistItem.requirements");
        details = optional(details);
        subItems = list(subItems, "ChecklistItem.subItems");
    }

    /** An open item with an id (null for none) and text. */
    public static ChecklistItem of(String id, String text) {
        return builder(id, text).build();
    }

    /** The bracketed tags of the text, each bracket split at commas: {@code Gap}, {@code Spec §FR-004}. */
    @JsonProperty("tags")
    public List<String> tags() {
        return BracketTags.all(text);
    }

    /** The {@code §} references of the tags, in order. */
    @JsonProperty("references")
    public List<Reference> references() {
        List<Reference> out = new ArrayList<>();
        for (BracketTags.Ref r : BracketTags.references(tags())) {
            out.add(Reference.of(r.document(), r.target()));
        }
        return List.copyOf(out);
    }

    /** A builder for an item with {@code id} (null for none) and {@code text}. */
    public static Builder builder(String id, String text) {
        return new Builder(id, text);
    }

    /** A builder holding this item's values. */
    public Builder toBuilder() {
        Builder b = new Builder(id.orElse(null), text);
        b.done = done;
        b.requirements.addAll(requirements);
        b.details = details.orElse(null);
        b.subItems.addAll(subItems);
        return b;
    }

    /** Builds a {@link ChecklistItem}; not thread-safe. */
    public static final class Builder {
        private String id;
        private boolean done;
        private String text;
        private final List<String> requirements = new ArrayList<>();
        private String details;
        private final List<Statement> subItems = new ArrayList<>();

        private Builder(String id, String text) {
            this.id = id;
            this.text = text;
        }

        public Builder id(String id) {
            this.id = id;
            return this;
        }

        public Builder done(boolean done) {
            this.done = done;
            return this;
        }

        public Builder text(String text) {
            this.text = text;
            return this;
        }

        public Builder addRequirement(String requirement) {
            requirements.add(required(requirement, "ChecklistItem.requirements element"));
            return this;
        }

        public Builder details(String details) {
            this.details = details;
            return this;
        }

        public Builder addSubItem(Statement subItem) {
            subItems.add(required(subItem, "ChecklistItem.subItems element"));
            return this;
        }

        public ChecklistItem build() {
            return new ChecklistItem(
                    Optional.ofNullable(id), done, text, requirements, Optional.ofNullable(details), subItems);
        }
    }
}
