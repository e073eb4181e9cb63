package dev.featurespec.writer.checklist;

import dev.featurespec.model.checklist.Category;
import dev.featurespec.model.checklist.Checklist;
import dev.featurespec.model.checklist.ChecklistItem;
import dev.featurespec.model.checklist.Reference;
import dev.featurespec.writer.internal.folder.FolderJson;
import dev.featurespec.writer.internal.folder.JsonOutput;
import tools.jackson.core.JsonGenerator;

/**
 * The shape of a {@link Checklist}'s JSON tree, written through a Jackson generator: what {@link JsonChecklistWriter} and
 * {@link YamlChecklistWriter} share.
 */
final class ChecklistTree {
    private ChecklistTree() {}

    static void write(JsonGenerator g, Checklist checklist) {
        FolderJson.document(
                g,
                checklist.formatVersion(),
                checklist.title(),
                checklist.frontMatter(),
                checklist.notes(),
                "categories",
                checklist.categories(),
                c -> category(g, c),
                checklist.extraSections());
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
        FolderJson.startItem(g, i.id(), i.done(), i.text());
        JsonOutput.strings(g, "tags", i.tags());
        JsonOutput.array(g, "references", i.references(), r -> reference(g, r));
        JsonOutput.strings(g, "requirements", i.requirements());
        FolderJson.endItem(g, i.details(), i.subItems());
    }

    private static void reference(JsonGenerator g, Reference r) {
        g.writeStartObject();
        JsonOutput.optional(g, "document", r.document());
        g.writeStringProperty("target", r.target());
        g.writeEndObject();
    }
}
