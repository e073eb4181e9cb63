package dev.featurespec.folder.internal;

import dev.featurespec.folder.FolderFile;
import dev.featurespec.model.tasks.Phase;
import dev.featurespec.model.tasks.Task;
import dev.featurespec.model.tasks.TaskGroup;
import dev.featurespec.model.tasks.TaskList;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Every task of a task list with what it cites, its own and through its phase and group: a task under
 * {@code ## Phase 3: User Story 1 …} is for US1; a task under {@code ## Fase 2 — … (FR-004)} cites FR-004.
 * Not API.
 */
public final class TaskIndex {
    /**
     * A task and what it cites.
     *
     * @param task the task
     * @param pointer its JSON pointer in the task list
     * @param label its id, or {@code tasks.md:LINE}
     * @param phase the index of its phase
     * @param stories the stories it is for: its own tags and its phase's story
     * @param requirements the ids it cites: its own, its group's and its phase's
     */
    public record Traced(
            Task task, String pointer, String label, int phase, Set<String> stories, Set<String> requirements) {
        /** How a message names the task: its id, or its description quoted. */
        public String name() {
            return task.id().orElseGet(() -> "Task " + Quote.of(task.description()));
        }
    }

    private final FolderFile<TaskList> file;
    private final List<Traced> tasks = new ArrayList<>();

    public TaskIndex(FolderFile<TaskList> file) {
        this.file = file;
        List<Phase> phases = file.document().phases();
        for (int p = 0; p < phases.size(); p++) {
            Phase phase = phases.get(p);
            for (int t = 0; t < phase.tasks().size(); t++) {
                add(phase.tasks().get(t), "/phases/" + p + "/tasks/" + t, p, phase, List.of());
            }
            for (int g = 0; g < phase.groups().size(); g++) {
                TaskGroup group = phase.groups().get(g);
                for (int t = 0; t < group.tasks().size(); t++) {
                    add(
                            group.tasks().get(t),
                            "/phases/" + p + "/groups/" + g + "/tasks/" + t,
                            p,
                            phase,
                            group.requirements());
                }
            }
        }
    }

    private void add(Task task, String pointer, int p, Phase phase, List<String> groupRequirements) {
        Set<String> stories = new LinkedHashSet<>(task.stories());
        stories.addAll(phase.stories());
        Set<String> requirements = new LinkedHashSet<>(task.requirements());
        requirements.addAll(groupRequirements);
        requirements.addAll(phase.requirements());
        tasks.add(new Traced(task, pointer, label(file, task.id(), pointer), p, stories, requirements));
    }

    /** The label of an element: its id, else {@code FILE:LINE} with the file name relative to the folder. */
    static String label(FolderFile<?> file, Optional<String> id, String pointer) {
        if (id.isPresent()) {
            return id.get();
        }
        Path name = file.path().getFileName();
        Path parent =
                file.path().getParent() == null ? null : file.path().getParent().getFileName();
        String shown =
                parent != null && parent.toString().equals("checklists") ? "checklists/" + name : String.valueOf(name);
        return shown
                + file.sourceMap()
                        .find(pointer)
                        .map(r -> ":" + r.start().line())
                        .orElse("");
    }

    public FolderFile<TaskList> file() {
        return file;
    }

    public List<Traced> tasks() {
        return tasks;
    }
}
