package dev.featurespec.writer.internal.faithful;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * An element-level edit script between two lists, in the order of the edited list: elements equal in both
 * are kept (longest common subsequence), then in each stretch between kept ones, elements with the same
 * key (an id, a title) are paired as changed, and what is left is paired by position; the rest is added or
 * removed.
 */
final class Alignment {
    /** What happened to one element. */
    enum Kind {
        KEPT,
        CHANGED,
        ADDED,
        REMOVED
    }

    /**
     * One step: base element {@code before} (-1 when added) and edited element {@code after} (-1 when
     * removed).
     */
    record Step(Kind kind, int before, int after) {}

    private Alignment() {}

    /** The script turning {@code base} into {@code edited}; {@code key} tells which changed elements pair. */
    static <T> List<Step> of(List<T> base, List<T> edited, Function<T, ?> key) {
        List<Step> steps = new ArrayList<>();
        List<int[]> kept = common(base, edited, 0, base.size(), 0, edited.size(), Function.identity());
        int i = 0;
        int j = 0;
        for (int[] pair : kept) {
            gap(base, edited, i, pair[0], j, pair[1], key, steps);
            steps.add(new Step(Kind.KEPT, pair[0], pair[1]));
            i = pair[0] + 1;
            j = pair[1] + 1;
        }
        gap(base, edited, i, base.size(), j, edited.size(), key, steps);
        return steps;
    }

    private static <T> void gap(
            List<T> base, List<T> edited, int i0, int i1, int j0, int j1, Function<T, ?> key, List<Step> steps) {
        int i = i0;
        int j = j0;
        for (int[] pair : common(base, edited, i0, i1, j0, j1, key)) {
            positional(i, pair[0], j, pair[1], steps);
            steps.add(new Step(Kind.CHANGED, pair[0], pair[1]));
            i = pair[0] + 1;
            j = pair[1] + 1;
        }
        positional(i, i1, j, j1, steps);
    }

    private static void positional(int i0, int i1, int j0, int j1, List<Step> steps) {
        int paired = Math.min(i1 - i0, j1 - j0);
        for (int k = 0; k < paired; k++) {
            steps.add(new Step(Kind.CHANGED, i0 + k, j0 + k));
        }
        for (int i = i0 + paired; i < i1; i++) {
            steps.add(new Step(Kind.REMOVED, i, -1));
        }
        for (int j = j0 + paired; j < j1; j++) {
            steps.add(new Step(Kind.ADDED, -1, j));
        }
    }

    /** Index pairs of a longest common subsequence of {@code a[i0, i1)} and {@code b[j0, j1)} under {@code f}. */
    private static <T> List<int[]> common(List<T> a, List<T> b, int i0, int i1, int j0, int j1, Function<T, ?> f) {
        int n = i1 - i0;
        int m = j1 - j0;
        List<int[]> out = new ArrayList<>();
        if (n == 0 || m == 0) {
            return out;
        }
        Object[] ka = new Object[n];
        Object[] kb = new Object[m];
        for (int i = 0; i < n; i++) {
            ka[i] = f.apply(a.get(i0 + i));
        }
        for (int j = 0; j < m; j++) {
            kb[j] = f.apply(b.get(j0 + j));
        }
        int[][] len = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                len[i][j] = ka[i] != null && Objects.equals(ka[i], kb[j])
                        ? len[i + 1][j + 1] + 1
                        : Math.max(len[i + 1][j], len[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (ka[i] != null && Objects.equals(ka[i], kb[j])) {
                out.add(new int[] {i0 + i, j0 + j});
                i++;
                j++;
            } else if (len[i + 1][j] >= len[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        return out;
    }
}
