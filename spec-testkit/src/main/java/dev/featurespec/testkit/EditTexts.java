package dev.featurespec.testkit;

import dev.featurespec.model.RequirementLevel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@link SpecEdits} needs to know of texts to make edits a semantic diff must attribute exactly:
 * the diff's documented text comparison (whitespace runs as one space) and similarity words (lower-cased
 * runs of letters and digits, each Chinese or Japanese character a word), and the RFC 2119 keywords.
 */
final class EditTexts {
    /** The English RFC 2119 keywords as {@link RequirementLevel} finds them, two-word ones first. */
    private static final Pattern KEYWORD = Pattern.compile(
            "(?<![\\p{L}\\p{N}_])(MUST NOT|SHALL NOT|SHOULD NOT|NOT RECOMMENDED|MUST|REQUIRED|SHALL|SHOULD|RECOMMENDED|MAY|OPTIONAL)(?![\\p{L}\\p{N}_])");

    private EditTexts() {}

    static String normalize(String text) {
        return text.strip()
                .replaceAll("[\\s\\u00A0\\u2007\\u202F]+", " ")
                .replaceAll(" ?\\| ?", "|")
                .replaceAll("-{4,}", "---");
    }

    /** The distinct similarity words of {@code text}. */
    static Set<String> words(String text) {
        Set<String> words = new TreeSet<>();
        StringBuilder word = new StringBuilder();
        text.codePoints().forEach(cp -> {
            boolean letter = Character.isLetterOrDigit(cp);
            boolean alone = letter && cjk(cp);
            if ((!letter || alone) && word.length() > 0) {
                words.add(word.toString().toLowerCase(Locale.ROOT));
                word.setLength(0);
            }
            if (alone) {
                words.add(new String(Character.toChars(cp)));
            } else if (letter) {
                word.appendCodePoint(cp);
            }
        });
        if (word.length() > 0) {
            words.add(word.toString().toLowerCase(Locale.ROOT));
        }
        return words;
    }

    private static boolean cjk(int cp) {
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HAN
                || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA;
    }

    /**
     * For each element, whether every key the diff may pair it by is its own in the list: each of
     * {@code keys} (null: no key) occurs once, and its similarity words are not empty and shared by no
     * other element. Only such elements are edited, so that no pairing is ambiguous.
     */
    @SafeVarargs
    static <T> boolean[] unique(List<T> list, Function<T, String> similarity, Function<T, Object>... keys) {
        List<Map<Object, Integer>> counts = new ArrayList<>();
        for (Function<T, Object> key : keys) {
            Map<Object, Integer> c = new HashMap<>();
            list.forEach(t -> {
                Object k = key.apply(t);
                if (k != null) {
                    c.merge(k, 1, Integer::sum);
                }
            });
            counts.add(c);
        }
        Map<Set<String>, Integer> wordCounts = new HashMap<>();
        List<Set<String>> words = new ArrayList<>();
        for (T t : list) {
            Set<String> w = words(similarity.apply(t));
            words.add(w);
            wordCounts.merge(w, 1, Integer::sum);
        }
        boolean[] unique = new boolean[list.size()];
        for (int i = 0; i < list.size(); i++) {
            boolean u = !words.get(i).isEmpty() && wordCounts.get(words.get(i)) == 1;
            for (int k = 0; u && k < keys.length; k++) {
                Object key = keys[k].apply(list.get(i));
                u = key == null || counts.get(k).get(key) == 1;
            }
            unique[i] = u;
        }
        return unique;
    }

    /** The first English RFC 2119 keyword of {@code text}, with where it is. */
    static Optional<Matcher> keyword(String text) {
        Matcher m = KEYWORD.matcher(text);
        return m.find() ? Optional.of(m) : Optional.empty();
    }

    /**
     * What changing a requirement's level from {@code from} to {@code to} means by the diff's rules:
     * {@code breaking} when it turns a requirement into a prohibition or back, else {@code stricter} or
     * {@code looser} by strength (MUST, SHALL, REQUIRED and negations 3; SHOULD, RECOMMENDED and
     * negations 2; MAY, OPTIONAL 1).
     */
    static String levelChange(RequirementLevel from, RequirementLevel to) {
        if (negative(from) != negative(to)) {
            return "breaking";
        }
        return strength(to) > strength(from) ? "stricter" : "looser";
    }

    static int strength(RequirementLevel level) {
        return switch (level) {
            case MUST, MUST_NOT, SHALL, SHALL_NOT, REQUIRED -> 3;
            case SHOULD, SHOULD_NOT, RECOMMENDED, NOT_RECOMMENDED -> 2;
            case MAY, OPTIONAL -> 1;
        };
    }

    private static boolean negative(RequirementLevel level) {
        return level == RequirementLevel.MUST_NOT
                || level == RequirementLevel.SHALL_NOT
                || level == RequirementLevel.SHOULD_NOT
                || level == RequirementLevel.NOT_RECOMMENDED;
    }
}
