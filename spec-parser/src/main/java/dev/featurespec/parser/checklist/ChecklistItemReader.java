package dev.featurespec.parser.checklist;

import dev.featurespec.model.checklist.ChecklistItem;
import dev.featurespec.parser.internal.folder.CheckboxItemReader;
import dev.featurespec.parser.internal.folder.DocumentContext;
import dev.featurespec.parser.internal.folder.FolderWords;
import java.util.regex.Pattern;

/**
 * Recognises a checklist item, {@code - [ ] CHK007 Are … [Gap, Spec §FR-004]} (the id may be bold and may
 * be followed by {@code -}, {@code –} or {@code :}; older items have none), and builds the {@link
 * ChecklistItem}.
 */
final class ChecklistItemReader {
    private static final String ID = "CHK-?\\d{1,9}[a-z]?";
    private static final Pattern LEADING_ID =
            Pattern.compile("(?:\\*\\*(" + ID + ")\\*\\*|(" + ID + "))(?:\\s*[-–—:：](?=\\s)|:)?(?:\\s+|$)");

    private ChecklistItemReader() {}

    /** The reader of one parse's checklist items; a list item without a checkbox is a plain note. */
    static CheckboxItemReader<ChecklistItem> create(DocumentContext context, FolderWords words) {
        return new CheckboxItemReader<>(context, words, LEADING_ID, ChecklistItem::new, (first, item, pointer) -> {});
    }
}
