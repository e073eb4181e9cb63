package dev.featurespec.cli.internal;

/**
 * Text made safe to print on a terminal. Specs, file names and messages are untrusted: an escape
 * sequence in a story title ({@code ESC [2J}) would clear the screen, a newline in a folder name would
 * forge a diagnostic line, and a right-to-left override would show a path reversed. Every text-format
 * line the command prints goes through {@link #escape(String)}; JSON and SARIF are escaped by their
 * writer instead.
 *
 * <pre>{@code
 * TerminalText.escape("a\033[2Jb\nc")   // a\x1b[2Jb\nc, on one line
 * }</pre>
 */
public final class TerminalText {
    private TerminalText() {}

    /**
     * {@code text} with every control character written as an escape: {@code \n}, {@code \r}, {@code \t},
     * other C0 controls, DEL and C1 controls as {@code \xhh}, and the Unicode line and paragraph separators
     * and bidirectional controls as <code>&#92;uhhhh</code>. Everything else, backslashes included, is kept.
     */
    public static String escape(String text) {
        int i = 0;
        while (i < text.length() && !needsEscape(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length() + 16).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!needsEscape(c)) {
                sb.append(c);
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c <= 0xFF) {
                sb.append("\\x").append(hex(c, 2));
            } else {
                sb.append("\\u").append(hex(c, 4));
            }
        }
        return sb.toString();
    }

    /**
     * True for the characters {@link #escape(String)} rewrites: C0 controls, DEL, C1 controls (NEL
     * among them), U+2028 and U+2029, and the bidirectional controls U+061C, U+200E, U+200F, U+202A to
     * U+202E and U+2066 to U+2069.
     */
    static boolean needsEscape(char c) {
        return c < 0x20
                || (c >= 0x7F && c <= 0x9F)
                || c == '\u2028'
                || c == '\u2029'
                || c == '\u061C'
                || c == '\u200E'
                || c == '\u200F'
                || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069');
    }

    private static String hex(char c, int digits) {
        String h = Integer.toHexString(c);
        return "0".repeat(digits - h.length()) + h;
    }
}
