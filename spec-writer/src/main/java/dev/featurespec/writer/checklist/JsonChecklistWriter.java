package dev.featurespec.writer.checklist;

import dev.featurespec.model.checklist.Category;
import dev.featurespec.model.checklist.Checklist;
import dev.featurespec.model.checklist.ChecklistItem;
import dev.featurespec.model.checklist.Reference;
import dev.featurespec.writer.internal.FolderJson;
import dev.featurespec.writer.internal.JsonOutput;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;

/**
 * Writes a {@link Checklist} as JSON or YAML in the shape {@code checklist.schema.json} describes and the
 * records' Jackson annotations declare: {@code formatVersion} first, document order kept, absent values
 * and empty lists left out, every item an object with its {@code id} and a boolean {@code done}, and the
 * derived {@code tags} and {@code references} included. Written with Jackson's streaming generator, no
 * data binding. Immutable and thread-safe.
 *
 * <pre>{@code
 * String json = JsonChecklistWriter.json().write(checklist);
 * }</pre>
 */
public final class JsonChecklistWriter {
    private static final JsonChecklistWriter JSON = new JsonChecklistWriter(JsonOutput.json(false));
    private static final JsonChecklistWriter COMPACT = new JsonChecklistWriter(JsonOutput.json(true));
    private static final JsonChecklistWriter YAML = new JsonChecklistWriter(JsonOutput.yaml());

    private final JsonOutput output;

    private JsonChecklistWriter(JsonOutput output) {
        this.output = output;
    }

    /** Pretty JSON: two-space indent, LF, a trailing newline. */
    public static JsonChecklistWriter json() {
        return JSON;
    }

    /** JSON on one line, without a trailing newline. */
    public static JsonChecklistWriter compactJson() {
        return COMPACT;
    }

    /** Block-style YAML. */
    public static JsonChecklistWriter yaml() {
        return YAML;
    }

    /** {@code checklist} as text. */
    public String write(Checklist checklist) {
        Objects.requireNonNull(checklist, "checklist");
        return output.write(g -> {
            g.writeStartObject();
            g.writeNumberProperty("formatVersion", checklist.formatVersion());
            g.writeStringProperty("title", checklist.title());
            JsonOutput.optional(g, "frontMatter", checklist.frontMatter());
            FolderJson.notes(g, checklist.notes());
            JsonOutput.array(g, "categories", checklist.categories(), c -> category(g, c));
            FolderJson.extraSections(g, checklist.extraSections());
            g.writeEndObject();
        });
    }

    private static void category(JsonGenerator g, Category c) {
        g.writeStartObject();
        JsonOutput.optional(g, "heading", c.heading());
        g.writeNumberProperty("level", c.level());
        FolderJson.notes(g, c.notes());
        JsonOutput.array(g, "items", c.items(), i -> item(g, i));
        g.writeEndObject();
    }

    private static void item(JsonGenerator g, ChecklistItem i) {
        g.writeStartObject();
        JsonOutput.optional(g, "id", i.id());
        g.writeBooleanProperty("done", i.done());
        g.writeStringProperty("text", i.text());
        JsonOutput.strings(g, "tags", i.tags());
        JsonOutput.array(g, "references", i.references(), r -> reference(g, r));
        JsonOutput.strings(g, "requirements", i.requirements());
        JsonOutput.optional(g, "details", i.details());
        FolderJson.statements(g, "subItems", i.subItems());
        g.writeEndObject();
    }

    private static void reference(JsonGenerator g, Reference r) {
        g.writeStartObject();
        JsonOutput.optional(g, "document", r.document());
        g.writeStringProperty("target", r.target());
        g.writeEndObject();
    }
}
