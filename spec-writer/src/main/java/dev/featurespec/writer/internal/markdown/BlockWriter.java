package dev.featurespec.writer.internal.markdown;

import dev.featurespec.model.template.internal.LineStarts;
import java.util.List;
import java.util.Objects;

/**
 * Low-level Markdown output: blocks separated by one blank line, list items whose further lines are
 * indented to the item's content, paragraphs whose further lines are kept from starting a block, ATX
 * headings and GFM table rows. Every line ends with the line separator given to the constructor; a
 * {@code \n} inside a text written here is a line break of the document, written as that separator.
 * The writer knows Markdown, not the template: what goes in which block is the caller's business.
 *
 * <p>Texts are written as they are (they hold Markdown source); the only change made to one is a
 * backslash before a line of a {@linkplain #continued(String) continued} text that would otherwise start
 * a block ({@link LineStarts}).
 *
 * <pre>{@code
 * BlockWriter out = new BlockWriter(new StringBuilder(), "\r\n");
 * out.heading(2, "Assumptions");
 * out.block().item("- ", "One\nTwo");
 * out.line().item("- ", "Three");
 * out.end();   // "## Assumptions\r\n\r\n- One\r\n  Two\r\n- Three\r\n"
 * }</pre>
 *
 * <p>Not thread-safe; one writer writes one document (or one fragment of one).
 */
public final class BlockWriter {
    private final StringBuilder out;
    private final String separator;
    /** Where this writer's document starts in {@link #out}. */
    private final int start;

    /** A writer appending to {@code out} (after what it already holds), ending lines with {@code lineSeparator}. */
    public BlockWriter(StringBuilder out, String lineSeparator) {
        this.out = Objects.requireNonNull(out, "out must not be null");
        this.separator = Objects.requireNonNull(lineSeparator, "lineSeparator must not be null");
        this.start = out.length();
    }

    /** The characters that end each line. */
    public String lineSeparator() {
        return separator;
    }

    /** True when nothing has been written yet. */
    public boolean isEmpty() {
        return out.length() == start;
    }

    /** What has been written so far. */
    @Override
    public String toString() {
        return out.substring(start);
    }

    /**
     * Starts a block: ends the current line and leaves one blank line, unless nothing has been written
     * yet. Each call starts a block, even when the one before it stayed empty.
     */
    public BlockWriter block() {
        if (!isEmpty()) {
            out.append(separator).append(separator);
        }
        return this;
    }

    /** Ends the current line: what comes next starts the following line of the same block. */
    public BlockWriter line() {
        out.append(separator);
        return this;
    }

    /**
     * Starts the item at {@code index} (0-based) of a list: the first item starts a block, each further
     * one a line of that block, or a block of its own in a {@code loose} list.
     */
    public BlockWriter nextItem(int index, boolean loose) {
        return index == 0 || loose ? block() : line();
    }

    /** Ends the document: one line separator after the last block, none after an empty document. */
    public void end() {
        if (!isEmpty()) {
            out.append(separator);
        }
    }

    /** Writes {@code text} as it is, each {@code \n} in it as the line separator. */
    public BlockWriter raw(String text) {
        int from = 0;
        for (int nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', from)) {
            out.append(text, from, nl).append(separator);
            from = nl + 1;
        }
        out.append(text, from, text.length());
        return this;
    }

    /** Writes {@code n} copies of {@code c}. */
    public BlockWriter repeat(char c, int n) {
        for (int i = 0; i < n; i++) {
            out.append(c);
        }
        return this;
    }

    /** Starts a block holding an ATX heading: {@code level} number signs, a space and {@code text}. */
    public BlockWriter heading(int level, String text) {
        block().repeat('#', level);
        out.append(' ');
        return raw(text);
    }

    /**
     * Writes a list item on the current line: {@code marker}, then {@code text}, its further lines indented
     * to the item's content column (the width of {@code marker}) and blank ones left empty. The text goes
     * in as it is: whatever Markdown it holds (a nested list, a quote) stays inside the item. An empty
     * text is the marker alone, without its trailing space.
     */
    public BlockWriter item(String marker, String text) {
        if (text.isEmpty()) {
            out.append(marker.stripTrailing()); // an empty item: no trailing space
            return this;
        }
        out.append(marker);
        return lines(text, marker.length(), false);
    }

    /**
     * Writes {@code text} on the current line, its further lines escaped where they would start a block
     * and so end the paragraph the text belongs to (a backslash before {@code # x}, {@code - x}, {@code
     * 1. x}, …); blank lines are left empty.
     */
    public BlockWriter continued(String text) {
        return lines(text, 0, true);
    }

    /** A GFM table row on the current line: {@code | a | b |}, the cells as given (see {@link #cell}). */
    public BlockWriter tableRow(List<String> cells) {
        out.append('|');
        for (String c : cells) {
            out.append(' ');
            raw(c);
            out.append(" |");
        }
        return this;
    }

    /** A GFM table's delimiter row on the current line: {@code |----|---|}, one cell of each width. */
    public BlockWriter tableDelimiter(int... widths) {
        out.append('|');
        for (int w : widths) {
            repeat('-', w);
            out.append('|');
        }
        return this;
    }

    /**
     * {@code text} as a table cell: on one line (line breaks become spaces), trimmed, with each {@code |}
     * not already escaped escaped.
     */
    public static String cell(String text) {
        String t = normalize(text).replace("\n", " ");
        StringBuilder b = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '|' && (i == 0 || t.charAt(i - 1) != '\\')) {
                b.append('\\');
            }
            b.append(c);
        }
        return b.toString();
    }

    /** Text with CRLF and CR made LF and surrounding blank lines and spaces removed. */
    public static String normalize(String text) {
        String t = text.indexOf('\r') >= 0 ? text.replace("\r\n", "\n").replace('\r', '\n') : text;
        return t.strip();
    }

    /** {@code text}'s first line as it is, each further one indented by {@code indent} spaces or left empty. */
    private BlockWriter lines(String text, int indent, boolean escape) {
        int nl = text.indexOf('\n');
        if (nl < 0) {
            out.append(text);
            return this;
        }
        out.append(text, 0, nl);
        int from = nl + 1;
        while (true) {
            int next = text.indexOf('\n', from);
            String line = next < 0 ? text.substring(from) : text.substring(from, next);
            out.append(separator);
            if (!line.isBlank()) {
                repeat(' ', indent);
                out.append(escape ? escapeLine(line) : line);
            }
            if (next < 0) {
                return this;
            }
            from = next + 1;
        }
    }

    /** {@code line} with a backslash before its first non-blank character when it would start a block. */
    private static String escapeLine(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return i == 0 ? LineStarts.escape(line) : line.substring(0, i) + LineStarts.escape(line.substring(i));
    }
}
