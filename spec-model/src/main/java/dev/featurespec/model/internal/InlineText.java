package dev.featurespec.model.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Linear scans over Markdown inline source that the model needs for its derived values. The model
 * module does not depend on a Markdown parser, so these scans look only for the few tokens the model
 * derives facts from: {@code [NEEDS CLARIFICATION: …]} markers and backtick code spans. Every scan is
 * linear in the length of its input, whatever the input holds. Not API.
 */
public final class InlineText {
    /** The marker Spec Kit uses for open questions, without its closing bracket. */
    public static final String CLARIFICATION_MARKER = "[NEEDS CLARIFICATION";

    private InlineText() {}

    /**
     * The texts of the {@code [NEEDS CLARIFICATION: …]} markers in {@code text}, in order; a bare
     * {@code [NEEDS CLARIFICATION]} yields the empty string. A marker without a closing bracket is
     * not a marker.
     */
    public static List<String> clarificationMarkers(String text) {
        List<String> markers = new ArrayList<>();
        int from = 0;
        int close = -1;
        while (true) {
            int start = text.indexOf(CLARIFICATION_MARKER, from);
            if (start < 0) {
                return markers;
            }
            if (close < start) {
                close = text.indexOf(']', start);
                if (close < 0) {
                    // no later marker can be closed either: stop, keeping the scan linear
                    return markers;
                }
            }
            int bodyStart = start + CLARIFICATION_MARKER.length();
            int nested = indexOf(text, '[', bodyStart, close);
            if (nested >= 0) {
                from = nested;
                continue;
            }
            String body = text.substring(bodyStart, close).strip();
            if (body.startsWith(":")) {
                markers.add(body.substring(1).strip());
            } else if (body.isEmpty()) {
                markers.add("");
            }
            from = close + 1;
        }
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
     * The contents of the backtick code spans in {@code text}, in order, following the CommonMark
     * rule that a span opens and closes with backtick strings of equal length. Contents are stripped
     * of one leading and trailing space as CommonMark does.
     */
    public static List<String> codeSpans(String text) {
        // collect the backtick runs once; a run closes at the next run of the same length
        List<int[]> runs = new ArrayList<>();
        int length = text.length();
        for (int i = 0; i < length; ) {
            char c = text.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == '`') {
                int start = i;
                while (i < length && text.charAt(i) == '`') {
                    i++;
                }
                runs.add(new int[] {start, i - start});
            } else {
                i++;
            }
        }
        List<String> spans = new ArrayList<>();
        Map<Integer, Integer> nextOfLength = new HashMap<>();
        int r = 0;
        while (r < runs.size()) {
            int[] open = runs.get(r);
            int close = nextRun(runs, r + 1, open[1], nextOfLength);
            if (close < 0) {
                r++;
                continue;
            }
            int contentStart = open[0] + open[1];
            String content = text.substring(contentStart, runs.get(close)[0]).replace('\n', ' ');
            if (content.length() >= 2 && content.startsWith(" ") && content.endsWith(" ") && !content.isBlank()) {
                content = content.substring(1, content.length() - 1);
            }
            spans.add(content);
            r = close + 1;
        }
        return spans;
    }

    /**
     * The index of the first run at or after {@code from} with {@code length} backticks, or -1. The
     * per-length cursor only moves forward, so all searches together stay linear.
     */
    private static int nextRun(List<int[]> runs, int from, int length, Map<Integer, Integer> cursor) {
        int i = Math.max(from, cursor.getOrDefault(length, 0));
        while (i < runs.size() && runs.get(i)[1] != length) {
            i++;
        }
        if (i >= runs.size()) {
            cursor.put(length, runs.size());
            return -1;
        }
        cursor.put(length, i);
        return i;
    }
}
