package dev.featurespec.parser.internal.markdown;

import dev.featurespec.parser.internal.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.commonmark.node.Document;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.Parser;

/**
 * Parses a large document with commonmark in pieces that end where a top-level heading starts, and hands
 * each piece to the {@link DocumentReader} ({@link DocumentReader#readPiece}) before the next piece is
 * parsed, so that commonmark's tree of the whole document (about twelve times the text) is never alive at
 * once. The reader sees the same blocks, at the same positions, as from one parse of the whole text.
 *
 * <p>Why a piece may end before a heading line: commonmark reads a document line by line, and what it
 * makes of a line depends only on the blocks open before it. A line that commonmark reads as an ATX
 * heading of the document itself (not inside a list, quote, fenced code, HTML block or table) closes every
 * open block, so what follows is parsed exactly as in a document that starts with that heading. Where a
 * piece ends is not decided by looking at the Markdown here: a piece is parsed together with the heading
 * line that may follow it, and it ends there only when commonmark read that line as a top-level heading
 * at column 0; otherwise the piece grows and is parsed again. Link reference definitions are
 * document-wide in CommonMark, but only the inline parser looks them up, and the parser runs
 * commonmark with an inline parser that keeps spans only ({@link
 * dev.featurespec.parser.internal.SpanOnlyInlineParser}), so no piece reads differently for a
 * definition in another. Each piece's source spans are moved to the whole document's lines and offsets
 * before its blocks are read.
 *
 * <p>The reader may need to see past a piece: a heading in words no language gives is read by what
 * follows it, up to the end of the document ({@link ContentRecognizer}). A piece the reader cannot read
 * alone ({@code standsAlone} is false) is parsed again with the whole rest of the document, which is then
 * read in one piece, as before. Not API.
 */
public final class TopLevelChunks {
    /**
     * When to parse in pieces: texts longer than {@code aboveChars} characters, in pieces of at least
     * {@code chunkChars} characters (a piece ends at the first top-level heading past that length).
     *
     * @param aboveChars texts up to this length are parsed whole
     * @param chunkChars the least length of a piece, at least 1
     */
    public record Policy(int aboveChars, int chunkChars) {
        /**
         * The parser's default: pieces of 256 KiB for texts over 1 MiB. commonmark's tree of a piece then
         * stays well inside the young generation of a default heap, and the parse of every spec smaller
         * than that goes the one-piece way it always did.
         */
        public static final Policy DEFAULT = new Policy(1 << 20, 1 << 18);

        public Policy {
            if (aboveChars < 0 || chunkChars < 1) {
                throw new IllegalArgumentException("chunking policy out of range: " + aboveChars + ", " + chunkChars);
            }
        }
    }

    private TopLevelChunks() {}

    /**
     * Parses {@code text} with {@code commonmark}, in pieces when {@code policy} says so, and gives each
     * piece to {@code pieces} in document order, its source spans those of the whole text; returns the
     * number of pieces. A piece for which {@code standsAlone} is false is not given: the rest of the text
     * from its start is parsed and given whole. {@code src} is the source whose lines and offsets {@code
     * text} shares (the text may have its front matter blanked out).
     */
    public static int read(
            Parser commonmark,
            String text,
            SourceText src,
            Policy policy,
            Predicate<Document> standsAlone,
            Consumer<Document> pieces) {
        int count = 0;
        int start = 0;
        int want = policy.chunkChars();
        if (text.length() > policy.aboveChars()) {
            while (text.length() - start > want) {
                int split = headingLike(text, start + want);
                if (split < 0) {
                    break;
                }
                int end = text.indexOf('\n', split);
                Document piece = (Document) commonmark.parse(text.substring(start, end < 0 ? text.length() : end));
                int startLine = src.lineOf(start);
                Node sentinel = piece.getLastChild();
                if (startsAtColumn0(sentinel, src.lineOf(split) - startLine)) {
                    sentinel.unlink();
                    shift(piece, startLine, start);
                    if (!standsAlone.test(piece)) {
                        break;
                    }
                    pieces.accept(piece);
                    count++;
                    start = split;
                    want = policy.chunkChars();
                } else {
                    // the line continues a block (fenced code, HTML, a table): try a piece twice as long,
                    // so that parsing again costs at most as much as the piece itself
                    want = Math.max(want, (split - start) * 2);
                }
            }
        }
        Document rest = (Document) commonmark.parse(start == 0 ? text : text.substring(start));
        shift(rest, src.lineOf(start), start);
        pieces.accept(rest);
        return count + 1;
    }

    /** True when {@code node} is a heading at column 0 of the piece's 0-based line {@code line}. */
    private static boolean startsAtColumn0(Node node, int line) {
        if (!(node instanceof Heading)) {
            return false;
        }
        SourceSpan first = SourceText.first(node);
        return first != null && first.getLineIndex() == line && first.getColumnIndex() == 0;
    }

    /**
     * The offset of the first line starting at or after {@code from} that begins with one to six {@code #}
     * and then a space, a tab or its end, or -1. Only a guess at where a piece may end: commonmark decides.
     */
    static int headingLike(String text, int from) {
        int line = from;
        if (from > 0 && text.charAt(from - 1) != '\n') {
            int nl = text.indexOf('\n', from);
            if (nl < 0) {
                return -1;
            }
            line = nl + 1;
        }
        while (line < text.length()) {
            int hashes = 0;
            while (hashes < 7 && line + hashes < text.length() && text.charAt(line + hashes) == '#') {
                hashes++;
            }
            int after = line + hashes;
            char c = after < text.length() ? text.charAt(after) : '\n';
            if (hashes >= 1 && hashes <= 6 && (c == ' ' || c == '\t' || c == '\n')) {
                return line;
            }
            int nl = text.indexOf('\n', line);
            if (nl < 0) {
                return -1;
            }
            line = nl + 1;
        }
        return -1;
    }

    /**
     * Moves the source spans of every node under {@code root} down by {@code lines} lines and {@code
     * chars} characters: a piece's spans count from its own start. Iterative, for any nesting depth.
     */
    static void shift(Node root, int lines, int chars) {
        if (lines == 0 && chars == 0) {
            return;
        }
        Node n = root.getFirstChild();
        while (n != null) {
            List<SourceSpan> spans = n.getSourceSpans();
            if (!spans.isEmpty()) {
                List<SourceSpan> moved = new ArrayList<>(spans.size());
                for (SourceSpan s : spans) {
                    moved.add(SourceSpan.of(
                            s.getLineIndex() + lines, s.getColumnIndex(), s.getInputIndex() + chars, s.getLength()));
                }
                n.setSourceSpans(moved);
            }
            if (n.getFirstChild() != null) {
                n = n.getFirstChild();
                continue;
            }
            while (n != root && n.getNext() == null) {
                n = n.getParent();
            }
            n = n == root ? null : n.getNext();
        }
    }
}
