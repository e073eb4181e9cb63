package dev.featurespec.cli.internal;

/**
 * Makes text from a spec safe to print to a terminal: control characters (but the line feed when
 * allowed) and the Unicode bidirectional controls that can make a line read differently from what it
 * holds become visible {@code \\u001B} escapes. A spec is untrusted input; its text must not move the
 * cursor, change colours or reorder what a reviewer sees.
 */
final class Printable {
    private Printable() {}

    /** {@code text} with every control character escaped, line feeds included. */
    static String line(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (unsafe(c)) {
                if (sb == null) {
                    sb = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                sb.append(String.format("\\u%04X", (int) c));
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? text : sb.toString();
    }

    private static boolean unsafe(char c) {
        return Character.getType(c) == Character.CONTROL
                || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069')
                || c == '\u200E'
                || c == '\u200F'
                || c == '\u061C';
    }
}
