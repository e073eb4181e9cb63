package dev.featurespec.model.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds Spec Kit's {@code [NEEDS CLARIFICATION: …]} markers in a text: where each stands and the
 * question it holds. This is the one marker finder of the model: {@code Requirement.clarificationsNeeded},
 * {@code FeatureSpec.openClarifications}, FS109 and FS110 all use it. Not API.
 *
 * <p>A marker is {@code [NEEDS CLARIFICATION}, then nothing or a colon and the question, then {@code ]}.
 * These are not markers:
 *
 * <ul>
 *   <li>one without a closing bracket, or interrupted by another {@code [} before it (the inner one
 *       counts);
 *   <li>one inside a code span; in a Markdown body (an extra section), also one inside fenced or
 *       indented code or an HTML comment: those hold examples and template guidance;
 *   <li>a mention: a bare {@code [NEEDS CLARIFICATION]} followed by a word for markers ({@code
 *       markers}, {@code items}, {@code 标记}, …) or preceded by {@code marcadores}: how quality
 *       checklists and reviews talk about markers, as in {@code - [ ] No [NEEDS CLARIFICATION] markers
 *       remain};
 *   <li>the template's own example, {@code [NEEDS CLARIFICATION: specific question]}.
 * </ul>
 *
 * <p>Every scan is linear in the length of the text, whatever it holds.
 */
public final class ClarificationMarkers {
    /** The marker Spec Kit uses for open questions, without its closing bracket. */
    public static final String MARKER = "[NEEDS CLARIFICATION";

    /** The template's example question, which is guidance and not a question. */
    private static final String TEMPLATE_EXAMPLE = "specific question";

    /** Words that, right after a bare marker, make it a mention of markers (lower case). */
    private static final String[] NOUNS_AFTER = {"marker", "item", "标记", "マーカー", "마커"};

    /** Words that, right before a bare marker, make it a mention of markers (lower case). */
    private static final String[] NOUNS_BEFORE = {"marcadores", "marcador", "marqueurs", "marqueur"};

    private ClarificationMarkers() {}

    /**
     * A marker found in a text.
     *
     * @param start the offset of its {@code [}
     * @param end the offset just after its {@code ]}
     * @param question the text after the colon, stripped; empty for a bare {@code [NEEDS CLARIFICATION]}
     */
    public record Found(int start, int end, String question) {}

    /** The questions of the markers in inline text {@code text}, in order. */
    public static List<String> questions(String text) {
        List<Found> found = find(text, false);
        if (found.isEmpty()) {
            return List.of();
        }
        List<String> questions = new ArrayList<>(found.size());
        for (Found f : found) {
            questions.add(f.question());
        }
        return questions;
    }

    /**
     * The markers in {@code text}, in order. {@code markdownBody} says the text is a Markdown body
     * (blocks, not one inline text), where fenced and indented code and HTML comments are skipped too.
     */
    public static List<Found> find(String text, boolean markdownBody) {
        int first = text.indexOf(MARKER);
        if (first < 0) {
            return List.of();
        }
        int[] skipped = Skipped.of(text, markdownBody);
        int region = 0;
        List<Found> markers = new ArrayList<>();
        int from = first;
        int close = -1;
        while (true) {
            int start = text.indexOf(MARKER, from);
            if (start < 0) {
                return markers;
            }
            while (region < skipped.length && skipped[region + 1] <= start) {
                region += 2;
            }
            if (region < skipped.length && skipped[region] <= start) {
                from = skipped[region + 1];
                continue;
            }
            if (close < start) {
                close = text.indexOf(']', start);
                if (close < 0) {
                    // no later marker can be closed either: stop, keeping the scan linear
                    return markers;
                }
            }
            int bodyStart = start + MARKER.length();
            int nested = indexOf(text, '[', bodyStart, close);
            if (nested >= 0) {
                from = nested;
                continue;
            }
            String body = text.substring(bodyStart, close).strip();
            from = close + 1;
            if (body.isEmpty()) {
                if (!isMention(text, start, close + 1)) {
                    markers.add(new Found(start, close + 1, ""));
                }
            } else if (body.startsWith(":")) {
                String question = body.substring(1).strip();
                if (!question.equalsIgnoreCase(TEMPLATE_EXAMPLE)) {
                    markers.add(new Found(start, close + 1, question));
                }
            }
        }
    }

    /** True when the bare marker at {@code [start, end)} is named as a thing rather than used. */
    private static boolean isMention(String text, int start, int end) {
        int after = end;
        while (after < text.length() && isSpaceOrEmphasis(text.charAt(after))) {
            after++;
        }
        for (String noun : NOUNS_AFTER) {
            if (text.regionMatches(true, after, noun, 0, noun.length())) {
                int wordEnd = after + noun.length();
                if (wordEnd < text.length() && (text.charAt(wordEnd) == 's' || text.charAt(wordEnd) == 'S')) {
                    wordEnd++;
                }
                // a Latin word ends there ("itemised" is no mention); CJK words need no boundary
                if (noun.charAt(0) > 0x7f || wordEnd == text.length() || !Character.isLetter(text.charAt(wordEnd))) {
                    return true;
                }
            }
        }
        int before = start;
        while (before > 0 && isSpaceOrEmphasis(text.charAt(before - 1))) {
            before--;
        }
        for (String noun : NOUNS_BEFORE) {
            int from = before - noun.length();
            if (from >= 0
                    && text.regionMatches(true, from, noun, 0, noun.length())
                    && (from == 0 || !Character.isLetter(text.charAt(from - 1)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSpaceOrEmphasis(char c) {
        return c == ' ' || c == '\t' || c == '*' || c == '_';
    }

    private static int indexOf(String text, char c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The parts of a text where markers do not count, as sorted, disjoint {@code [start, end)} pairs:
     * code spans (per paragraph, as CommonMark reads them) and, in a Markdown body, fenced and indented
     * code blocks and HTML comments. The block rules are the CommonMark ones a model without a Markdown
     * parser can apply line by line: a fence opens with three or more backticks or tildes indented at
     * most three spaces and closes with a like run at least as long; an indented code block is a line
     * indented four or more columns after a blank line, outside a list.
     */
    static final class Skipped {
        private int[] ranges = new int[8];
        private int size;
        private final String text;
        // the next backtick, comment opener and comment closer at or after the last search; each search
        // only moves forward, so all searches together stay linear (-1: there is none)
        private int nextTick = -2;
        private int nextOpen = -2;
        private int nextClose = -2;

        private Skipped(String text) {
            this.text = text;
        }

        static int[] of(String text, boolean markdownBody) {
            Skipped s = new Skipped(text);
            s.scan(markdownBody);
            return Arrays.copyOf(s.ranges, s.size);
        }

        private void add(int start, int end) {
            if (end <= start) {
                return;
            }
            if (size > 0 && ranges[size - 1] >= start) {
                ranges[size - 1] = Math.max(ranges[size - 1], end);
                return;
            }
            if (size + 2 > ranges.length) {
                ranges = Arrays.copyOf(ranges, ranges.length * 2);
            }
            ranges[size++] = start;
            ranges[size++] = end;
        }

        private void scan(boolean body) {
            int length = text.length();
            int chunk = -1; // start of the paragraph being collected, or -1
            int chunkEnd = -1;
            char fence = 0;
            int fenceLength = 0;
            boolean comment = false;
            boolean indentedCode = false;
            boolean previousBlank = true;
            boolean inList = false;
            int lineStart = 0;
            while (lineStart <= length) {
                int lineEnd = text.indexOf('\n', lineStart);
                if (lineEnd < 0) {
                    lineEnd = length;
                }
                int indent = indent(lineStart, lineEnd);
                boolean blank = lineStart + leadingWhitespace(lineStart, lineEnd) == lineEnd;
                if (body && fence != 0) {
                    add(lineStart, lineEnd);
                    if (indent <= 3 && closesFence(lineStart, lineEnd, fence, fenceLength)) {
                        fence = 0;
                    }
                } else if (body && comment) {
                    int close = closer(lineStart);
                    if (close < 0 || close >= lineEnd) {
                        add(lineStart, lineEnd);
                    } else {
                        add(lineStart, close + 3);
                        comment = false;
                    }
                } else if (blank) {
                    codeSpans(chunk, chunkEnd);
                    chunk = -1;
                } else if (body && indentedCode && indent >= 4) {
                    add(lineStart, lineEnd);
                } else {
                    indentedCode = false;
                    int runLength = body && indent <= 3 ? fenceRun(lineStart, lineEnd) : 0;
                    if (runLength > 0) {
                        codeSpans(chunk, chunkEnd);
                        chunk = -1;
                        fence = text.charAt(lineStart + leadingWhitespace(lineStart, lineEnd));
                        fenceLength = runLength;
                        add(lineStart, lineEnd);
                    } else if (body && indent >= 4 && previousBlank && !inList) {
                        codeSpans(chunk, chunkEnd);
                        chunk = -1;
                        indentedCode = true;
                        add(lineStart, lineEnd);
                    } else {
                        if (chunk < 0) {
                            chunk = lineStart;
                        }
                        chunkEnd = lineEnd;
                        if (body) {
                            comment = comments(lineStart, lineEnd);
                        }
                        inList = isListItem(lineStart, lineEnd) || (inList && (indent >= 2 || !previousBlank));
                    }
                }
                previousBlank = blank;
                lineStart = lineEnd + 1;
            }
            codeSpans(chunk, chunkEnd);
        }

        /** Adds the code spans of the paragraph {@code [start, end)}; nothing when {@code start < 0}. */
        private void codeSpans(int start, int end) {
            if (start < 0) {
                return;
            }
            if (nextTick != -1 && nextTick < start) {
                nextTick = text.indexOf('`', start);
            }
            if (nextTick < 0 || nextTick >= end) {
                return;
            }
            int[] spans = InlineText.codeSpanRanges(text.substring(start, end));
            for (int k = 0; k < spans.length; k += 2) {
                add(start + spans[k], start + spans[k + 1]);
            }
        }

        /** Adds the HTML comments of a line; true when the last one stays open past it. */
        private boolean comments(int lineStart, int lineEnd) {
            int from = lineStart;
            while (true) {
                if (nextOpen != -1 && nextOpen < from) {
                    nextOpen = text.indexOf("<!--", from);
                }
                int open = nextOpen;
                if (open < 0 || open >= lineEnd) {
                    return false;
                }
                int close = closer(open + 4);
                if (close < 0 || close >= lineEnd) {
                    add(open, lineEnd);
                    return true;
                }
                add(open, close + 3);
                from = close + 3;
            }
        }

        /** The first {@code -->} at or after {@code from}, or -1. */
        private int closer(int from) {
            if (nextClose != -1 && nextClose < from) {
                nextClose = text.indexOf("-->", from);
            }
            return nextClose;
        }

        /** The indentation of a line in columns, a tab reaching the next multiple of four. */
        private int indent(int lineStart, int lineEnd) {
            int columns = 0;
            for (int i = lineStart; i < lineEnd; i++) {
                char c = text.charAt(i);
                if (c == ' ') {
                    columns++;
                } else if (c == '\t') {
                    columns += 4 - columns % 4;
                } else {
                    break;
                }
            }
            return columns;
        }

        private int leadingWhitespace(int lineStart, int lineEnd) {
            int i = lineStart;
            while (i < lineEnd && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                i++;
            }
            return i - lineStart;
        }

        /** The length of the fence a line opens (three or more backticks or tildes), or 0. */
        private int fenceRun(int lineStart, int lineEnd) {
            int i = lineStart + leadingWhitespace(lineStart, lineEnd);
            if (i >= lineEnd || (text.charAt(i) != '`' && text.charAt(i) != '~')) {
                return 0;
            }
            char c = text.charAt(i);
            int run = 0;
            while (i + run < lineEnd && text.charAt(i + run) == c) {
                run++;
            }
            if (run < 3) {
                return 0;
            }
            // a backtick fence's info string holds no backtick (else it is a code span)
            if (c == '`') {
                for (int k = i + run; k < lineEnd; k++) {
                    if (text.charAt(k) == '`') {
                        return 0;
                    }
                }
            }
            return run;
        }

        private boolean closesFence(int lineStart, int lineEnd, char fence, int fenceLength) {
            int i = lineStart + leadingWhitespace(lineStart, lineEnd);
            int run = 0;
            while (i + run < lineEnd && text.charAt(i + run) == fence) {
                run++;
            }
            return run >= fenceLength && text.substring(i + run, lineEnd).isBlank();
        }

        /** True for a line starting (after at most three spaces) with {@code -}, {@code *}, {@code +} or {@code 1.}. */
        private boolean isListItem(int lineStart, int lineEnd) {
            int i = lineStart + leadingWhitespace(lineStart, lineEnd);
            if (i - lineStart > 3 || i >= lineEnd) {
                return false;
            }
            char c = text.charAt(i);
            if (c == '-' || c == '*' || c == '+') {
                return i + 1 == lineEnd || text.charAt(i + 1) == ' ' || text.charAt(i + 1) == '\t';
            }
            int digits = 0;
            while (i + digits < lineEnd && digits < 10 && Character.isDigit(text.charAt(i + digits))) {
                digits++;
            }
            int after = i + digits;
            return digits > 0
                    && after < lineEnd
                    && (text.charAt(after) == '.' || text.charAt(after) == ')')
                    && (after + 1 == lineEnd || text.charAt(after + 1) == ' ');
        }
    }

    /** {@code question} as the marker is shown in messages: {@code [NEEDS CLARIFICATION: q]}. */
    public static String shown(String question) {
        return question.isEmpty() ? MARKER + "]" : MARKER + ": " + question + "]";
    }
}
