package dev.featurespec.parser.tasks;

import dev.featurespec.model.diagnostic.Rule;
import dev.featurespec.model.tasks.Task;
import dev.featurespec.parser.internal.SourceText;
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
 * Recognises a task line, {@code - [x] T012 [P] [US2] Create …} (the id may be bold, {@code **T012**},
 * and is optional), and builds the {@link Task}; reports a list item that looks like a task but has no
 * readable checkbox ({@code [T073] …}, {@code [X]T001 …}, {@code T040 [P] …}) as FS030 and leaves it to
 * the notes. One per parse.
 */
final class TaskItemReader implements SectionBody.ItemReader<Task> {
    private static final String ID = "T\\d{1,9}(?:[a-z]|\\.\\d{1,9}|-\\d{1,9})?";
    // the id, bold or not, then an optional colon, then a space or the end
    private static final Pattern LEADING_ID =
            Pattern.compile("(?:\\*\\*(" + ID + ")\\*\\*|(" + ID + "))(?::)?(?:\\s+|$)");
    // what a task without a checkbox starts with: a bracketed id, or an id followed by a tag
    private static final Pattern TASK_LIKE =
            Pattern.compile("\\[" + ID + "\\].*|(?:\\*\\*)?" + ID + "(?:\\*\\*)?:?\\s+\\[.*", Pattern.DOTALL);

    private final DocumentContext context;
    private final FolderWords words;

    TaskItemReader(DocumentContext context, FolderWords words) {
        this.context = context;
        this.words = words;
    }

    @Override
    public Task read(ListItem item, String pointer) {
        String first = ItemText.firstLine(context.src(), item);
        if (first == null) {
            return null;
        }
        Checkbox box = Checkbox.of(first);
        if (box == null) {
            if (Checkbox.isGlued(first) || TASK_LIKE.matcher(first).matches()) {
                context.report(
                        Rule.MALFORMED_TASK,
                        quote(first) + " looks like a task but has no checkbox '- [ ] '; it is kept as a note",
                        pointer,
                        SourceText.range(item));
            }
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
        return new Task(
                Optional.ofNullable(id), box.done(), rest, words.ids(parts.texts()), parts.details(), parts.subItems());
    }

    static String quote(String text) {
        String t = text.strip().replace('\n', ' ');
        return '"' + (t.length() > 60 ? t.substring(0, 59) + "…" : t) + '"';
    }
}
