package dev.featurespec.parser.tasks;

import dev.featurespec.model.document.Note;
import dev.featurespec.model.tasks.Phase;
import dev.featurespec.model.tasks.Task;
import dev.featurespec.model.tasks.TaskGroup;
import dev.featurespec.model.tasks.TaskList;
import dev.featurespec.parser.internal.folder.FolderJsonReads;
import dev.featurespec.parser.internal.folder.StreamCursor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The shape of a {@link TaskList}'s JSON tree, read with a {@link StreamCursor}: what {@link JsonTasksReader} and
 * {@link YamlTasksReader} share.
 */
final class TaskListTree {
    private TaskListTree() {}

    private static final Set<String> DERIVED = Set.of("parallel", "stories", "files");

    static TaskList taskList(StreamCursor c) {
        List<Phase> phases = new ArrayList<>();
        FolderJsonReads.Root root = FolderJsonReads.document(
                c,
                TaskList.FORMAT_VERSION,
                "task list",
                "phases",
                p -> phases.addAll(c.array(p, "phases", e -> phase(c, e))));
        return new TaskList(root.title, Optional.ofNullable(root.frontMatter), root.notes, phases, root.extraSections);
    }

    private static Phase phase(StreamCursor c, String pointer) {
        String[] heading = {null};
        Integer[] level = {null};
        List<String> stories = new ArrayList<>();
        List<String> requirements = new ArrayList<>();
        List<Note> notes = new ArrayList<>();
        List<Task> tasks = new ArrayList<>();
        List<TaskGroup> groups = new ArrayList<>();
        boolean object = c.object(pointer, "a phase", (name, p) -> {
            switch (name) {
                case "heading" -> heading[0] = c.string(p, "heading").orElse(null);
                case "level" -> level[0] = FolderJsonReads.boxed(c.integer(p, "level"));
                case "stories" -> stories.addAll(c.strings(p, "stories"));
                case "requirements" -> requirements.addAll(c.strings(p, "requirements"));
                case "notes" -> notes.addAll(c.array(p, "notes", e -> FolderJsonReads.note(c, e)));
                case "tasks" -> tasks.addAll(c.array(p, "tasks", e -> task(c, e)));
                case "groups" -> groups.addAll(c.array(p, "groups", e -> group(c, e)));
                default -> c.unknown(name, p, "a phase");
            }
        });
        if (!object) {
            return null;
        }
        if (level[0] == null) {
            c.missing("level", pointer, "the phase");
            return null;
        }
        try {
            return new Phase(Optional.ofNullable(heading[0]), level[0], stories, requirements, notes, tasks, groups);
        } catch (IllegalArgumentException e) {
            c.invalid(e.getMessage(), pointer);
            return null;
        }
    }

    private static TaskGroup group(StreamCursor c, String pointer) {
        String[] heading = {null};
        Integer[] level = {null};
        List<String> requirements = new ArrayList<>();
        List<Note> notes = new ArrayList<>();
        List<Task> tasks = new ArrayList<>();
        boolean object = c.object(pointer, "a group", (name, p) -> {
            switch (name) {
                case "heading" -> heading[0] = c.string(p, "heading").orElse(null);
                case "level" -> level[0] = FolderJsonReads.boxed(c.integer(p, "level"));
                case "requirements" -> requirements.addAll(c.strings(p, "requirements"));
                case "notes" -> notes.addAll(c.array(p, "notes", e -> FolderJsonReads.note(c, e)));
                case "tasks" -> tasks.addAll(c.array(p, "tasks", e -> task(c, e)));
                default -> c.unknown(name, p, "a group");
            }
        });
        if (!object) {
            return null;
        }
        if (heading[0] == null || level[0] == null) {
            c.missing(heading[0] == null ? "heading" : "level", pointer, "the group");
            return null;
        }
        try {
            return new TaskGroup(heading[0], level[0], requirements, notes, tasks);
        } catch (IllegalArgumentException e) {
            c.invalid(e.getMessage(), pointer);
            return null;
        }
    }

    private static Task task(StreamCursor c, String pointer) {
        return FolderJsonReads.checkboxItem(c, pointer, "task", DERIVED, Task::new);
    }
}
