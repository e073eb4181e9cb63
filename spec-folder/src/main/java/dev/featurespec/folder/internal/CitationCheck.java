package dev.featurespec.folder.internal;

import dev.featurespec.model.diagnostic.Rule;
import dev.featurespec.model.tasks.Phase;
import dev.featurespec.model.tasks.TaskGroup;
import java.util.List;

/**
 * FS201 and FS202: a task, a phase or a group citing a user story or a requirement the spec does not
 * declare. A task is reported for its own tags and text; what its phase or group cites is reported once,
 * at that heading. Not API.
 */
public final class CitationCheck {
    private CitationCheck() {}

    public static void run(FolderChecks c) {
        if (c.tasks().isEmpty()) {
            return;
        }
        TaskIndex tasks = c.tasks().get();
        for (TaskIndex.Traced t : tasks.tasks()) {
            unknownStories(c, tasks, t.name() + " cites ", t.task().stories(), t.pointer());
            unknownRequirements(c, tasks, t.name(), t.task().requirements(), t.pointer());
        }
        List<Phase> phases = tasks.file().document().phases();
        for (int p = 0; p < phases.size(); p++) {
            Phase phase = phases.get(p);
            String pointer = "/phases/" + p;
            String name = "Phase " + Quote.of(phase.heading().orElse(""));
            unknownStories(c, tasks, name + " is for ", phase.stories(), pointer);
            unknownRequirements(c, tasks, name, phase.requirements(), pointer);
            for (int g = 0; g < phase.groups().size(); g++) {
                TaskGroup group = phase.groups().get(g);
                unknownRequirements(
                        c, tasks, "Group " + Quote.of(group.heading()), group.requirements(), pointer + "/groups/" + g);
            }
        }
    }

    /** FS201 for each of {@code stories} the spec does not declare: {@code says}, the story, and why. */
    private static void unknownStories(
            FolderChecks c, TaskIndex tasks, String says, List<String> stories, String pointer) {
        for (String story : stories) {
            if (c.spec().find(story).isEmpty()) {
                c.findings().report(tasks.file(), Rule.UNKNOWN_STORY, says + story + unknownStory(c), pointer);
            }
        }
    }

    /** FS202 for each of {@code ids} that {@code who} cites and the spec does not declare. */
    private static void unknownRequirements(
            FolderChecks c, TaskIndex tasks, String who, List<String> ids, String pointer) {
        for (String id : ids) {
            if (c.spec().find(id).isEmpty()) {
                c.findings()
                        .report(
                                tasks.file(),
                                Rule.UNKNOWN_REQUIREMENT,
                                who + " cites " + id + ", which the spec does not declare",
                                pointer);
            }
        }
    }

    private static String unknownStory(FolderChecks c) {
        return c.spec().hasStories()
                ? ", which the spec does not declare (its stories are "
                        + c.spec().storyList() + ")"
                : ", but the spec declares no user story";
    }
}
