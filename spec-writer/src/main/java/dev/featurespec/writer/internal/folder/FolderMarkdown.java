package dev.featurespec.writer.internal.folder;

import dev.featurespec.model.Statement;
import dev.featurespec.model.document.ExtraSection;
import dev.featurespec.model.document.Note;
import dev.featurespec.writer.internal.markdown.BlockWriter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * How the feature folder's documents are written as Markdown, on a {@link BlockWriter}: headings, front
 * matter, notes, checkbox items with their details and nested bullets, and extra sections; the
 * interleaving of a section's notes with its items by {@link Note#at()}; the items of one run on
 * consecutive lines. One per write; not thread-safe. Not API.
 */
public final class FolderMarkdown {
    private static final String ITEM_INDENT = "  ";

    private final BlockWriter out;
    private boolean lastWasItem;

    /** Output ending lines with {@code lineSeparator} ({@code \n} or {@code \r\n}). */
    public FolderMarkdown(String lineSeparator) {
        this.out = new BlockWriter(new StringBuilder(), lineSeparator);
    }

    /**
     * A whole document: front matter, the {@code #} title unless empty, the notes under it, then its typed
     * sections, each written by {@code section}, with the extra sections placed between them by {@link
     * ExtraSection#after()}. A first section without a heading (items written before any heading) stays
     * before every heading.
     */
    public <S> void document(
            Optional<String> frontMatter,
            String title,
            List<Note> notes,
            List<S> sections,
            Function<S, Optional<String>> heading,
            List<ExtraSection> extras,
            Consumer<S> section) {
        frontMatter.ifPresent(this::frontMatter);
        if (!title.isEmpty()) {
            heading(1, title);
        }
        notes.forEach(this::note);
        int from = 0;
        if (!sections.isEmpty() && heading.apply(sections.get(0)).isEmpty()) {
            section.accept(sections.get(0));
            from = 1;
        }
        for (int i = from; i <= sections.size(); i++) {
            for (ExtraSection x : extras) {
                if (x.after() == i || (i == from && x.after() < from) || (i == sections.size() && x.after() > i)) {
                    extra(x);
                }
            }
            if (i < sections.size()) {
                section.accept(sections.get(i));
            }
        }
    }

    /** A block of Markdown, written as it is. */
    public void block(String markdown) {
        out.block().raw(markdown);
        lastWasItem = false;
    }

    /** {@code ## heading} at {@code level}. */
    public void heading(int level, String text) {
        block("#".repeat(level) + " " + text);
    }

    /** YAML front matter between {@code ---} fences. */
    public void frontMatter(String yaml) {
        block("---\n" + yaml + "\n---");
    }

    /** A note as a block: {@code **label**: text}, or its Markdown as written. */
    public void note(Note note) {
        block(note.label()
                .map(l -> "**" + l + "**:" + (note.text().isEmpty() ? "" : " " + note.text()))
                .orElse(note.text()));
    }

    /** An extra section: its heading, a blank line and its body when it has one. */
    public void extra(ExtraSection section) {
        heading(section.level(), section.heading());
        if (!section.markdown().isEmpty()) {
            block(section.markdown());
        }
    }

    /**
     * A section holding items (a category, a phase, a group): its heading at {@code level} when it has one,
     * then before each item its notes ({@code at} equal to the item's index), the item written by {@code
     * item}, and after the last item the notes standing after it (or later).
     */
    public <T> void section(Optional<String> heading, int level, List<Note> notes, List<T> items, Consumer<T> item) {
        heading.ifPresent(h -> heading(level, h));
        for (int i = 0; i <= items.size(); i++) {
            for (Note n : notes) {
                if (n.at() == i || (i == items.size() && n.at() > items.size())) {
                    note(n);
                }
            }
            if (i < items.size()) {
                item.accept(items.get(i));
            }
        }
    }

    /**
     * A checkbox item: {@code - [x] ID text} right under the item before it (else after a blank line), its
     * details indented under it after a blank line, then its nested bullets.
     */
    public void checkboxItem(
            boolean done, Optional<String> id, String text, Optional<String> details, List<Statement> subItems) {
        String first = "- [" + (done ? "x" : " ") + "] "
                + id.map(i -> i + (text.isEmpty() ? "" : " ")).orElse("") + text;
        (lastWasItem ? out.line() : out.block()).raw(first.stripTrailing().replace("\n", "\n" + ITEM_INDENT));
        lastWasItem = true;
        details.ifPresent(d -> under(d, true));
        if (!subItems.isEmpty()) {
            under(bullets(subItems), details.isPresent());
        }
    }

    /** Ends the document and returns it: one line separator after the last line, nothing when empty. */
    public String finish() {
        out.end();
        return out.toString();
    }

    /** Lines under the current item, indented to its content, after a blank line when {@code gap}. */
    private void under(String markdown, boolean gap) {
        out.line();
        if (gap) {
            out.line();
        }
        String[] lines = markdown.split("\n", -1);
        for (int l = 0; l < lines.length; l++) {
            if (l > 0) {
                out.line();
            }
            if (!lines[l].isEmpty()) {
                out.raw(ITEM_INDENT + lines[l]);
            }
        }
    }

    /** Nested bullets, each level two spaces deeper, texts of several lines aligned under their bullet. */
    static String bullets(List<Statement> roots) {
        StringBuilder sb = new StringBuilder();
        record Frame(Statement statement, int depth) {}
        Deque<Frame> stack = new ArrayDeque<>();
        for (int i = roots.size() - 1; i >= 0; i--) {
            stack.push(new Frame(roots.get(i), 0));
        }
        while (!stack.isEmpty()) {
            Frame f = stack.pop();
            String indent = "  ".repeat(f.depth());
            String[] lines = f.statement().text().split("\n", -1);
            for (int l = 0; l < lines.length; l++) {
                if (sb.length() > 0) {
                    sb.append('\n');
                }
                if (l == 0) {
                    sb.append(indent).append("- ").append(lines[0]);
                } else if (!lines[l].isEmpty()) {
                    sb.append(indent).append("  ").append(lines[l]);
                }
            }
            List<Statement> children = f.statement().children();
            for (int i = children.size() - 1; i >= 0; i--) {
                stack.push(new Frame(children.get(i), f.depth() + 1));
            }
        }
        return sb.toString();
    }
}
