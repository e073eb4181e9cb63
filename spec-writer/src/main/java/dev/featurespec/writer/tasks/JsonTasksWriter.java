package dev.featurespec.writer.tasks;

import dev.featurespec.model.tasks.Phase;
import dev.featurespec.model.tasks.Task;
import dev.featurespec.model.tasks.TaskGroup;
import dev.featurespec.model.tasks.TaskList;
import dev.featurespec.writer.internal.FolderJson;
import dev.featurespec.writer.internal.JsonOutput;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;

/**
 * Writes a {@link TaskList} as JSON or YAML in the shape {@code tasks.schema.json} describes and the
 * records' Jackson annotations declare: {@code formatVersion} first, document order kept, absent values
 * and empty lists left out, every task an object with its {@code id} and a boolean {@code done}, and the
 * derived values ({@code parallel}, {@code stories}, {@code files}) included. Written with Jackson's
 * streaming generator, no data binding, so it runs on any Jackson 3 core. Immutable and thread-safe.
 *
 * <pre>{@code
 * String json = JsonTasksWriter.json().write(tasks);
 * String yaml = JsonTasksWriter.yaml().write(tasks);
 * }</pre>
 */
public final class JsonTasksWriter {
    private static final JsonTasksWriter JSON = new JsonTasksWriter(JsonOutput.json(false));
    private static final JsonTasksWriter COMPACT = new JsonTasksWriter(JsonOutput.json(true));
    private static final JsonTasksWriter YAML = new JsonTasksWriter(JsonOutput.yaml());

    private final JsonOutput output;

    private JsonTasksWriter(JsonOutput output) {
        this.output = output;
    }

    /** Pretty JSON: two-space indent, LF, a trailing newline. */
    public static JsonTasksWriter json() {
        return JSON;
    }

    /** JSON on one line, without a trailing newline. */
    public static JsonTasksWriter compactJson() {
        return COMPACT;
    }

    /** Block-style YAML. */
    public static JsonTasksWriter yaml() {
        return YAML;
    }

    /** {@code tasks} as text. */
    public String write(TaskList tasks) {
        Objects.requireNonNull(tasks, "tasks");
        return output.write(g -> {
            g.writeStartObject();
            g.writeNumberProperty("formatVersion", tasks.formatVersion());
            g.writeStringProperty("title", tasks.title());
            JsonOutput.optional(g, "frontMatter", tasks.frontMatter());
            FolderJson.notes(g, tasks.notes());
            JsonOutput.array(g, "phases", tasks.phases(), p -> phase(g, p));
            FolderJson.extraSections(g, tasks.extraSections());
            g.writeEndObject();
        });
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
        g.writeStartObject();
        JsonOutput.optional(g, "id", t.id());
        g.writeBooleanProperty("done", t.done());
        g.writeStringProperty("text", t.text());
        if (t.parallel()) {
            g.writeBooleanProperty("parallel", true);
        }
        JsonOutput.strings(g, "stories", t.stories());
        JsonOutput.strings(g, "requirements", t.requirements());
        JsonOutput.strings(g, "files", t.files());
        JsonOutput.optional(g, "details", t.details());
        FolderJson.statements(g, "subItems", t.subItems());
        g.writeEndObject();
    }
}
