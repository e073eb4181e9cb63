package dev.featurespec.folder.internal;

import dev.featurespec.folder.FolderFile;
import dev.featurespec.model.checklist.Category;
import dev.featurespec.model.checklist.Checklist;
import dev.featurespec.model.checklist.ChecklistItem;
import java.util.ArrayList;
import java.util.List;

/** Every item of a folder's checklists, with its file, pointer and label. Not API. */
public final class ItemIndex {
    /**
     * A checklist item and where it is.
     *
     * @param file its checklist
     * @param item the item
     * @param pointer its JSON pointer in the checklist
     * @param label its id, or {@code checklists/NAME.md:LINE}
     */
    public record Traced(FolderFile<Checklist> file, ChecklistItem item, String pointer, String label) {
        /** How a message names the item: its id, or its text quoted. */
        public String name() {
            return item.id().orElseGet(() -> "Item " + Quote.of(item.text()));
        }
    }

    private final List<Traced> items = new ArrayList<>();

    public ItemIndex(List<FolderFile<Checklist>> checklists) {
        for (FolderFile<Checklist> file : checklists) {
            List<Category> categories = file.document().categories();
            for (int c = 0; c < categories.size(); c++) {
                List<ChecklistItem> list = categories.get(c).items();
                for (int i = 0; i < list.size(); i++) {
                    String pointer = "/categories/" + c + "/items/" + i;
                    ChecklistItem item = list.get(i);
                    items.add(new Traced(file, item, pointer, TaskIndex.label(file, item.id(), pointer)));
                }
            }
        }
    }

    public List<Traced> items() {
        return items;
    }
}
