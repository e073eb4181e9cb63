package dev.featurespec.parser.checklist;

import dev.featurespec.model.checklist.ChecklistItem;
import dev.featurespec.parser.internal.folder.Checkbox;
import dev.featurespec.parser.internal.folder.DocumentContext;
import dev.featurespec.parser.internal.folder.FolderWords;
import dev.featurespec.parser.internal.folder.ItemText;
import dev.featurespec.parser.internal.folder.SectionBody;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.ListItem;

/**
 * Recognises a checklist item, {@code - [ ] CHK007 Are … [Gap, Spec §FR-004]} (the id may be bold and may
 * be followed by {@code -}, {@code –} or {@code :}; older items have none), and builds the {@link
 * ChecklistItem}. One per parse.
 */
final class ChecklistItemReader implements SectionBody.ItemReader<ChecklistItem> {
    private static final String ID = "CHK-?\\d{1,9}[a-z]?";
    private static final Pattern LEADING_ID =
            Pattern.compile("(?:\\*\\*(" + ID + ")\\*\\*|(" + ID + "))(?:\\s*[-–—:：](?=\\s)|:)?(?:\\s+|$)");

    private final DocumentContext context;
    private final FolderWords words;

    ChecklistItemReader(DocumentContext context, FolderWords words) {
        this.context = context;
        this.words = words;
    }

    @Override
    public ChecklistItem read(ListItem item, String pointer) {
        String first = ItemText.firstLine(context.src(), item);
        Checkbox box = first == null ? null : Checkbox.of(first);
        if (box == null) {
            return null;
        }
        String rest = box.rest();
        String id = null;
        Matcher m = LEADING_ID.matcher(rest);
        if (m.lookingAt()) {
            id = m.group(1) != null ? m.group(1) : m.group(2);
            rest = rest.substring(m.end()).strip();
        }
        context.put(pointer, item);
        ItemText parts = ItemText.of(context, item, pointer);
        return new ChecklistItem(
                Optional.ofNullable(id), box.done(), rest, words.ids(parts.texts()), parts.details(), parts.subItems());
    }
}
