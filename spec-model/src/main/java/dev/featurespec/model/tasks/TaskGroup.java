package dev.featurespec.model.tasks;

import static dev.featurespec.model.internal.Checks.list;
import static dev.featurespec.model.internal.Checks.required;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.featurespec.model.document.Note;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;

/**
 * A sub-heading inside a phase and what stands under it: {@code ### Tests for User Story 1} with its
 * tasks. Groups of a phase are kept flat, in document order, each with its heading level, so a {@code
 * ####} group under a {@code ###} group is the next group with a deeper level.
 *
 * @param heading the heading's inline Markdown source, trimmed
 * @param level the heading level, deeper than the phase's, up to 6
 * @param requirements the requirement and success-criterion ids the heading and notes cite, as the
 *     parser found them; every task of the group counts as citing them
 * @param notes labelled lines and other blocks of the group, each with its place among the tasks
 * @param tasks the tasks, in order
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"heading", "level", "requirements", "notes", "tasks"})
public record TaskGroup(
        @JsonInclude(JsonInclude.Include.ALWAYS) String heading,
        @JsonInclude(JsonInclude.Include.ALWAYS) int level,
        List<String> requirements,
        List<Note> notes,
        List<@Valid Task> tasks) {

    public TaskGroup {
        required(heading, "TaskGroup.heading");
        if (level < 1 || level > 6) {
            throw new IllegalArgumentException("TaskGroup.level must be 1 to 6, was " + level);
        }
        requirements = list(requirements, "TaskGroup.requirements");
        notes = list(notes, "TaskGroup.notes");
        tasks = list(tasks, "TaskGroup.tasks");
    }

    /** A group at {@code level} holding {@code tasks} and nothing else. */
    public static TaskGroup of(String heading, int level, List<Task> tasks) {
        return new TaskGroup(heading, level, List.of(), List.of(), tasks);
    }

    /** A builder for a group headed {@code heading} at {@code level}. */
    public static Builder builder(String heading, int level) {
        return new Builder(heading, level);
    }

    /** A builder holding this group's values. */
    public Builder toBuilder() {
        Builder b = new Builder(heading, level);
        b.requirements.addAll(requirements);
        b.notes.addAll(notes);
        b.tasks.addAll(tasks);
        return b;
    }

    /** Builds a {@link TaskGroup}; not thread-safe. */
    public static final class Builder {
        private final String heading;
        private final int level;
        private final List<String> requirements = new ArrayList<>();
        private final List<Note> notes = new ArrayList<>();
        private final List<Task> tasks = new ArrayList<>();

        private Builder(String heading, int level) {
            this.heading = heading;
            this.level = level;
        }

        public Builder addRequirement(String id) {
            requirements.add(required(id, "TaskGroup.requirements element"));
            return this;
        }

        /** Adds a note at its own {@link Note#at()}. */
        public Builder addNote(Note note) {
            notes.add(required(note, "TaskGroup.notes element"));
            return this;
        }

        /** Adds a note after the tasks added so far. */
        public Builder addNoteHere(Note note) {
            return addNote(required(note, "TaskGroup.notes element").at(tasks.size()));
        }

        public Builder addTask(Task task) {
            tasks.add(required(task, "TaskGroup.tasks element"));
            return this;
        }

        public TaskGroup build() {
            return new TaskGroup(heading, level, requirements, notes, tasks);
        }
    }
}
