package dev.featurespec.parser.checklist;

import dev.featurespec.model.Statement;
import dev.featurespec.model.checklist.Category;
import dev.featurespec.model.checklist.Checklist;
import dev.featurespec.model.checklist.ChecklistItem;
import dev.featurespec.model.diagnostic.Rule;
import dev.featurespec.model.document.Note;
import dev.featurespec.parser.internal.folder.FolderJsonReads;
import dev.featurespec.parser.internal.folder.StreamCursor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The shape of a {@link Checklist}'s JSON tree, read with a {@link StreamCursor}: what {@link JsonChecklistReader} and
 * {@link YamlChecklistReader} share.
 */
final class ChecklistTree {
    private ChecklistTree() {}

    static Checklist checklist(StreamCursor c) {
        Checklist.Builder b = Checklist.builder("");
        boolean[] titled = {false};
        boolean object = c.object("", "the document", (name, p) -> {
            switch (name) {
                case "formatVersion" -> {
                    var v = c.integer(p, "formatVersion");
                    if (v.isPresent() && v.getAsInt() != Checklist.FORMAT_VERSION) {
                        c.report(
                                Rule.UNSUPPORTED_FORMAT_VERSION,
                                "formatVersion " + v.getAsInt() + " is not supported; this version reads formatVersion "
                                        + Checklist.FORMAT_VERSION,
                                p,
                                null);
                    }
                }
                case "title" ->
                    c.string(p, "title").ifPresent(t -> {
                        b.title(t);
                        titled[0] = true;
                    });
                case "frontMatter" -> c.string(p, "frontMatter").ifPresent(b::frontMatter);
                case "notes" ->
                    c.array(p, "notes", e -> FolderJsonReads.note(c, e)).forEach(b::addNote);
                case "categories" ->
                    c.array(p, "categories", e -> category(c, e)).forEach(b::addCategory);
                case "extraSections" ->
                    c.array(p, "extraSections", e -> FolderJsonReads.extraSection(c, e))
                            .forEach(b::addExtraSection);
                default -> c.unknown(name, p, "a checklist");
            }
        });
        if (object && !titled[0]) {
            c.missing("title", "", "the checklist");
        }
        return b.build();
    }

    private static Category category(StreamCursor c, String pointer) {
        String[] heading = {null};
        Integer[] level = {null};
        List<Note> notes = new ArrayList<>();
        List<ChecklistItem> items = new ArrayList<>();
        boolean object = c.object(pointer, "a category", (name, p) -> {
            switch (name) {
                case "heading" -> heading[0] = c.string(p, "heading").orElse(null);
                case "level" -> level[0] = FolderJsonReads.boxed(c.integer(p, "level"));
                case "notes" -> notes.addAll(c.array(p, "notes", e -> FolderJsonReads.note(c, e)));
                case "items" -> items.addAll(c.array(p, "items", e -> item(c, e)));
                default -> c.unknown(name, p, "a category");
            }
        });
        if (!object) {
            return null;
        }
        if (level[0] == null) {
            c.missing("level", pointer, "the category");
            return null;
        }
        try {
            return new Category(Optional.ofNullable(heading[0]), level[0], notes, items);
        } catch (IllegalArgumentException e) {
            c.invalid(e.getMessage(), pointer);
            return null;
        }
    }

    private static ChecklistItem item(StreamCursor c, String pointer) {
        String[] id = {null};
        String[] text = {null};
        String[] details = {null};
        Boolean[] done = {null};
        List<String> requirements = new ArrayList<>();
        List<Statement> subItems = new ArrayList<>();
        boolean object = c.object(pointer, "a checklist item", (name, p) -> {
            switch (name) {
                case "id" -> id[0] = c.string(p, "id").orElse(null);
                case "done" -> done[0] = c.bool(p, "done").orElse(null);
                case "text" -> text[0] = c.string(p, "text").orElse(null);
                case "requirements" -> requirements.addAll(c.strings(p, "requirements"));
                case "details" -> details[0] = c.string(p, "details").orElse(null);
                case "subItems" -> subItems.addAll(FolderJsonReads.statements(c, p));
                case "tags", "references" -> c.skip(); // derived from the text
                default -> c.unknown(name, p, "a checklist item");
            }
        });
        if (!object) {
            return null;
        }
        if (text[0] == null || done[0] == null) {
            c.missing(text[0] == null ? "text" : "done", pointer, "the checklist item");
            return null;
        }
        return new ChecklistItem(
                Optional.ofNullable(id[0]), done[0], text[0], requirements, Optional.ofNullable(details[0]), subItems);
    }
}
