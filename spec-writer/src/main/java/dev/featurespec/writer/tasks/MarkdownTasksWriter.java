package dev.featurespec.writer.tasks;

import dev.featurespec.model.document.ExtraSection;
import dev.featurespec.model.tasks.Phase;
import dev.featurespec.model.tasks.Task;
import dev.featurespec.model.tasks.TaskGroup;
import dev.featurespec.model.tasks.TaskList;
import dev.featurespec.writer.LineEnding;
import dev.featurespec.writer.internal.folder.FolderMarkdown;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes a {@link TaskList} as canonical Markdown that the tasks parser reads back equal: front matter,
 * the {@code #} title, the notes under it, then the phases and the sections that hold no task in their
 * document order ({@link ExtraSection#after()}), each phase's notes between its tasks where {@link
 * dev.featurespec.model.document.Note#at()} puts them, and each task as {@code - [x] T012 text} with its
 * details and nested bullets under it. Canonical means: one blank line between blocks, the tasks of a
 * run on consecutive lines, {@code [x]} for done, labels as {@code **Label**: text}, ids without
 * emphasis. Immutable and thread-safe.
 *
 * <p>Writing onto the original text (keeping every byte that did not change) is not this writer's job;
 * it is the faithful writer's, which will take the parsed document and its source map.
 *
 * <pre>{@code
 * String markdown = MarkdownTasksWriter.create().write(taskList);
 * String windows = MarkdownTasksWriter.builder().lineEnding(LineEnding.CRLF).build().write(taskList);
 * }</pre>
 */
public final class MarkdownTasksWriter {
    private final LineEnding lineEnding;

    private MarkdownTasksWriter(Builder b) {
        this.lineEnding = b.lineEnding;
    }

    /** A writer with the defaults (LF line endings). */
    public static MarkdownTasksWriter create() {
        return builder().build();
    }

    /** A builder with the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** {@code tasks} as Markdown, ending with one line separator. */
    public String write(TaskList tasks) {
        Objects.requireNonNull(tasks, "tasks");
        FolderMarkdown out = new FolderMarkdown(lineEnding.chars());
        out.document(
                tasks.frontMatter(),
                tasks.title(),
                tasks.notes(),
                tasks.phases(),
                Phase::heading,
                tasks.extraSections(),
                p -> phase(out, p));
        return out.finish();
    }

    private static void phase(FolderMarkdown out, Phase phase) {
        out.section(phase.heading(), phase.level(), phase.notes(), phase.tasks(), t -> task(out, t));
        for (TaskGroup g : phase.groups()) {
            out.section(Optional.of(g.heading()), g.level(), g.notes(), g.tasks(), t -> task(out, t));
        }
    }

    private static void task(FolderMarkdown out, Task task) {
        out.checkboxItem(task.done(), task.id(), task.text(), task.details(), task.subItems());
    }

    /** Configures a {@link MarkdownTasksWriter}; not thread-safe. */
    public static final class Builder {
        private LineEnding lineEnding = LineEnding.LF;

        private Builder() {}

        /** The line ending; default {@link LineEnding#LF}. */
        public Builder lineEnding(LineEnding lineEnding) {
            this.lineEnding = Objects.requireNonNull(lineEnding, "lineEnding");
            return this;
        }

        public MarkdownTasksWriter build() {
            return new MarkdownTasksWriter(this);
        }
    }
}
