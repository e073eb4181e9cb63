package dev.featurespec.model.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Linear scans over Markdown inline source that the model needs for its derived values. The model
 * module does not depend on a Markdown parser, so these scans look only for the few tokens the model
 * derives facts from: backtick code spans here, {@code [NEEDS CLARIFICATION: …]} markers in {@link
 * ClarificationMarkers}. Every scan is linear in the length of its input, whatever the input holds. Not
 * API.
 */
public final class InlineText {
    private InlineText() {}

    /**
     * The contents of the backtick code spans in {@code text}, in order, following the CommonMark
     * rule that a span opens and closes with backtick strings of equal length. Contents are stripped
     * of one leading and trailing space as CommonMark does.
     */
    public static List<String> codeSpans(String text) {
        int[] ranges = codeSpanRanges(text);
        List<String> spans = new ArrayList<>(ranges.length / 2);
        for (int k = 0; k < ranges.length; k += 2) {
            spans.add(codeSpan(text, ranges[k], ranges[k + 1]));
        }
        return spans;
    }

    /**
     * The code span whose raw content is {@code text[start, end)}, as {@link #codeSpans} gives it:
     * line feeds read as spaces, one leading and trailing space stripped.
     */
    public static String codeSpan(String text, int start, int end) {
        String content = text.substring(start, end).replace('\n', ' ');
        if (content.length() >= 2 && content.startsWith(" ") && content.endsWith(" ") && !content.isBlank()) {
            content = content.substring(1, content.length() - 1);
        }
        return content;
    }

    /**
     * {@code codeSpan(text, start, end).strip()}, with one copy instead of three: the one-space
     * trimming and the line feeds read as spaces change nothing that {@link String#strip()} keeps, but
     * the line feeds inside.
     */
    public static String strippedCodeSpan(String text, int start, int end) {
        int a = start;
        while (a < end && Character.isWhitespace(text.charAt(a))) {
            a++;
        }
        int b = end;
        while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
            b--;
        }
        String t = text.substring(a, b);
        return t.indexOf('\n') >= 0 ? t.replace('\n', ' ') : t;
    }

    /**
     * The first character of {@code text[start, end)} that is not whitespace, or {@code -1}: the
     * first character of the {@linkplain #codeSpan code span}, stripped. Lets callers skip spans
     * without building them.
     */
    public static int firstNonWhitespace(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                return Character.isHighSurrogate(c) ? text.codePointAt(i) : c;
            }
        }
        return -1;
    }

    /**
     * Where the raw contents of the code spans of {@code text} stand: {@code [start0, end0, start1,
     * end1, …]}, in order; {@link #codeSpan(String, int, int)} makes each span's text.
     */
    public static int[] codeSpanRanges(String text) {
        int length = text.length();
        if (text.indexOf('`') < 0) {
            return NONE;
        }
        // collect the backtick runs once (start, length); a run closes at the next run of the same length
        int[] runs = new int[8];
        int count = 0;
        int longest = 0;
        int backslash = text.indexOf('\\');
        int i = 0;
        while (i < length) {
            // jump to the next backtick; a backslash before it escapes the character after the backslash
            int tick = text.indexOf('`', i);
            if (tick < 0) {
                break;
            }
            if (backslash >= 0 && backslash < i) {
                backslash = text.indexOf('\\', i);
            }
            if (backslash >= 0 && backslash < tick) {
                i = backslash + 2;
                continue;
            }
            int start = tick;
            i = tick;
            while (i < length && text.charAt(i) == '`') {
                i++;
            }
            if (2 * count + 2 > runs.length) {
                runs = Arrays.copyOf(runs, runs.length * 2);
            }
            runs[2 * count] = start;
            runs[2 * count + 1] = i - start;
            longest = Math.max(longest, i - start);
            count++;
        }
        int[] ranges = new int[count];
        int found = 0;
        if (longest == 1) {
            // single backticks only (the usual case): each run closes at the next one
            for (int r = 0; r + 1 < count; r += 2) {
                ranges[found++] = runs[2 * r] + 1;
                ranges[found++] = runs[2 * r + 2];
            }
            return found == ranges.length ? ranges : Arrays.copyOf(ranges, found);
        }
        // per run length, the index of the first run at or after which a run of that length may stand;
        // it only moves forward, so all searches together stay linear
        int[] cursor = new int[longest + 1];
        int r = 0;
        while (r < count) {
            int open = runs[2 * r];
            int openLength = runs[2 * r + 1];
            int close = Math.max(r + 1, cursor[openLength]);
            while (close < count && runs[2 * close + 1] != openLength) {
                close++;
            }
            cursor[openLength] = close;
            if (close >= count) {
                r++;
                continue;
            }
            // a span takes two runs, so at most count / 2 spans: their 2 ints fit in count
            ranges[found++] = open + openLength;
            ranges[found++] = runs[2 * close];
            r = close + 1;
        }
        return found == ranges.length ? ranges : Arrays.copyOf(ranges, found);
    }

    private static final int[] NONE = {};
}
