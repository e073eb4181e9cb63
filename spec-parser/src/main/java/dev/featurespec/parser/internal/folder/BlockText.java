package dev.featurespec.parser.internal.folder;

import dev.featurespec.parser.internal.SourceText;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;

/** The source text of commonmark blocks, sliced by their source spans. Not API. */
public final class BlockText {
    private BlockText() {}

    /** A heading's inline source, trimmed: {@code Phase 1: Setup} for {@code ## Phase 1: Setup ##}. */
    public static String heading(SourceText src, Heading h) {
        Node first = h.getFirstChild();
        while (first != null && first.getSourceSpans().isEmpty()) {
            first = first.getNext();
        }
        if (first == null) {
            return "";
        }
        Node last = h.getLastChild();
        while (last != null && last.getSourceSpans().isEmpty()) {
            last = last.getPrevious();
        }
        return src.raw(first, last).strip();
    }

    /** A block's source as written, indentation of later lines removed, trailing blank space trimmed. */
    public static String block(SourceText src, Node block) {
        return src.dedented(block, block).stripTrailing();
    }

    /**
     * The source of a run of sibling blocks from {@code first} to {@code last}, as written, with the
     * indentation of the first line removed from later lines and trailing blank space trimmed.
     */
    public static String run(SourceText src, Node first, Node last) {
        return src.dedented(first, last).stripTrailing();
    }

    /**
     * The source between the end of {@code heading}'s line and {@code endOffset} (exclusive), blank lines
     * at both ends removed: a section's body, sub-headings and all.
     */
    public static String body(SourceText src, Heading heading, int endOffset) {
        int headingEnd = SourceText.endOffset(heading);
        if (headingEnd < 0) {
            return "";
        }
        int line = src.lineOf(Math.max(0, headingEnd - 1));
        int start = line + 1 < src.lineCount()
                ? src.lineStart(line + 1)
                : src.text().length();
        if (start >= endOffset) {
            return "";
        }
        String body = src.slice(start, endOffset);
        int from = 0;
        // drop whole blank lines at the start, keep the first non-blank line's indentation
        while (from < body.length()) {
            int nl = body.indexOf('\n', from);
            String lineText = nl < 0 ? body.substring(from) : body.substring(from, nl);
            if (!lineText.isBlank() || nl < 0) {
                break;
            }
            from = nl + 1;
        }
        return body.substring(from).stripTrailing();
    }
}
