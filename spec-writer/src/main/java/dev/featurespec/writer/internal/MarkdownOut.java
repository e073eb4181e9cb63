package dev.featurespec.writer.internal;

/**
 * Low-level Markdown output for the feature folder's documents: blocks separated by one blank line, list
 * items of one list on consecutive lines, each line ended by the line separator given at construction
 * (texts may hold {@code \n}; they are split into lines). Knows nothing of tasks or checklists. One per
 * write; not thread-safe. Not API.
 */
public final class MarkdownOut {
    private final String eol;
    private final StringBuilder sb = new StringBuilder();
    private boolean started;
    private boolean lastWasItem;

    /** Output ending lines with {@code eol} ({@code \n} or {@code \r\n}). */
    public MarkdownOut(String eol) {
        this.eol = eol;
    }

    /** A block: a blank line before it unless it is the first. */
    public MarkdownOut block(String markdown) {
        separate(false);
        lines(markdown, "");
        lastWasItem = false;
        return this;
    }

    /** A list item: right under the item before it, else after a blank line. */
    public MarkdownOut item(String markdown) {
        separate(lastWasItem);
        lines(markdown, "");
        lastWasItem = true;
        return this;
    }

    /** Lines under the current block or item, each after {@code indent}, after a blank line when {@code gap}. */
    public MarkdownOut under(String markdown, String indent, boolean gap) {
        if (gap) {
            sb.append(eol);
        }
        lines(markdown, indent);
        return this;
    }

    /** An empty line under the current block or item. */
    public MarkdownOut blankLine() {
        sb.append(eol);
        return this;
    }

    private void separate(boolean tight) {
        if (started && !tight) {
            sb.append(eol);
        }
        started = true;
    }

    private void lines(String text, String indent) {
        for (String line : text.split("\n", -1)) {
            if (!line.isEmpty()) {
                sb.append(indent).append(line);
            }
            sb.append(eol);
        }
    }

    /** The text written; ends with one line separator (empty when nothing was written). */
    @Override
    public String toString() {
        return sb.toString();
    }
}
