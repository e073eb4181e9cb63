package dev.featurespec.parser.internal.folder;

import dev.featurespec.model.document.Note;
import dev.featurespec.parser.internal.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/**
 * Reads the blocks under one heading into typed items (tasks, checklist items) and {@link Note}s for
 * everything else, each note knowing how many items precede it. A list may mix items and plain bullets:
 * each run of plain bullets becomes one note, as written. A paragraph of labelled lines becomes one
 * labelled note per line. Which list items are items is the {@link ItemReader}'s call. Not API.
 *
 * @param items the items, in order
 * @param notes the notes, in order, each with its {@link Note#at()}
 * @param <T> the item type
 */
public record SectionBody<T>(List<T> items, List<Note> notes) {

    /** Reads one kind of item. */
    public interface ItemReader<T> {
        /**
         * The item {@code item} holds, recorded at {@code pointer}; null when the list item is not one (it
         * then stays in a note).
         */
        T read(ListItem item, String pointer);
    }

    /** Where the items and notes read go in the JSON tree, for the source map. */
    public interface Pointers {
        /** The pointer of the item with index {@code index}. */
        String item(int index);

        /** The pointer of the next note, which stands after {@code at} items. */
        String note(int at);

        /** Items at {@code base/itemKey/i}, notes at {@code base/notes/k}. */
        static Pointers under(String base, String itemKey) {
            int[] notes = {0};
            return new Pointers() {
                @Override
                public String item(int index) {
                    return base + "/" + itemKey + "/" + index;
                }

                @Override
                public String note(int at) {
                    return base + "/notes/" + notes[0]++;
                }
            };
        }
    }

    /** The notes before the first item. */
    public List<Note> leading() {
        return notes.stream().filter(n -> n.at() == 0).toList();
    }

    /** The notes after the first item. */
    public List<Note> trailing() {
        return notes.stream().filter(n -> n.at() > 0).toList();
    }

    /** Reads {@code blocks}, recording where each item and note came from at the pointers given. */
    public static <T> SectionBody<T> read(
            DocumentContext context, List<Node> blocks, Pointers pointers, ItemReader<T> reader) {
        List<T> items = new ArrayList<>();
        List<Note> notes = new ArrayList<>();
        SourceText src = context.src();
        for (Node block : blocks) {
            if (block instanceof ListBlock list) {
                Node runFirst = null;
                Node runLast = null;
                for (Node n = list.getFirstChild(); n != null; n = n.getNext()) {
                    T item = n instanceof ListItem li ? reader.read(li, pointers.item(items.size())) : null;
                    if (item == null) {
                        runFirst = runFirst == null ? n : runFirst;
                        runLast = n;
                        continue;
                    }
                    if (runFirst != null) {
                        bullets(context, notes, pointers, runFirst, runLast, items.size());
                        runFirst = null;
                    }
                    items.add(item);
                }
                if (runFirst != null) {
                    bullets(context, notes, pointers, runFirst, runLast, items.size());
                }
            } else if (block instanceof Paragraph p) {
                String text = BlockText.block(src, p);
                List<LabelLines.Labelled> labels = LabelLines.of(text);
                if (labels.isEmpty()) {
                    note(context, notes, pointers, Note.of(text).at(items.size()), p, p);
                } else {
                    for (LabelLines.Labelled l : labels) {
                        note(context, notes, pointers, new Note(Optional.of(l.label()), l.text(), items.size()), p, p);
                    }
                }
            } else {
                String text = BlockText.block(src, block);
                if (!text.isBlank()) {
                    note(context, notes, pointers, Note.of(text).at(items.size()), block, block);
                }
            }
        }
        return new SectionBody<>(List.copyOf(items), List.copyOf(notes));
    }

    /** A run of plain bullets, {@code first} to {@code last}, as one note after {@code at} items. */
    private static void bullets(
            DocumentContext context, List<Note> notes, Pointers pointers, Node first, Node last, int at) {
        note(
                context,
                notes,
                pointers,
                Note.of(BlockText.run(context.src(), first, last)).at(at),
                first,
                last);
    }

    private static void note(
            DocumentContext context, List<Note> notes, Pointers pointers, Note note, Node first, Node last) {
        context.put(pointers.note(note.at()), SourceText.range(first, last));
        notes.add(note);
    }
}
