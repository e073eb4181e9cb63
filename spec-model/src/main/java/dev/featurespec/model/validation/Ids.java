package dev.featurespec.model.validation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The forms of requirement and criterion ids. Canonical is letters, a hyphen and three digits ({@code
 * FR-001}, {@code SC-001}, translated {@code RF-001}, {@code CS-001}, {@code CE-001}). Accepted is
 * letters, an optional hyphen, any number of digits and an optional letter or {@code .n} suffix
 * ({@code FR-1}, {@code FR-01}, {@code FR1}, {@code FR-001a}, {@code FR-019.1}). Anything else is not
 * an id. Not API.
 */
final class Ids {
    private static final Pattern ID = Pattern.compile("(\\p{L}{1,10})(-?)(\\d{1,9})([A-Za-z]|\\.\\d{1,9})?");
    private static final Pattern CANONICAL_PREFIX = Pattern.compile("[\\p{Lu}\\p{Lo}]+");

    private Ids() {}

    enum Form {
        CANONICAL,
        ACCEPTED,
        INVALID
    }

    static Form form(String id) {
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
}
