package dev.featurespec.parser.internal;

import dev.featurespec.model.diagnostic.SourceRange;
import java.util.Arrays;
import java.util.List;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/**
 * The normalised source of one document (BOM removed, line endings {@code \n}) with its line start
 * offsets computed once, so slicing by commonmark source spans is constant time per span. Not API.
 */
public final class SourceText {
    private final String text;
    private final int[] lineStarts;
    private final int lineCount;

    /** Wraps {@code text}, which must use {@code \n} line endings only. */
    public SourceText(String text) {
        this.text = text;
        int[] starts = new int[16];
        int n = 0;
        starts[n++] = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (n == starts.length) {
                starts = Arrays.copyOf(starts, n * 2);
            }
            starts[n++] = i + 1;
        }
        this.lineStarts = starts;
        this.lineCount = n;
    }

    /** Removes a leading BOM and turns {@code \r\n} and lone {@code \r} into {@code \n}. */
    public static String normalise(String raw) {
        String s = raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
        if (s.indexOf('\r') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\r') {
                sb.append('\n');
                if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    public String text() {
        return text;
    }

    public int lineCount() {
        return lineCount;
    }

    /** Offset of the first character of 0-based line {@code line}. */
    public int lineStart(int line) {
        return lineStarts[Math.max(0, Math.min(line, lineCount - 1))];
    }

    /** Offset just past the last character of 0-based line {@code line}, excluding its newline. */
    public int lineEnd(int line) {
        if (line + 1 < lineCount) {
            return lineStarts[line + 1] - 1;
        }
        return text.length();
    }

    /** The text of 0-based line {@code line}, without its newline. */
    public String line(int line) {
        return text.substring(lineStart(line), lineEnd(line));
    }

    /** The 0-based line holding {@code offset}. */
    public int lineOf(int offset) {
        int i = Arrays.binarySearch(lineStarts, 0, lineCount, offset);
        return i >= 0 ? i : -i - 2;
    }

    /** {@code text[start, end)}, clamped to the text. */
    public String slice(int start, int end) {
        int s = Math.max(0, Math.min(start, text.length()));
        int e = Math.max(s, Math.min(end, text.length()));
        return text.substring(s, e);
    }

    /** The first source span of {@code node}, or null when it has none. */
    public static SourceSpan first(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? null : spans.get(0);
    }

    /** The last source span of {@code node}, or null when it has none. */
    public static SourceSpan last(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? null : spans.get(spans.size() - 1);
    }

    /** Offset of {@code node}'s first character, or -1. */
    public static int startOffset(Node node) {
        SourceSpan s = first(node);
        return s == null ? -1 : s.getInputIndex();
    }

    /** Offset just past {@code node}'s last character, or -1. */
    public static int endOffset(Node node) {
        SourceSpan s = last(node);
        return s == null ? -1 : s.getInputIndex() + s.getLength();
    }

    /** The source from {@code first}'s start to {@code last}'s end, as written. */
    public String raw(Node first, Node last) {
        int s = startOffset(first);
        int e = endOffset(last);
        if (s < 0 || e < 0) {
            return "";
        }
        return slice(s, e);
    }

    /** The source lines of {@code node}'s spans, each span sliced, joined with {@code \n}. */
    public String spanLines(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        if (spans.size() == 1) {
            SourceSpan s = spans.get(0);
            return slice(s.getInputIndex(), s.getInputIndex() + s.getLength());
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < spans.size(); i++) {
            SourceSpan s = spans.get(i);
            if (i > 0) {
                sb.append('\n');
            }
            sb.append(text, s.getInputIndex(), Math.min(text.length(), s.getInputIndex() + s.getLength()));
        }
        return sb.toString();
    }

    /**
     * The source from {@code first}'s start to {@code last}'s end, with the indentation of the first
     * line ({@code first}'s column) removed from every later line that has it.
     */
    public String dedented(Node first, Node last) {
        SourceSpan f = first(first);
        SourceSpan l = last(last);
        if (f == null || l == null) {
            return "";
        }
        int startLine = f.getLineIndex();
        int endLine = l.getLineIndex();
        int endOffset = l.getInputIndex() + l.getLength();
        if (startLine == endLine) {
            return slice(f.getInputIndex(), endOffset);
        }
        int indent = f.getColumnIndex();
        StringBuilder sb = new StringBuilder();
        sb.append(text, f.getInputIndex(), lineEnd(startLine));
        for (int line = startLine + 1; line <= endLine; line++) {
            int ls = lineStart(line);
            int le = line == endLine ? Math.min(endOffset, lineEnd(line)) : lineEnd(line);
            int skip = 0;
            while (skip < indent && ls + skip < le && text.charAt(ls + skip) == ' ') {
                skip++;
            }
            if (skip < indent && ls + skip < le && text.charAt(ls + skip) == '\t') {
                skip++;
            }
            sb.append('\n').append(text, ls + skip, Math.max(ls + skip, le));
        }
        return sb.toString();
    }

    /** The 1-based range of {@code first} to {@code last}, or null without spans. */
    public static SourceRange range(Node first, Node last) {
        SourceSpan f = first(first);
        SourceSpan l = last(last);
        if (f == null || l == null) {
            return null;
        }
        int endCol = l.getColumnIndex() + l.getLength() + 1;
        int startLine = f.getLineIndex() + 1;
        int endLine = Math.max(startLine, l.getLineIndex() + 1);
        int startCol = f.getColumnIndex() + 1;
        if (endLine == startLine && endCol < startCol) {
            endCol = startCol;
        }
        return SourceRange.of(startLine, startCol, endLine, endCol);
    }

    /** The 1-based range of {@code node}, or null. */
    public static SourceRange range(Node node) {
        return range(node, node);
    }

    /** The 1-based range of a whole 0-based line. */
    public SourceRange lineRange(int line) {
        int len = lineEnd(line) - lineStart(line);
        return SourceRange.of(line + 1, 1, line + 1, len + 1);
    }
}
