package dev.featurespec.parser.internal.folder;

/**
 * Recognises the GFM task-list checkbox at the start of a list item's text: {@code [ ]}, {@code [x]} or
 * {@code [X]} followed by a space or the end of the text. Not API.
 *
 * @param done true for {@code [x]} and {@code [X]}
 * @param rest the text after the checkbox and its spaces
 */
public record Checkbox(boolean done, String rest) {

    /** The checkbox {@code text} starts with, or null when it starts with none. */
    public static Checkbox of(String text) {
        if (text.length() < 3 || text.charAt(0) != '[' || text.charAt(2) != ']') {
            return null;
        }
        char mark = text.charAt(1);
        if (mark != ' ' && mark != 'x' && mark != 'X') {
            return null;
        }
        if (text.length() > 3 && !Character.isWhitespace(text.charAt(3))) {
            return null;
        }
        return new Checkbox(mark != ' ', text.substring(3).strip());
    }

    /** True when {@code text} starts with a checkbox glued to what follows, {@code [X]T001}. */
    public static boolean isGlued(String text) {
        return text.length() > 3
                && text.charAt(0) == '['
                && text.charAt(2) == ']'
                && "xX ".indexOf(text.charAt(1)) >= 0
                && !Character.isWhitespace(text.charAt(3));
    }
}
