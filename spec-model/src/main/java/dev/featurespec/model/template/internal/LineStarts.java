package dev.featurespec.model.template.internal;

/**
 * Keeps inline text from turning into block structure when the Markdown writer places it at the start
 * of a line: a text line {@code # x}, {@code - x}, {@code 1. x}, {@code > x}, a fence, a thematic break
 * or a setext underline would start a heading, list, quote, code block or rule there. Such a line gets
 * one backslash (before its first character, or before the {@code .} of {@code 1.}), which CommonMark renders away. Text the parser produced
 * never needs it: the escape only protects hand-built models. Not API.
 */
public final class LineStarts {
    private LineStarts() {}

    /**
     * {@code line} (already without its indentation) with a backslash where it stops the line from
     * starting a block: before the first character, or for an ordered list marker before its {@code .}
     * or {@code )} (a backslash before a digit is no escape).
     */
    public static String escape(String line) {
        if (!needsEscape(line)) {
            return line;
        }
        char c = line.charAt(0);
        if (c >= '0' && c <= '9') {
            int i = 0;
            while (line.charAt(i) >= '0' && line.charAt(i) <= '9') {
                i++;
            }
            return line.substring(0, i) + "\\" + line.substring(i);
        }
        return "\\" + line;
    }

    /** True when {@code line}, placed at the start of a line in a paragraph, would start a block. */
    public static boolean needsEscape(String line) {
        if (line.isEmpty()) {
            return false;
        }
        char c = line.charAt(0);
        switch (c) {
            case '#':
                return atxHeading(line);
            case '>':
                return true;
            case '-':
            case '+':
            case '*':
                return line.length() == 1
                        || line.charAt(1) == ' '
                        || line.charAt(1) == '\t'
                        || thematicBreak(line, c)
                        || (c == '-' && setextUnderline(line, '-'));
            case '_':
                return thematicBreak(line, '_');
            case '=':
                return setextUnderline(line, '=');
            case '`':
                return line.startsWith("```");
            case '~':
                return line.startsWith("~~~");
            default:
                return c >= '0' && c <= '9' && orderedListMarker(line);
        }
    }

    private static boolean atxHeading(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == '#') {
            i++;
        }
        return i <= 6 && (i == line.length() || line.charAt(i) == ' ' || line.charAt(i) == '\t');
    }

    private static boolean thematicBreak(String line, char c) {
        int count = 0;
        for (int i = 0; i < line.length(); i++) {
            char x = line.charAt(i);
            if (x == c) {
                count++;
            } else if (x != ' ' && x != '\t') {
                return false;
            }
        }
        return count >= 3;
    }

    private static boolean setextUnderline(String line, char c) {
        String t = line.stripTrailing();
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) != c) {
                return false;
            }
        }
        return true;
    }

    private static boolean orderedListMarker(String line) {
        int i = 0;
        while (i < line.length() && i < 10 && line.charAt(i) >= '0' && line.charAt(i) <= '9') {
            i++;
        }
        if (i == 0 || i > 9 || i >= line.length()) {
            return false;
        }
        char d = line.charAt(i);
        if (d != '.' && d != ')') {
            return false;
        }
        return i + 1 == line.length() || line.charAt(i + 1) == ' ' || line.charAt(i + 1) == '\t';
    }
}
