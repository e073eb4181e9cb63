package dev.featurespec.writer.internal;

import dev.featurespec.model.Statement;
import dev.featurespec.model.document.ExtraSection;
import dev.featurespec.model.document.Note;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;

/**
 * How the feature folder's documents write what they share: headings, front matter, notes, checkbox
 * items with their details and nested bullets, and extra sections; and the interleaving of a section's
 * notes with its items by {@link Note#at()}. Not API.
 */
public final class FolderMarkdown {
    private FolderMarkdown() {}

    /** {@code ## heading} at {@code level}. */
    public static String heading(int level, String text) {
        return "#".repeat(level) + " " + text;
    }

    /** YAML front matter between {@code ---} fences. */
    public static String frontMatter(String yaml) {
        return "---\n" + yaml + "\n---";
    }

    /** A note as a block: {@code **label**: text}, or its Markdown as written. */
    public static String note(Note note) {
        return note.label()
                .map(l -> "**" + l + "**:" + (note.text().isEmpty() ? "" : " " + note.text()))
                .orElse(note.text());
    }

    /** An extra section: its heading, a blank line and its body when it has one. */
    public static void extra(MarkdownOut out, ExtraSection section) {
        out.block(heading(section.level(), section.heading()));
        if (!section.markdown().isEmpty()) {
            out.block(section.markdown());
        }
    }

    /**
     * A section body: before each item its notes ({@code at} equal to the item's index), the item, and
     * after the last item the notes standing after it (or later).
     */
    public static void body(MarkdownOut out, List<Note> notes, int items, IntConsumer item) {
        for (int i = 0; i <= items; i++) {
            for (Note n : notes) {
                if (n.at() == i || (i == items && n.at() > items)) {
                    out.block(note(n));
                }
            }
            if (i < items) {
                item.accept(i);
            }
        }
    }

    /**
     * A checkbox item: {@code - [x] ID text}, its details indented under it after a blank line, then its
     * nested bullets.
     */
    public static void checkboxItem(
            MarkdownOut out,
            boolean done,
            Optional<String> id,
            String text,
            Optional<String> details,
            List<Statement> subItems) {
        String first = "- [" + (done ? "x" : " ") + "] "
                + id.map(i -> i + (text.isEmpty() ? "" : " ")).orElse("") + text;
        out.item(indentContinuation(first.stripTrailing()));
        details.ifPresent(d -> out.under(d, "  ", true));
        if (!subItems.isEmpty()) {
            if (details.isPresent()) {
                out.blankLine();
            }
            out.under(bullets(subItems), "  ", false);
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

    /** A list item's text with its continuation lines indented to the item's content. */
    private static String indentContinuation(String text) {
        return text.replace("\n", "\n  ");
    }
}
