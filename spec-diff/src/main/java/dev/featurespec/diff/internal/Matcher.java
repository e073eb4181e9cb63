package dev.featurespec.diff.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * Pairs the elements of an old list with those of a new one, in passes; each pass pairs only elements
 * no earlier pass paired. Not API.
 *
 * <ul>
 *   <li>A {@linkplain Pass#key key pass}: an element pairs with the first unpaired element of the other
 *       list that has an equal key (an id, a number, a normalized text), so duplicates pair in document
 *       order. A hash map makes it linear.
 *   <li>A {@linkplain Pass#similar similarity pass}: every allowed pair whose {@linkplain Tokens#dice
 *       word-set similarity} reaches the threshold is a candidate; candidates are taken best first (ties:
 *       earlier old element, then earlier new element), each element at most once. When the leftovers
 *       would need more than {@code maxComparisons} comparisons, each old element is compared only with
 *       the new ones nearest its relative position, so the work stays bounded.
 * </ul>
 *
 * {@link #reordered(int[])} then says which pairs moved relative to the others.
 */
final class Matcher<T> {
    /** One pass of the matcher. */
    sealed interface Pass<T> {
        /** Pairs elements with equal keys; {@code key} gives null for an element it has no key for. */
        static <T> Pass<T> key(Function<T, Object> key) {
            return new Key<>(key);
        }

        /** Pairs elements with equal keys whose texts are also similar. */
        static <T> Pass<T> keyIfSimilar(Function<T, Object> key, Function<T, String> text) {
            return new Key<>(key, text);
        }

        /** Pairs allowed pairs of similar texts. */
        static <T> Pass<T> similar(Function<T, String> text, BiPredicate<T, T> allowed) {
            return new Similar<>(text, allowed);
        }

        /** Pairs any similar texts. */
        static <T> Pass<T> similar(Function<T, String> text) {
            return new Similar<>(text, (a, b) -> true);
        }
    }

    private record Key<T>(Function<T, Object> key, Function<T, String> text) implements Pass<T> {
        Key(Function<T, Object> key) {
            this(key, null);
        }
    }

    private record Similar<T>(Function<T, String> text, BiPredicate<T, T> allowed) implements Pass<T> {}

    private final List<Pass<T>> passes;

    Matcher(List<Pass<T>> passes) {
        this.passes = passes;
    }

    /** For each old element, the index of its new counterpart, or -1. */
    int[] pair(List<T> before, List<T> after, double threshold, int maxComparisons, Tokens tokens) {
        int[] pairs = new int[before.size()];
        Arrays.fill(pairs, -1);
        boolean[] taken = new boolean[after.size()];
        for (Pass<T> pass : passes) {
            if (unpairedCount(pairs) == 0 || unpairedAfter(taken).length == 0) {
                break;
            }
            if (pass instanceof Key<T> k) {
                keys(k, before, after, pairs, taken, threshold, tokens);
            } else if (pass instanceof Similar<T> s) {
                similar(s, before, after, pairs, taken, threshold, maxComparisons, tokens);
            }
        }
        return pairs;
    }

    private static <T> void keys(
            Key<T> pass, List<T> before, List<T> after, int[] pairs, boolean[] taken, double threshold, Tokens tokens) {
        Function<T, Object> key = pass.key();
        Map<Object, ArrayDeque<Integer>> byKey = new HashMap<>();
        for (int j = 0; j < after.size(); j++) {
            if (!taken[j]) {
                Object k = key.apply(after.get(j));
                if (k != null) {
                    byKey.computeIfAbsent(k, x -> new ArrayDeque<>()).add(j);
                }
            }
        }
        if (byKey.isEmpty()) {
            return;
        }
        for (int i = 0; i < before.size(); i++) {
            if (pairs[i] >= 0) {
                continue;
            }
            Object k = key.apply(before.get(i));
            ArrayDeque<Integer> candidates = k == null ? null : byKey.get(k);
            if (candidates == null || candidates.isEmpty()) {
                continue;
            }
            int j = candidates.peek();
            if (pass.text() == null
                    || Tokens.dice(
                                    tokens.of(pass.text().apply(before.get(i))),
                                    tokens.of(pass.text().apply(after.get(j))))
                            >= threshold) {
                candidates.poll();
                pairs[i] = j;
                taken[j] = true;
            }
        }
    }

    private static int unpairedCount(int[] pairs) {
        int n = 0;
        for (int p : pairs) {
            if (p < 0) {
                n++;
            }
        }
        return n;
    }

    private record Candidate(double similarity, int before, int after) {}

    private void similar(
            Similar<T> pass,
            List<T> before,
            List<T> after,
            int[] pairs,
            boolean[] taken,
            double threshold,
            int maxComparisons,
            Tokens tokens) {
        Function<T, String> similarityText = pass.text();
        BiPredicate<T, T> allowed = pass.allowed();
        int[] olds = unpaired(pairs, before.size());
        int[] news = unpairedAfter(taken);
        int[][] oldWords = new int[olds.length][];
        int[][] newWords = new int[news.length][];
        for (int k = 0; k < olds.length; k++) {
            oldWords[k] = tokens.of(similarityText.apply(before.get(olds[k])));
        }
        for (int k = 0; k < news.length; k++) {
            newWords[k] = tokens.of(similarityText.apply(after.get(news[k])));
        }
        // all pairs when affordable, else a window around each old element's relative position
        long all = (long) olds.length * news.length;
        int half = all <= maxComparisons ? news.length : Math.max(1, maxComparisons / (2 * olds.length));
        List<Candidate> candidates = new ArrayList<>();
        for (int a = 0; a < olds.length; a++) {
            int center = (int) ((long) a * news.length / olds.length);
            int from = all <= maxComparisons ? 0 : Math.max(0, center - half);
            int to = all <= maxComparisons ? news.length : Math.min(news.length, center + half + 1);
            T old = before.get(olds[a]);
            for (int b = from; b < to; b++) {
                double s = Tokens.dice(oldWords[a], newWords[b]);
                if (s >= threshold && allowed.test(old, after.get(news[b]))) {
                    candidates.add(new Candidate(s, olds[a], news[b]));
                }
            }
        }
        candidates.sort((x, y) -> x.similarity != y.similarity
                ? Double.compare(y.similarity, x.similarity)
                : x.before != y.before ? Integer.compare(x.before, y.before) : Integer.compare(x.after, y.after));
        for (Candidate c : candidates) {
            if (pairs[c.before] < 0 && !taken[c.after]) {
                pairs[c.before] = c.after;
                taken[c.after] = true;
            }
        }
    }

    private static int[] unpaired(int[] pairs, int n) {
        return java.util.stream.IntStream.range(0, n).filter(i -> pairs[i] < 0).toArray();
    }

    private static int[] unpairedAfter(boolean[] taken) {
        return java.util.stream.IntStream.range(0, taken.length)
                .filter(j -> !taken[j])
                .toArray();
    }

    /**
     * Which pairs are out of order: the pairs not in a longest run whose new indices increase with their
     * old ones (patience sorting, O(n log n)). Reading the old list in order, an element is reordered when
     * keeping it in place would displace more of the others than moving it does.
     *
     * @param pairs for each old element, its new index or -1
     * @return for each old element, whether it is reordered; false for unpaired ones
     */
    static boolean[] reordered(int[] pairs) {
        int n = pairs.length;
        int[] tailIndex = new int[n]; // tailIndex[len] = old index ending the best run of length len+1
        int[] previous = new int[n];
        int length = 0;
        for (int i = 0; i < n; i++) {
            int j = pairs[i];
            if (j < 0) {
                continue;
            }
            int lo = 0;
            int hi = length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (pairs[tailIndex[mid]] < j) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            previous[i] = lo > 0 ? tailIndex[lo - 1] : -1;
            tailIndex[lo] = i;
            if (lo == length) {
                length++;
            }
        }
        boolean[] reordered = new boolean[n];
        for (int i = 0; i < n; i++) {
            reordered[i] = pairs[i] >= 0;
        }
        for (int i = length > 0 ? tailIndex[length - 1] : -1; i >= 0; i = previous[i]) {
            reordered[i] = false;
        }
        return reordered;
    }
}
