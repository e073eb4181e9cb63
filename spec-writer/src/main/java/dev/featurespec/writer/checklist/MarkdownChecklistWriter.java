package dev.featurespec.writer.checklist;

import dev.featurespec.model.checklist.Category;
import dev.featurespec.model.checklist.Checklist;
import dev.featurespec.model.checklist.ChecklistItem;
import dev.featurespec.writer.LineEnding;
import dev.featurespec.writer.internal.folder.FolderMarkdown;
import java.util.Objects;

/**
 * Writes a {@link Checklist} as canonical Markdown that the checklist parser reads back equal: front
 * matter, the {@code #} title, the metadata and notes under it, then the categories and the sections that
 * hold no item in their document order, each item as {@code - [x] CHK007 text} with its details and nested
 * bullets under it. Immutable and thread-safe. Writing onto the original text is the faithful writer's
 * job.
 *
 * <pre>{@code
 * String markdown = MarkdownChecklistWriter.create().write(checklist);
 * }</pre>
 */
public final class MarkdownChecklistWriter {
    private final LineEnding lineEnding;

    private MarkdownChecklistWriter(Builder b) {
        this.lineEnding = b.lineEnding;
    }

    /** A writer with the defaults (LF line endings). */
    public static MarkdownChecklistWriter create() {
        return builder().build();
    }

    /** A builder with the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** {@code checklist} as Markdown, ending with one line separator. */
    public String write(Checklist checklist) {
        Objects.requireNonNull(checklist, "checklist");
        FolderMarkdown out = new FolderMarkdown(lineEnding.chars());
        out.document(
                checklist.frontMatter(),
                checklist.title(),
                checklist.notes(),
                checklist.categories(),
                Category::heading,
                checklist.extraSections(),
                c -> category(out, c));
        return out.finish();
    }

    private static void category(FolderMarkdown out, Category category) {
        out.section(category.heading(), category.level(), category.notes(), category.items(), i -> item(out, i));
    }

    private static void item(FolderMarkdown out, ChecklistItem item) {
        out.checkboxItem(item.done(), item.id(), item.text(), item.details(), item.subItems());
    }

    /** Configures a {@link MarkdownChecklistWriter}; not thread-safe. */
    public static final class Builder {
        private LineEnding lineEnding = LineEnding.LF;

        private Builder() {}

        /** The line ending; default {@link LineEnding#LF}. */
        public Builder lineEnding(LineEnding lineEnding) {
            this.lineEnding = Objects.requireNonNull(lineEnding, "lineEnding");
            return this;
        }

        public MarkdownChecklistWriter build() {
            return new MarkdownChecklistWriter(this);
        }
    }
}
