package dev.featurespec.model.checklist;

import static dev.featurespec.model.internal.Checks.list;
import static dev.featurespec.model.internal.Checks.optional;
import static dev.featurespec.model.internal.Checks.required;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.featurespec.model.document.ExtraSection;
import dev.featurespec.model.document.Note;
import dev.featurespec.model.internal.FolderParts;
import dev.featurespec.model.validation.UniqueChecklistIds;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The typed form of a checklist in a feature's {@code checklists/} folder ({@code requirements.md},
 * {@code ux.md}, …): its title, the metadata under it ({@code **Purpose**:}, {@code **Created**:}, {@code
 * **Feature**:}), its categories of items, and the sections that hold no item ({@code ## Notes}), kept
 * whole. Immutable; nothing a document says is lost.
 *
 * <pre>{@code
 * Checklist checklist = Checklist.builder("Specification Quality Checklist: Checkout")
 *         .addNote(Note.labelled("Created", "2026-02-03"))
 *         .addCategory(Category.of("Requirement Completeness", List.of(
 *                 ChecklistItem.of("CHK001", "Are retry limits specified? [Gap, Spec §FR-004]"))))
 *         .build();
 * checklist.note("Created");   // Optional[2026-02-03]
 * }</pre>
 *
 * @param title the {@code #} heading's inline Markdown source; empty when the document has none
 * @param frontMatter YAML front matter, verbatim, without its {@code ---} fences
 * @param notes what stands between the title and the first section: the metadata lines and other blocks
 * @param categories the headings holding items, in document order
 * @param extraSections the headings holding no item, each with how many categories precede it
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"formatVersion", "title", "frontMatter", "notes", "categories", "extraSections"})
@JsonIgnoreProperties(
        value = {"formatVersion"},
        allowGetters = true)
@UniqueChecklistIds
public record Checklist(
        @JsonInclude(JsonInclude.Include.ALWAYS) String title,
        Optional<String> frontMatter,
        List<Note> notes,
        List<@Valid Category> categories,
        List<ExtraSection> extraSections) {

    /** The version of the checklist's JSON and YAML format. */
    public static final int FORMAT_VERSION = 1;

    public Checklist {
        required(title, "Checklist.title");
        frontMatter = optional(frontMatter);
        notes = list(notes, "Checklist.notes");
        categories = list(categories, "Checklist.categories");
        extraSections = list(extraSections, "Checklist.extraSections");
    }

    /** Always {@link #FORMAT_VERSION}; written first in JSON and YAML. */
    @JsonProperty("formatVersion")
    public int formatVersion() {
        return FORMAT_VERSION;
    }

    /** Every item, category by category. */
    public List<ChecklistItem> items() {
        return FolderParts.flatten(categories, Category::items);
    }

    /** The text of the first note under the title labelled {@code label} (ignoring case), e.g. {@code Created}. */
    public Optional<String> note(String label) {
        return FolderParts.noteText(notes, label);
    }

    /** A builder for a checklist titled {@code title}. */
    public static Builder builder(String title) {
        return new Builder(title);
    }

    /** A builder holding this checklist's values. */
    public Builder toBuilder() {
        Builder b = new Builder(title);
        b.frontMatter = frontMatter.orElse(null);
        b.notes.addAll(notes);
        b.categories.addAll(categories);
        b.extraSections.addAll(extraSections);
        return b;
    }

    /** Builds a {@link Checklist}; not thread-safe. {@code add…} methods append in order. */
    public static final class Builder {
        private String title;
        private String frontMatter;
        private final List<Note> notes = new ArrayList<>();
        private final List<Category> categories = new ArrayList<>();
        private final List<ExtraSection> extraSections = new ArrayList<>();

        private Builder(String title) {
            this.title = title;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder frontMatter(String frontMatter) {
            this.frontMatter = frontMatter;
            return this;
        }

        public Builder addNote(Note note) {
            notes.add(required(note, "Checklist.notes element"));
            return this;
        }

        public Builder addCategory(Category category) {
            categories.add(required(category, "Checklist.categories element"));
            return this;
        }

        /** Adds a section placed at its own {@link ExtraSection#after()}. */
        public Builder addExtraSection(ExtraSection section) {
            extraSections.add(required(section, "Checklist.extraSections element"));
            return this;
        }

        /** Adds a level-2 section after the categories added so far. */
        public Builder addExtraSectionHere(String heading, String markdown) {
            return addExtraSection(ExtraSection.of(heading, markdown, categories.size()));
        }

        public Checklist build() {
            return new Checklist(title, Optional.ofNullable(frontMatter), notes, categories, extraSections);
        }
    }
}
