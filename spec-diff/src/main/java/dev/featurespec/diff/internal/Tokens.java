package dev.featurespec.diff.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Word sets for the similarity measure: a text's distinct lower-cased words (runs of letters and
 * digits; each Chinese or Japanese character a word of its own, as those scripts do not space words), interned as
 * sorted int arrays so that comparing two texts is one merge. One instance per diff; not thread-safe.
 * Not API.
 */
final class Tokens {
    private final Map<String, Integer> ids = new HashMap<>();

    /** The sorted, distinct word ids of {@code text}. */
    int[] of(String text) {
        int[] out = new int[16];
        int n = 0;
        int start = -1;
        int length = text.length();
        for (int i = 0; i <= length; ) {
            int cp = i < length ? text.codePointAt(i) : ' ';
            int next = i + Character.charCount(cp);
            boolean word = i < length && Character.isLetterOrDigit(cp);
            boolean alone = word && isCjk(cp);
            if ((!word || alone) && start >= 0) {
                out = add(out, n++, intern(text.substring(start, i)));
                start = -1;
            }
            if (alone) {
                out = add(out, n++, intern(text.substring(i, next)));
            } else if (word && start < 0) {
                start = i;
            }
            i = next;
        }
        int[] words = Arrays.copyOf(out, n);
        Arrays.sort(words);
        int distinct = 0;
        for (int k = 0; k < words.length; k++) {
            if (k == 0 || words[k] != words[k - 1]) {
                words[distinct++] = words[k];
            }
        }
        return distinct == words.length ? words : Arrays.copyOf(words, distinct);
    }

    private static int[] add(int[] out, int at, int id) {
        if (at == out.length) {
            out = Arrays.copyOf(out, at * 2);
        }
        out[at] = id;
        return out;
    }

    private int intern(String word) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        Integer id = ids.get(lower);
        if (id == null) {
            id = ids.size();
            ids.put(lower, id);
        }
        return id;
    }

    private static boolean isCjk(int cp) {
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HAN
                || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA;
    }

    /** The Dice coefficient of two word sets, {@code 2|a ∩ b| / (|a| + |b|)}; 0 when both are empty. */
    static double dice(int[] a, int[] b) {
        if (a.length + b.length == 0) {
            return 0;
        }
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return 2.0 * common / (a.length + b.length);
    }
}
