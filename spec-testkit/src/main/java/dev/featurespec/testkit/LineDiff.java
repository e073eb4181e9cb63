package dev.featurespec.testkit;

import java.util.List;
import java.util.Objects;

/**
 * How many lines a line diff of two texts removes and adds: the lines of each that are not in a longest
 * common subsequence of their lines, as {@code diff} counts them. Lines end at {@code \r\n}, {@code \r}
 * or {@code \n}; a line's ending is part of it, so a changed line ending is a changed line.
 *
 * <pre>{@code
 * LineDiff d = LineDiff.of(original, written);
 * assertThat(d.removed()).isLessThanOrEqualTo(1);
 * }</pre>
 *
 * @param removed lines of the first text not in the second
 * @param added lines of the second text not in the first
 */
public record LineDiff(int removed, int added) {
    /** The line diff of {@code before} and {@code after}. */
    public static LineDiff of(String before, String after) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        List<String> a = lines(before);
        List<String> b = lines(after);
        int start = 0;
        while (start < a.size() && start < b.size() && a.get(start).equals(b.get(start))) {
            start++;
        }
        int endA = a.size();
        int endB = b.size();
        while (endA > start && endB > start && a.get(endA - 1).equals(b.get(endB - 1))) {
            endA--;
            endB--;
        }
        int n = endA - start;
        int m = endB - start;
        int[][] len = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                len[i][j] = a.get(start + i).equals(b.get(start + j))
                        ? len[i + 1][j + 1] + 1
                        : Math.max(len[i + 1][j], len[i][j + 1]);
            }
        }
        int common = len[0][0];
        return new LineDiff(n - common, m - common);
    }

    /** The lines of {@code text}, each with its line ending. */
    static List<String> lines(String text) {
        List<String> out = new java.util.ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                out.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            out.add(text.substring(start));
        }
        return out;
    }
}
