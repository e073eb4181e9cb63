package dev.featurespec.parser.tasks;

import dev.featurespec.model.diagnostic.Rule;
import dev.featurespec.model.tasks.Task;
import dev.featurespec.parser.internal.SourceText;
import dev.featurespec.parser.internal.folder.Checkbox;
import dev.featurespec.parser.internal.folder.CheckboxItemReader;
import dev.featurespec.parser.internal.folder.DocumentContext;
import dev.featurespec.parser.internal.folder.FolderWords;
import java.util.regex.Pattern;

/**
 * Recognises a task line, {@code - [x] T012 [P] [US2] Create …} (the id may be bold, {@code **T012**},
 * and is optional), and builds the {@link Task}; reports a list item that looks like a task but has no
 * readable checkbox ({@code [T073] …}, {@code [X]T001 …}, {@code T040 [P] …}) as FS030 and leaves it to
 * the notes.
 */
final class TaskItemReader {
    private static final String ID = "T\\d{1,9}(?:[a-z]|\\.\\d{1,9}|-\\d{1,9})?";
    // the id, bold or not, then an optional colon, then a space or the end
    private static final Pattern LEADING_ID =
            Pattern.compile("(?:\\*\\*(" + ID + ")\\*\\*|(" + ID + "))(?::)?(?:\\s+|$)");
    // what a task without a checkbox starts with: a bracketed id, or an id followed by a tag
    private static final Pattern TASK_LIKE =
            Pattern.compile("\\[" + ID + "\\].*|(?:\\*\\*)?" + ID + "(?:\\*\\*)?:?\\s+\\[.*", Pattern.DOTALL);

    private TaskItemReader() {}

    /** The reader of one parse's tasks. */
    static CheckboxItemReader<Task> create(DocumentContext context, FolderWords words) {
        return new CheckboxItemReader<>(context, words, LEADING_ID, Task::new, (first, item, pointer) -> {
            if (Checkbox.isGlued(first) || TASK_LIKE.matcher(first).matches()) {
                context.report(
                        Rule.MALFORMED_TASK,
                        quote(first) + " looks like a task but has no checkbox '- [ ] '; it is kept as a note",
                        pointer,
                        SourceText.range(item));
            }
        });
    }

    static String quote(String text) {
        String t = text.strip().replace('\n', ' ');
        return '"' + (t.length() > 60 ? t.substring(0, 59) + "…" : t) + '"';
    }
}
