package dev.featurespec.model.checklist;

import static dev.featurespec.model.internal.Checks.headingLevel;
import static dev.featurespec.model.internal.Checks.list;
import static dev.featurespec.model.internal.Checks.optional;
import static dev.featurespec.model.internal.Checks.required;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.featurespec.model.document.Note;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A heading of a checklist and the items under it: {@code ## Requirement Completeness}. Every heading that
 * directly holds items is a category, at its own level; items written before any heading form a
 * category without a heading.
 *
 * @param heading the heading's inline Markdown source, trimmed; absent for items before any heading
 * @param level the heading level, 1 to 6; 0 without a heading
 * @param notes labelled lines and other blocks of the category, each with its place among the items
 * @param items the items, in order
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"heading", "level", "notes", "items"})
public record Category(
        Optional<String> heading,
        @JsonInclude(JsonInclude.Include.ALWAYS) int level,
        List<Note> notes,
        List<@Valid ChecklistItem> items) {

    public Category {
        heading = optional(heading);
        headingLevel(heading.isPresent(), level, "Category.level");
        notes = list(notes, "Category.notes");
        items = list(items, "Category.items");
    }

    /** A level-2 category holding {@code items} and nothing else. */
    public static Category of(String heading, List<ChecklistItem> items) {
        return new Category(Optional.of(required(heading, "Category.heading")), 2, List.of(), items);
    }

    /** A builder for a level-2 category headed {@code heading}. */
    public static Builder builder(String heading) {
        return new Builder(required(heading, "Category.heading"), 2);
    }

    /** A builder for the category without a heading: items written before any heading. */
    public static Builder headless() {
        return new Builder(null, 0);
    }

    /** Builds a {@link Category}; not thread-safe. */
    public static final class Builder {
        private final String heading;
        private int level;
        private final List<Note> notes = new ArrayList<>();
        private final List<ChecklistItem> items = new ArrayList<>();

        private Builder(String heading, int level) {
            this.heading = heading;
            this.level = level;
        }

        /** The heading level; default 2. */
        public Builder level(int level) {
            this.level = level;
            return this;
        }

        /** Adds a note at its own {@link Note#at()}. */
        public Builder addNote(Note note) {
            notes.add(required(note, "Category.notes element"));
            return this;
        }

        /** Adds a note after the items added so far. */
        public Builder addNoteHere(Note note) {
            return addNote(required(note, "Category.notes element").at(items.size()));
        }

        public Builder addItem(ChecklistItem item) {
            items.add(required(item, "Category.items element"));
            return this;
        }

        public Category build() {
            return new Category(Optional.ofNullable(heading), level, notes, items);
        }
    }
}
