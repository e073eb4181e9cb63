package dev.featurespec.parser.checklist;

import dev.featurespec.model.checklist.Category;
import dev.featurespec.model.checklist.Checklist;
import dev.featurespec.model.checklist.ChecklistItem;
import dev.featurespec.model.document.Note;
import dev.featurespec.parser.internal.folder.FolderJsonReads;
import dev.featurespec.parser.internal.folder.StreamCursor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The shape of a {@link Checklist}'s JSON tree, read with a {@link StreamCursor}: what {@link JsonChecklistReader} and
 * {@link YamlChecklistReader} share.
 */
final class ChecklistTree {
    private ChecklistTree() {}

    private static final Set<String> DERIVED = Set.of("tags", "references");

    static Checklist checklist(StreamCursor c) {
        List<Category> categories = new ArrayList<>();
        FolderJsonReads.Root root = FolderJsonReads.document(
                c,
                Checklist.FORMAT_VERSION,
                "checklist",
                "categories",
                p -> categories.addAll(c.array(p, "categories", e -> category(c, e))));
        return new Checklist(
                root.title, Optional.ofNullable(root.frontMatter), root.notes, categories, root.extraSections);
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
        return FolderJsonReads.checkboxItem(c, pointer, "checklist item", DERIVED, ChecklistItem::new);
    }
}
