package dev.featurespec.model.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The forms of requirement and criterion ids. Canonical is letters, a hyphen and three digits ({@code
 * FR-001}, {@code SC-001}, translated {@code RF-001}, {@code CS-001}, {@code CE-001}). Accepted is
 * letters, an optional hyphen, any number of digits and an optional letter or {@code .n} suffix
 * ({@code FR-1}, {@code FR-01}, {@code FR1}, {@code FR-001a}, {@code FR-019.1}). Anything else is not
 * an id. Not API.
 */
public final class Ids {
    private static final Pattern ID = Pattern.compile("(\\p{L}{1,10})(-?)(\\d{1,9})([A-Za-z]|\\.\\d{1,9})?");
    private static final Pattern CANONICAL_PREFIX = Pattern.compile("[\\p{Lu}\\p{Lo}]+");

    private Ids() {}

    /** What an id string is. */
    public enum Form {
        /** Letters, a hyphen and three digits. */
        CANONICAL,
        /** An id, but not canonical. */
        ACCEPTED,
        /** Not an id. */
        INVALID
    }

    /** The form of {@code id}. */
    public static Form form(String id) {
        Matcher m = ID.matcher(id);
        if (!m.matches()) {
            return Form.INVALID;
        }
        boolean canonical = CANONICAL_PREFIX.matcher(m.group(1)).matches()
                && !m.group(2).isEmpty()
                && m.group(3).length() == 3
                && m.group(4) == null;
        return canonical ? Form.CANONICAL : Form.ACCEPTED;
    }

    /**
     * The canonical id after the highest one of {@code ids}: the prefix most of them use ({@code
     * defaultPrefix} when none is an id; the later one on a tie), a hyphen, and one more than the
     * highest number written with that prefix, in at least three digits. {@code FR-001}, {@code FR-2},
     * {@code FR-007a} give {@code FR-008}.
     */
    public static String next(List<Optional<String>> ids, String defaultPrefix) {
        Map<String, Integer> uses = new HashMap<>();
        Map<String, Long> highest = new HashMap<>();
        String prefix = defaultPrefix;
        int most = 0;
        for (Optional<String> id : ids) {
            if (id.isEmpty()) {
                continue;
            }
            Matcher m = ID.matcher(id.get());
            if (!m.matches()) {
                continue;
            }
            String p = m.group(1);
            int n = uses.merge(p, 1, Integer::sum);
            if (n >= most) {
                most = n;
                prefix = p;
            }
            highest.merge(p, Long.parseLong(m.group(3)), Math::max);
        }
        long number = highest.getOrDefault(prefix, 0L) + 1;
        return prefix + "-" + String.format("%03d", number);
    }
}
