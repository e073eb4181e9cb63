package dev.featurespec.parser.internal.folder;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.ListItem;

/**
 * Reads a checkbox list item, {@code - [x] ID text}, as an item of one kind (a task, a checklist item):
 * the checkbox, the id the kind's pattern finds at the start of the text, the text, the requirement ids
 * the text, details and nested bullets cite, and the details and nested bullets themselves. A list item
 * without a checkbox is not an item; it is shown to the {@link Unboxed} handler (which may report it)
 * and left to the notes. One per parse; not thread-safe. Not API.
 *
 * @param <T> the item type
 */
public final class CheckboxItemReader<T> implements SectionBody.ItemReader<T> {
    /** Sees a list item whose first line has no readable checkbox. */
    @FunctionalInterface
    public interface Unboxed {
        /** {@code first} is the item's first paragraph, {@code pointer} where the item would have gone. */
        void found(String first, ListItem item, String pointer);
    }

    private final DocumentContext context;
    private final FolderWords words;
    private final Pattern leadingId;
    private final ItemFactory<T> factory;
    private final Unboxed unboxed;

    /**
     * A reader finding ids with {@code leadingId} (group 1 a bold id, group 2 a plain one), the cited ids
     * with {@code words}, and building items with {@code factory}.
     */
    public CheckboxItemReader(
            DocumentContext context, FolderWords words, Pattern leadingId, ItemFactory<T> factory, Unboxed unboxed) {
        this.context = context;
        this.words = words;
        this.leadingId = leadingId;
        this.factory = factory;
        this.unboxed = Objects.requireNonNull(unboxed, "unboxed");
    }

    @Override
    public T read(ListItem item, String pointer) {
        String first = ItemText.firstLine(context.src(), item);
        if (first == null) {
            return null;
        }
        Checkbox box = Checkbox.of(first);
        if (box == null) {
            unboxed.found(first, item, pointer);
            return null;
        }
        String rest = box.rest();
        String id = null;
        Matcher m = leadingId.matcher(rest);
        if (m.lookingAt()) {
            id = m.group(1) != null ? m.group(1) : m.group(2);
            rest = rest.substring(m.end()).strip();
        }
        context.put(pointer, item);
        ItemText parts = ItemText.of(context, item, pointer);
        return factory.create(
                Optional.ofNullable(id), box.done(), rest, words.ids(parts.texts()), parts.details(), parts.subItems());
    }
}
