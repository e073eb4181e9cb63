package dev.featurespec.parser.internal.folder;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the requirement and success-criterion ids a text cites: tokens of the template's id grammar
 * ({@code Vocabulary.anyId()}: the id prefixes of the languages, {@code FR}, {@code SC}, {@code RF},
 * {@code CS}, …, an optional hyphen, digits and an optional suffix) standing as whole words. A range of
 * two ids of one prefix ({@code SC-001..SC-003}, {@code FR-004–FR-006}, {@code FR-001 ~ FR-008}) cites
 * every id between, up to 100. Immutable. Not API.
 */
public final class IdScanner {
    private static final int MAX_RANGE = 100;
    // the parts of a plain id, for expanding a range: prefix, hyphen, number
    private static final Pattern PARTS = Pattern.compile("(\\p{L}+)(-?)(\\d{1,9})");
    private static final Pattern CONNECTOR = Pattern.compile("\\s*(?:\\.{2,3}|…|[–—~～〜-]|to|through)\\s*");

    private final Pattern id;

    /** A scanner for the ids {@code grammar} matches. */
    public IdScanner(Pattern grammar) {
        this.id = grammar;
    }

    /** The ids {@code texts} cite, in order of first appearance, each once, as written. */
    public List<String> ids(List<String> texts) {
        Set<String> out = new LinkedHashSet<>();
        for (String text : texts) {
            scan(text, out);
        }
        return List.copyOf(out);
    }

    private void scan(String text, Set<String> out) {
        Matcher m = id.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            from = m.end();
            if (!standsAlone(text, m.start(), m.end())) {
                // a longer word: go on after its first character, so an id inside it is not taken
                from = m.start() + 1;
                continue;
            }
            String first = m.group();
            out.add(first);
            Matcher connector = CONNECTOR.matcher(text).region(m.end(), text.length());
            if (!connector.lookingAt()) {
                continue;
            }
            Matcher second = id.matcher(text).region(connector.end(), text.length());
            if (!second.lookingAt() || !standsAlone(text, second.start(), second.end())) {
                continue;
            }
            expand(first, second.group(), out);
            out.add(second.group());
            from = second.end();
        }
    }

    /** Adds the ids strictly between {@code first} and {@code last} when both are plain ids of one prefix. */
    private static void expand(String first, String last, Set<String> out) {
        Matcher a = PARTS.matcher(first);
        Matcher b = PARTS.matcher(last);
        if (!a.matches()
                || !b.matches()
                || !a.group(1).equals(b.group(1))
                || !a.group(2).equals(b.group(2))) {
            return;
        }
        long start = Long.parseLong(a.group(3));
        long end = Long.parseLong(b.group(3));
        if (end <= start || end - start > MAX_RANGE) {
            return;
        }
        int width = a.group(3).length();
        for (long n = start + 1; n < end; n++) {
            String digits = Long.toString(n);
            out.add(a.group(1) + a.group(2) + "0".repeat(Math.max(0, width - digits.length())) + digits);
        }
    }

    private static boolean standsAlone(String text, int start, int end) {
        return (start == 0 || !isWordChar(text.codePointBefore(start)))
                && (end >= text.length() || !isWordChar(text.codePointAt(end)));
    }

    private static boolean isWordChar(int c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
