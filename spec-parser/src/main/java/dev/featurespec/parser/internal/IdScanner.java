package dev.featurespec.parser.internal;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds the requirement and success-criterion ids a text cites: tokens of one of the id prefixes the
 * languages name ({@code FR}, {@code SC}, {@code RF}, {@code CS}, …), an optional hyphen, digits and an
 * optional letter or {@code .n} suffix, as the model's id grammar accepts ({@code FR-001}, {@code FR1},
 * {@code FR-001a}). A range of two ids of one prefix ({@code SC-001..SC-003}, {@code FR-004–FR-006})
 * cites every id between, up to 100. Linear in the text for a fixed set of prefixes. Immutable. Not API.
 */
public final class IdScanner {
    private static final int MAX_RANGE = 100;
    private final Pattern id;
    private final Pattern rangeTail;

    /** A scanner for ids with {@code prefixes}. */
    public IdScanner(Collection<String> prefixes) {
        String alternatives = prefixes.stream()
                .distinct()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
        String token =
                "(?<![\\p{L}\\p{N}_])(" + alternatives + ")(-?)(\\d{1,9})([a-z]|\\.\\d{1,9})?(?![\\p{L}\\p{N}_])";
        this.id = Pattern.compile(token);
        this.rangeTail = Pattern.compile("\\s*(?:\\.{2,3}|…|[–—~～〜-]|to|through)\\s*" + token);
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
        Matcher tail = rangeTail.matcher(text).useTransparentBounds(true);
        int from = 0;
        while (m.find(from)) {
            out.add(m.group());
            from = m.end();
            tail.region(m.end(), text.length());
            if (m.group(4) == null
                    && tail.lookingAt()
                    && tail.group(4) == null
                    && tail.group(1).equals(m.group(1))
                    && tail.group(2).equals(m.group(2))) {
                long start = Long.parseLong(m.group(3));
                long end = Long.parseLong(tail.group(3));
                if (end > start && end - start <= MAX_RANGE) {
                    int width = m.group(3).length();
                    for (long n = start + 1; n < end; n++) {
                        out.add(m.group(1) + m.group(2) + pad(n, width));
                    }
                }
                out.add(text.substring(tail.start(1), tail.end()));
                from = tail.end();
            }
        }
    }

    private static String pad(long n, int width) {
        String s = Long.toString(n);
        return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
    }
}
