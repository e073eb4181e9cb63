package dev.featurespec.folder.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How ids are compared across documents: {@code FR-001}, {@code FR-1} and {@code FR1} are one
 * requirement; {@code US2}, {@code US-02} one story. (The model's {@code Ids} tells an id's form within
 * one spec and the parser's records where each id is declared; this class only keys ids for matching
 * them across documents.) Not API.
 */
final class IdKeys {
    private static final Pattern ID =
            Pattern.compile("(\\p{L}{1,10})-?0*(\\d{1,9})([a-z]|\\.\\d{1,9})?", Pattern.CASE_INSENSITIVE);
    private static final Pattern STORY = Pattern.compile("US-?0*(\\d{1,6})", Pattern.CASE_INSENSITIVE);

    private IdKeys() {}

    /** The comparison key of a requirement or criterion id ({@code FR#1}, {@code FR#1a}), or empty for none. */
    static Optional<String> key(String id) {
        Matcher m = ID.matcher(id.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String suffix = m.group(3) == null ? "" : m.group(3).toLowerCase(Locale.ROOT);
        return Optional.of(m.group(1).toUpperCase(Locale.ROOT) + "#" + Long.parseLong(m.group(2)) + suffix);
    }

    /** The prefix of an id, upper-case: {@code FR} for {@code fr-001}. */
    static String prefix(String id) {
        Matcher m = ID.matcher(id.strip());
        return m.matches() ? m.group(1).toUpperCase(Locale.ROOT) : "";
    }

    /** The story an id like {@code US2} or {@code US-02} names, as {@code US2}; empty for anything else. */
    static Optional<String> story(String id) {
        Matcher m = STORY.matcher(id.strip());
        return m.matches() ? Optional.of("US" + Integer.parseInt(m.group(1))) : Optional.empty();
    }
}
