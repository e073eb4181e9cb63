package dev.featurespec.model.template.internal;

/**
 * Fenced code block lines as CommonMark reads them, for the checks that must skip fenced code. An opening
 * fence is a run of at least three backticks or tildes, indented less than four spaces; after a backtick
 * run, the rest of the line (the info string) holds no backtick, or the line is inline code, not a fence
 * ({@code ```x```}). A closing fence is a run of the same character at least as long as the opening one,
 * indented less than four spaces, with nothing but spaces after it. Not API.
 */
public final class Fence {
    private Fence() {}

    /** The fence {@code line} opens (its run of backticks or tildes), or null when it opens none. */
    public static String opening(String line) {
        int indent = indent(line);
        if (indent >= 4 || indent >= line.length()) {
            return null;
        }
        char c = line.charAt(indent);
        if (c != '`' && c != '~') {
            return null;
        }
        int end = indent;
        while (end < line.length() && line.charAt(end) == c) {
            end++;
        }
        if (end - indent < 3 || (c == '`' && line.indexOf('`', end) >= 0)) {
            return null;
        }
        return line.substring(indent, end);
    }

    /** True when {@code line} closes the code block {@code fence} opened. */
    public static boolean closes(String fence, String line) {
        int indent = indent(line);
        if (indent >= 4) {
            return false;
        }
        char c = fence.charAt(0);
        int end = indent;
        while (end < line.length() && line.charAt(end) == c) {
            end++;
        }
        return end - indent >= fence.length() && line.substring(end).isBlank();
    }

    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
