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
            for (String story : t.task().stories()) {
                if (c.spec().find(story).isEmpty()) {
                    c.findings()
                            .report(
                                    tasks.file(),
                                    Rule.UNKNOWN_STORY,
                                    t.name() + " cites " + story + unknownStory(c),
                                    t.pointer());
                }
            }
            for (String id : t.task().requirements()) {
                if (c.spec().find(id).isEmpty()) {
                    c.findings()
                            .report(
                                    tasks.file(),
                                    Rule.UNKNOWN_REQUIREMENT,
                                    t.name() + " cites " + id + ", which the spec does not declare",
                                    t.pointer());
                }
            }
        }
        List<Phase> phases = tasks.file().document().phases();
        for (int p = 0; p < phases.size(); p++) {
            Phase phase = phases.get(p);
            String pointer = "/phases/" + p;
            String name = "Phase " + Quote.of(phase.heading().orElse(""));
            for (String s : phase.stories()) {
                if (c.spec().find(s).isEmpty()) {
                    c.findings()
                            .report(tasks.file(), Rule.UNKNOWN_STORY, name + " is for " + s + unknownStory(c), pointer);
                }
            }
            for (String id : phase.requirements()) {
                if (c.spec().find(id).isEmpty()) {
                    c.findings()
                            .report(
                                    tasks.file(),
                                    Rule.UNKNOWN_REQUIREMENT,
                                    name + " cites " + id + ", which the spec does not declare",
                                    "/phases/" + p);
                }
            }
            for (int g = 0; g < phase.groups().size(); g++) {
                TaskGroup group = phase.groups().get(g);
                for (String id : group.requirements()) {
                    if (c.spec().find(id).isEmpty()) {
                        c.findings()
                                .report(
                                        tasks.file(),
                                        Rule.UNKNOWN_REQUIREMENT,
                                        "Group " + Quote.of(group.heading()) + " cites " + id
                                                + ", which the spec does not declare",
                                        "/phases/" + p + "/groups/" + g);
                    }
                }
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
