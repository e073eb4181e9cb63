package dev.featurespec.writer.tasks;

import dev.featurespec.model.tasks.Phase;
import dev.featurespec.model.tasks.Task;
import dev.featurespec.model.tasks.TaskGroup;
import dev.featurespec.model.tasks.TaskList;
import dev.featurespec.writer.internal.folder.FolderJson;
import dev.featurespec.writer.internal.folder.JsonOutput;
import tools.jackson.core.JsonGenerator;

/**
 * The shape of a {@link TaskList}'s JSON tree, written through a Jackson generator: what {@link JsonTasksWriter} and
 * {@link YamlTasksWriter} share.
 */
final class TaskListTree {
    private TaskListTree() {}

    static void write(JsonGenerator g, TaskList tasks) {
        FolderJson.document(
                g,
                tasks.formatVersion(),
                tasks.title(),
                tasks.frontMatter(),
                tasks.notes(),
                "phases",
                tasks.phases(),
                p -> phase(g, p),
                tasks.extraSections());
    }

    private static void phase(JsonGenerator g, Phase p) {
        g.writeStartObject();
        JsonOutput.optional(g, "heading", p.heading());
        g.writeNumberProperty("level", p.level());
        JsonOutput.strings(g, "stories", p.stories());
        JsonOutput.strings(g, "requirements", p.requirements());
        FolderJson.notes(g, p.notes());
        JsonOutput.array(g, "tasks", p.tasks(), t -> task(g, t));
        JsonOutput.array(g, "groups", p.groups(), group -> group(g, group));
        g.writeEndObject();
    }

    private static void group(JsonGenerator g, TaskGroup group) {
        g.writeStartObject();
        g.writeStringProperty("heading", group.heading());
        g.writeNumberProperty("level", group.level());
        JsonOutput.strings(g, "requirements", group.requirements());
        FolderJson.notes(g, group.notes());
        JsonOutput.array(g, "tasks", group.tasks(), t -> task(g, t));
        g.writeEndObject();
    }

    private static void task(JsonGenerator g, Task t) {
        FolderJson.startItem(g, t.id(), t.done(), t.text());
        if (t.parallel()) {
            g.writeBooleanProperty("parallel", true);
        }
        JsonOutput.strings(g, "stories", t.stories());
        JsonOutput.strings(g, "requirements", t.requirements());
        JsonOutput.strings(g, "files", t.files());
        FolderJson.endItem(g, t.details(), t.subItems());
    }
}
