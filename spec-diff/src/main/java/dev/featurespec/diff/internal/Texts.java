package dev.featurespec.diff.internal;

import dev.featurespec.model.Requirement;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** How the diff compares texts: whitespace runs are one space, edges trimmed. Not API. */
public final class Texts {
    private Texts() {}

    /**
     * {@code text} as the diff compares it: every run of whitespace (line breaks, tabs and no-break
     * spaces too) as one space, none at either end or next to a {@code |}, and every run of more than
     * three hyphens as three, so that re-aligning a Markdown table (padding cells, lengthening its {@code
     * |---|} row) changes nothing. The same instance when it is already so.
     */
    public static String normalize(String text) {
        if (text == null) {
            return null;
        }
        int n = text.length();
        boolean clean = n == 0 || (!isSpace(text.charAt(0)) && !isSpace(text.charAt(n - 1)));
        for (int i = 0; clean && i < n; i++) {
            char c = text.charAt(i);
            if (isSpace(c) && (c != ' ' || isSpace(text.charAt(i + 1)) || text.charAt(i + 1) == '|')) {
                clean = false;
            } else if (c == '|' && i + 1 < n && isSpace(text.charAt(i + 1))) {
                clean = false;
            } else if (c == '-' && i + 3 < n && text.startsWith("---", i + 1)) {
                clean = false;
            }
        }
        if (clean) {
            return text;
        }
        StringBuilder sb = new StringBuilder(n);
        boolean space = false;
        int hyphens = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                space = sb.length() > 0;
                hyphens = 0;
                continue;
            }
            if (space && c != '|' && sb.charAt(sb.length() - 1) != '|') {
                sb.append(' ');
            }
            space = false;
            hyphens = c == '-' ? hyphens + 1 : 0;
            if (hyphens <= 3) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** True when the two texts are equal with whitespace runs as one space; two nulls are equal. */
    public static boolean same(String a, String b) {
        if (a == null || b == null) {
            return a == b;
        }
        return a.equals(b) || normalize(a).equals(normalize(b));
    }

    /** {@link #same(String, String)} for optional texts. */
    public static boolean same(Optional<String> a, Optional<String> b) {
        return same(a.orElse(null), b.orElse(null));
    }

    /** True when the two texts differ at most in letter case and whitespace (anywhere, inside words too). */
    static boolean editorial(String a, String b) {
        return a != null && b != null && squeeze(a).equals(squeeze(b));
    }

    private static String squeeze(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isSpace(c)) {
                sb.append(c);
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    /** Whitespace as Java sees it, plus the no-break spaces {@link Character#isWhitespace} leaves out. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F';
    }

    /**
     * The number of {@code [NEEDS CLARIFICATION]} markers in {@code text}, found the way the model finds
     * them for rules FS109 and FS110 (through {@link Requirement#clarificationsNeeded()}, its public
     * form), so the diff and the validator never disagree on what a marker is.
     */
    static int markers(String text) {
        if (text == null || text.indexOf("[NEEDS CLARIFICATION") < 0) {
            return 0;
        }
        return new Requirement(Optional.empty(), Optional.empty(), text, Map.of())
                .clarificationsNeeded()
                .size();
    }

    /** {@link #markers(String)} for an optional text. */
    static int markers(Optional<String> text) {
        return text.map(Texts::markers).orElse(0);
    }

    /**
     * {@code text} as one line of at most about {@code max} characters: whitespace runs as one space,
     * cut at a word boundary where one is near, with {@code …} when cut.
     */
    public static String shorten(String text, int max) {
        String t = text.strip().replaceAll("[\\s\u00A0\u2007\u202F]+", " ");
        if (t.length() <= max) {
            return t;
        }
        int cut = max;
        if (Character.isLowSurrogate(t.charAt(cut))) {
            cut--;
        }
        int space = t.lastIndexOf(' ', cut);
        if (space > max * 2 / 3) {
            cut = space;
        }
        return t.substring(0, cut).strip() + " …";
    }

    /** {@code key} escaped as one JSON pointer segment (RFC 6901): {@code ~} as {@code ~0}, {@code /} as {@code ~1}. */
    public static String pointerSegment(String key) {
        if (key.indexOf('~') < 0 && key.indexOf('/') < 0) {
            return key;
        }
        return key.replace("~", "~0").replace("/", "~1");
    }

    /** The inverse of {@link #pointerSegment(String)}. */
    public static String unescapeSegment(String segment) {
        if (segment.indexOf('~') < 0) {
            return segment;
        }
        return segment.replace("~1", "/").replace("~0", "~");
    }
}
