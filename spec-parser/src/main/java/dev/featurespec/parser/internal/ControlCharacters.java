package dev.featurespec.parser.internal;

import dev.featurespec.model.diagnostic.Diagnostic;
import dev.featurespec.model.diagnostic.Rule;
import dev.featurespec.model.diagnostic.SourceRange;
import java.util.List;

/**
 * Tells text from binary input, one rule for every Markdown reader and the command line, and makes a
 * stray NUL readable. A control character is one below U+0020 other than tab, line feed, form feed and
 * carriage return. Input is <b>binary</b> when it holds a NUL and at least {@value #MIN_CONTROLS} control
 * characters making up at least 1 in {@value #MAX_SHARE} of it: UTF-16 text, an image or an archive that
 * happens to be valid UTF-8. A NUL is what marks binary, as for git; other control characters alone (an
 * escape sequence pasted from a terminal) leave a text a text. One NUL pasted into a metadata line is
 * text too: each NUL is replaced with U+FFFD, as CommonMark says (§2.3), and reported once (FS018) at
 * the first one. Stateless and thread-safe. Not API.
 *
 * <pre>{@code
 * String text = ControlCharacters.readable(normalised, diagnostics);
 * if (text == null) { ... refused: binary, FS051 added ... }
 * }</pre>
 */
public final class ControlCharacters {
    /** The fewest control characters that can make input binary. */
    public static final int MIN_CONTROLS = 2;

    /** Input is binary when its control characters are at least one in this many. */
    public static final int MAX_SHARE = 100;

    private ControlCharacters() {}

    /** True for a control character: below U+0020, not tab, line feed, form feed or carriage return. */
    public static boolean isControl(int c) {
        return c >= 0 && c < 0x20 && c != '\t' && c != '\n' && c != '\f' && c != '\r';
    }

    /**
     * True when {@code controls} control characters, {@code nuls} of them NUL, in input {@code length}
     * long make it binary.
     */
    public static boolean binary(long controls, long nuls, long length) {
        return nuls > 0 && controls >= MIN_CONTROLS && controls * MAX_SHARE >= length;
    }

    /**
     * Why {@code bytes} is binary ({@code "N of its M bytes are control characters, the first at offset
     * X"}), or null when it is text by this rule (its UTF-8 is checked elsewhere).
     */
    public static String binaryReason(byte[] bytes) {
        int controls = 0;
        int nuls = 0;
        int first = -1;
        for (int i = 0; i < bytes.length; i++) {
            if (isControl(bytes[i])) {
                if (controls++ == 0) {
                    first = i;
                }
                if (bytes[i] == 0) {
                    nuls++;
                }
            }
        }
        if (!binary(controls, nuls, bytes.length)) {
            return null;
        }
        return controls + " of its " + bytes.length + " bytes are control characters, the first at offset " + first;
    }

    /**
     * {@code text} (normalised: line feeds only) made readable: null when it is binary, with an FS051
     * error added to {@code diagnostics}; else the text with each NUL replaced by U+FFFD, with an FS018
     * warning added at the first NUL when there was one. The same string comes back when it holds no NUL.
     */
    public static String readable(String text, List<Diagnostic> diagnostics) {
        if (text.indexOf('\0') < 0) { // binary needs a NUL: text without one is returned as it is, unread
            return text;
        }
        int controls = 0;
        int nuls = 0;
        int firstControl = -1;
        int firstNul = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && isControl(c)) {
                if (controls++ == 0) {
                    firstControl = i;
                }
                if (c == 0 && nuls++ == 0) {
                    firstNul = i;
                }
            }
        }
        if (binary(controls, nuls, text.length())) {
            diagnostics.add(Diagnostic.of(
                    Rule.INVALID_ENCODING,
                    "Binary input, not text: " + controls + " of its " + text.length()
                            + " characters are control characters (NUL and the like)",
                    "",
                    at(text, firstControl)));
            return null;
        }
        if (nuls == 0) {
            return text;
        }
        SourceRange at = at(text, firstNul);
        diagnostics.add(Diagnostic.of(
                Rule.NUL_CHARACTER,
                (nuls == 1 ? "A NUL character (U+0000)" : nuls + " NUL characters (U+0000), the first here,")
                        + " replaced with U+FFFD",
                "",
                at));
        return text.replace('\0', '\uFFFD');
    }

    /** The one-character range at {@code offset} of {@code text}, columns in UTF-16 code units. */
    private static SourceRange at(String text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
            line++;
            lineStart = i + 1;
        }
        int column = offset - lineStart + 1;
        return SourceRange.of(line, column, line, column + 1);
    }
}
