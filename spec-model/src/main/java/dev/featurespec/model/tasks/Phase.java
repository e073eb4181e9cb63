package dev.featurespec.model.tasks;

import static dev.featurespec.model.internal.Checks.headingLevel;
import static dev.featurespec.model.internal.Checks.list;
import static dev.featurespec.model.internal.Checks.optional;
import static dev.featurespec.model.internal.Checks.required;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.featurespec.model.document.Note;
import dev.featurespec.model.internal.FolderParts;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A phase of a task list: a top-level section that holds tasks, {@code ## Phase 3: User Story 1 - Browse
 * the catalogue (Priority: P1) 🎯 MVP}, with its notes ({@code **Purpose**: …}, {@code **Checkpoint**:
 * …}), its tasks, and its sub-headed groups. Tasks written before any section heading form a phase
 * without a heading.
 *
 * <pre>{@code
 * Phase setup = Phase.builder("Phase 1: Setup")
 *         .addNote(Note.labelled("Purpose", "Project initialization"))
 *         .addTask(Task.of("T001", "Create project structure"))
 *         .addNoteHere(Note.labelled("Checkpoint", "Foundation ready"))
 *         .build();
 * }</pre>
 *
 * @param heading the heading's inline Markdown source, trimmed; absent for the tasks before any heading
 * @param level the heading level, 1 to 6; 0 without a heading
 * @param stories the user stories the heading names ({@code User Story 2}, {@code US2}, {@code 用户故事 2},
 *     {@code US1+US2}), as {@code US2}; found by the parser from the language data, read as given from JSON
 * @param requirements the requirement and success-criterion ids the heading and notes cite ({@code ## Fase
 *     2 — Consolidación (FR-004)}), as the parser found them; every task of the phase counts as citing them
 * @param notes labelled lines and other blocks directly under the heading, each with its place among
 *     {@link #tasks()}
 * @param tasks the tasks directly under the heading, before any group
 * @param groups the sub-headed groups, in order
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"heading", "level", "stories", "requirements", "notes", "tasks", "groups"})
public record Phase(
        Optional<String> heading,
        @JsonInclude(JsonInclude.Include.ALWAYS) int level,
        List<String> stories,
        List<String> requirements,
        List<Note> notes,
        List<@Valid Task> tasks,
        List<@Valid TaskGroup> groups) {

    public Phase {
        heading = optional(heading);
        stories = list(stories, "Phase.stories");
        headingLevel(heading.isPresent(), level, "Phase.level");
        requirements = list(requirements, "Phase.requirements");
        notes = list(notes, "Phase.notes");
        tasks = list(tasks, "Phase.tasks");
        groups = list(groups, "Phase.groups");
        for (TaskGroup g : groups) {
            if (heading.isPresent() && g.level() <= level) {
                throw new IllegalArgumentException("TaskGroup '" + g.heading() + "' at level " + g.level()
                        + " is not below its phase at level " + level);
            }
        }
    }

    /** Every task of the phase: its own, then each group's, in document order. */
    public List<Task> allTasks() {
        if (groups.isEmpty()) {
            return tasks;
        }
        List<Task> all = new ArrayList<>(tasks);
        groups.forEach(g -> all.addAll(g.tasks()));
        return List.copyOf(all);
    }

    /** The text of the first note labelled {@code label} (ignoring case), e.g. {@code Purpose}. */
    public Optional<String> note(String label) {
        return FolderParts.noteText(notes, label);
    }

    /** A builder for a level-2 phase headed {@code heading}. */
    public static Builder builder(String heading) {
        return new Builder(required(heading, "Phase.heading"), 2);
    }

    /** A builder for the phase without a heading: the tasks written before any section. */
    public static Builder headless() {
        return new Builder(null, 0);
    }

    /** A builder holding this phase's values. */
    public Builder toBuilder() {
        Builder b = new Builder(heading.orElse(null), level);
        b.stories.addAll(stories);
        b.requirements.addAll(requirements);
        b.notes.addAll(notes);
        b.tasks.addAll(tasks);
        b.groups.addAll(groups);
        return b;
    }

    /** Builds a {@link Phase}; not thread-safe. {@code add…} methods append in order. */
    public static final class Builder {
        private final String heading;
        private int level;
        private final List<String> stories = new ArrayList<>();
        private final List<String> requirements = new ArrayList<>();
        private final List<Note> notes = new ArrayList<>();
        private final List<Task> tasks = new ArrayList<>();
        private final List<TaskGroup> groups = new ArrayList<>();

        private Builder(String heading, int level) {
            this.heading = heading;
            this.level = level;
        }

        /** The heading level; default 2. */
        public Builder level(int level) {
            this.level = level;
            return this;
        }

        /** Adds a user story the phase is for, as {@code US2}. */
        public Builder addStory(String story) {
            stories.add(required(story, "Phase.stories element"));
            return this;
        }

        public Builder addRequirement(String id) {
            requirements.add(required(id, "Phase.requirements element"));
            return this;
        }

        /** Adds a note at its own {@link Note#at()}. */
        public Builder addNote(Note note) {
            notes.add(required(note, "Phase.notes element"));
            return this;
        }

        /** Adds a note after the tasks added so far. */
        public Builder addNoteHere(Note note) {
            return addNote(required(note, "Phase.notes element").at(tasks.size()));
        }

        public Builder addTask(Task task) {
            tasks.add(required(task, "Phase.tasks element"));
            return this;
        }

        public Builder tasks(List<Task> list) {
            tasks.clear();
            list.forEach(this::addTask);
            return this;
        }

        public Builder addGroup(TaskGroup group) {
            groups.add(required(group, "Phase.groups element"));
            return this;
        }

        public Builder groups(List<TaskGroup> list) {
            groups.clear();
            list.forEach(this::addGroup);
            return this;
        }

        public Phase build() {
            return new Phase(Optional.ofNullable(heading), level, stories, requirements, notes, tasks, groups);
        }
    }
}
