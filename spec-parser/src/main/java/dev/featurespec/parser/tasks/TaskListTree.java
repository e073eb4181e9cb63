package dev.featurespec.parser.tasks;

import dev.featurespec.model.tasks.Phase;
import dev.featurespec.model.tasks.Task;
import dev.featurespec.model.tasks.TaskGroup;
import dev.featurespec.model.tasks.TaskList;
import dev.featurespec.parser.internal.folder.FolderJsonReads;
import dev.featurespec.parser.internal.folder.StreamCursor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
        List<String> stories = new ArrayList<>();
        List<String> requirements = new ArrayList<>();
        List<Task> tasks = new ArrayList<>();
        List<TaskGroup> groups = new ArrayList<>();
        FolderJsonReads.Section s = FolderJsonReads.section(
                c,
                pointer,
                "phase",
                false,
                Map.of(
                        "stories", p -> stories.addAll(c.strings(p, "stories")),
                        "requirements", p -> requirements.addAll(c.strings(p, "requirements")),
                        "tasks", p -> tasks.addAll(c.array(p, "tasks", e -> task(c, e))),
                        "groups", p -> groups.addAll(c.array(p, "groups", e -> group(c, e)))));
        return s == null
                ? null
                : FolderJsonReads.built(
                        c,
                        pointer,
                        () -> new Phase(s.heading(), s.level(), stories, requirements, s.notes(), tasks, groups));
    }

    private static TaskGroup group(StreamCursor c, String pointer) {
        List<String> requirements = new ArrayList<>();
        List<Task> tasks = new ArrayList<>();
        FolderJsonReads.Section s = FolderJsonReads.section(
                c,
                pointer,
                "group",
                true,
                Map.of(
                        "requirements", p -> requirements.addAll(c.strings(p, "requirements")),
                        "tasks", p -> tasks.addAll(c.array(p, "tasks", e -> task(c, e)))));
        return s == null
                ? null
                : FolderJsonReads.built(
                        c,
                        pointer,
                        () -> new TaskGroup(s.heading().orElseThrow(), s.level(), requirements, s.notes(), tasks));
    }

    private static Task task(StreamCursor c, String pointer) {
        return FolderJsonReads.checkboxItem(c, pointer, "task", DERIVED, Task::new);
    }
}
