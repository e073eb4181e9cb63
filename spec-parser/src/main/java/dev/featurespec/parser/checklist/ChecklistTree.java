package dev.featurespec.parser.checklist;

import dev.featurespec.model.checklist.Category;
import dev.featurespec.model.checklist.Checklist;
import dev.featurespec.model.checklist.ChecklistItem;
import dev.featurespec.parser.internal.folder.FolderJsonReads;
import dev.featurespec.parser.internal.folder.StreamCursor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
        List<ChecklistItem> items = new ArrayList<>();
        FolderJsonReads.Section s = FolderJsonReads.section(
                c,
                pointer,
                "category",
                false,
                Map.of("items", p -> items.addAll(c.array(p, "items", e -> item(c, e)))));
        return s == null
                ? null
                : FolderJsonReads.built(c, pointer, () -> new Category(s.heading(), s.level(), s.notes(), items));
    }

    private static ChecklistItem item(StreamCursor c, String pointer) {
        return FolderJsonReads.checkboxItem(c, pointer, "checklist item", DERIVED, ChecklistItem::new);
    }
}
