package dev.featurespec.model.tasks;

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
import dev.featurespec.model.validation.ParallelTasksDisjoint;
import dev.featurespec.model.validation.Payloads;
import dev.featurespec.model.validation.TaskIdOrder;
import dev.featurespec.model.validation.UniqueTaskIds;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The typed form of a feature's {@code tasks.md}: its title, the notes under the title ({@code **Input**:
 * …}), its phases with their tasks, and the sections that hold no task ({@code ## Dependencies}, {@code ##
 * Implementation Strategy}), kept whole. Immutable; every list is an unmodifiable copy. Nothing a
 * document says is lost: what no typed field holds is a {@link Note} or an {@link ExtraSection}, and each
 * knows where it stood. The class-level constraints check what a task list says about itself: ids
 * unique and ascending, {@code [P]} tasks of a phase on different files.
 *
 * <pre>{@code
 * TaskList tasks = TaskList.builder("Tasks: Checkout")
 *         .addPhase(Phase.builder("Phase 1: Setup")
 *                 .addTask(Task.of("T001", "Create project structure"))
 *                 .addTask(Task.of("T002", "[P] Configure linting in `.eslintrc.json`"))
 *                 .build())
 *         .build();
 * tasks.task("T002").map(Task::parallel);   // Optional[true]
 * }</pre>
 *
 * @param title the {@code #} heading's inline Markdown source ({@code Tasks: Checkout}); empty when the
 *     document has none
 * @param frontMatter YAML front matter, verbatim, without its {@code ---} fences
 * @param notes what stands between the title and the first section: labelled lines ({@code **Input**: …},
 *     the document's metadata) and other blocks
 * @param phases the sections holding tasks, in document order
 * @param extraSections the sections holding no task, each with how many phases precede it
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"formatVersion", "title", "frontMatter", "notes", "phases", "extraSections"})
@JsonIgnoreProperties(
        value = {"formatVersion"},
        allowGetters = true)
@UniqueTaskIds
@TaskIdOrder(payload = Payloads.Warning.class)
@ParallelTasksDisjoint(payload = Payloads.Warning.class)
public record TaskList(
        @JsonInclude(JsonInclude.Include.ALWAYS) String title,
        Optional<String> frontMatter,
        List<Note> notes,
        List<@Valid Phase> phases,
        List<ExtraSection> extraSections) {

    /** The version of the task list's JSON and YAML format. */
    public static final int FORMAT_VERSION = 1;

    public TaskList {
        required(title, "TaskList.title");
        frontMatter = optional(frontMatter);
        notes = list(notes, "TaskList.notes");
        phases = list(phases, "TaskList.phases");
        extraSections = list(extraSections, "TaskList.extraSections");
    }

    /** Always {@link #FORMAT_VERSION}; written first in JSON and YAML. */
    @JsonProperty("formatVersion")
    public int formatVersion() {
        return FORMAT_VERSION;
    }

    /** Every task, phase by phase, in document order. */
    public List<Task> tasks() {
        return FolderParts.flatten(phases, Phase::allTasks);
    }

    /** The first task with {@code id}. */
    public Optional<Task> task(String id) {
        return tasks().stream().filter(t -> t.id().equals(Optional.of(id))).findFirst();
    }

    /** The text of the first note under the title labelled {@code label} (ignoring case), e.g. {@code Input}. */
    public Optional<String> note(String label) {
        return FolderParts.noteText(notes, label);
    }

    /** A builder for a task list titled {@code title}. */
    public static Builder builder(String title) {
        return new Builder(title);
    }

    /** A builder holding this task list's values. */
    public Builder toBuilder() {
        Builder b = new Builder(title);
        b.frontMatter = frontMatter.orElse(null);
        b.notes.addAll(notes);
        b.phases.addAll(phases);
        b.extraSections.addAll(extraSections);
        return b;
    }

    /** Builds a {@link TaskList}; not thread-safe. {@code add…} methods append in order. */
    public static final class Builder {
        private String title;
        private String frontMatter;
        private final List<Note> notes = new ArrayList<>();
        private final List<Phase> phases = new ArrayList<>();
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
            notes.add(required(note, "TaskList.notes element"));
            return this;
        }

        public Builder addPhase(Phase phase) {
            phases.add(required(phase, "TaskList.phases element"));
            return this;
        }

        public Builder phases(List<Phase> list) {
            phases.clear();
            list.forEach(this::addPhase);
            return this;
        }

        /** Adds a section placed at its own {@link ExtraSection#after()}. */
        public Builder addExtraSection(ExtraSection section) {
            extraSections.add(required(section, "TaskList.extraSections element"));
            return this;
        }

        /** Adds a level-2 section after the phases added so far. */
        public Builder addExtraSectionHere(String heading, String markdown) {
            return addExtraSection(ExtraSection.of(heading, markdown, phases.size()));
        }

        public TaskList build() {
            return new TaskList(title, Optional.ofNullable(frontMatter), notes, phases, extraSections);
        }
    }
}
