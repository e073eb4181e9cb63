package dev.featurespec.model.template.internal;

import dev.featurespec.model.KeyEntity;
import dev.featurespec.model.template.Term;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The template's syntax rules that both directions need: the parser reads with them and the writer
 * checks that what it writes reads back. One definition each, so the two cannot drift apart. Not API.
 */
public final class Syntax {
    /** The attribute a requirement or criterion gets when it stands under a sub-heading of its section. */
    public static final String GROUP_ATTRIBUTE = "group";

    /**
     * The words the canonical Markdown writer writes in every language, not the language's own: Spec
     * Kit's clarify command writes {@code Q:} and {@code A:} whatever the spec's language, and an item
     * table's header is {@code ID} and {@code Description}, a requirement table's as a criterion table's. The parser records an author's word for
     * these terms where it differs from these.
     */
    public static final Map<Term, String> WORDS_OF_EVERY_LANGUAGE = Map.of(
            Term.QUESTION, "Q",
            Term.ANSWER, "A",
            Term.LABEL_ID_COLUMN, "ID",
            Term.LABEL_TEXT_COLUMN, "Description",
            Term.LABEL_CRITERION_TEXT_COLUMN, "Description");

    /** A bold label at the start of a line: {@code **Label**:}, {@code **Label:**}, {@code __Label__:}. */
    private static final Pattern BOLD_LABEL =
            Pattern.compile("^(?:\\*\\*([^*\\n]{1,80}?)\\s*(?:\\*\\*\\s*[:：]|[:：]\\s*\\*\\*)"
                    + "|__([^_\\n]{1,80}?)\\s*(?:__\\s*[:：]|[:：]\\s*__))[ \\t]*");

    /** Bold text at the start of an item, then the rest: {@code **Account** …}. */
    private static final Pattern BOLD_START =
            Pattern.compile("^(?:\\*\\*([^*\\n]{1,200}?)\\*\\*|__([^_\\n]{1,200}?)__)\\s*(.*)$", Pattern.DOTALL);

    /** A list marker at the start of a text: a bullet or {@code 1.} / {@code 1)}, then whitespace. */
    public static final Pattern LIST_MARKER = Pattern.compile("^\\s*(?:[-*+]|\\d{1,9}[.)])\\s+");

    /** A parenthesised label right after an id: {@code FR-001 (Login)}. */
    private static final Pattern ID_PAREN = Pattern.compile("^\\s*[(（]([^)）\\n]{0,200})[)）]");

    private Syntax() {}

    /** A bold label found at the start of a line: its text and where the value after it starts. */
    public record BoldLabel(String label, int end) {}

    /** An id at the start of an item, with its optional parenthesised label and the text after it. */
    public record IdText(String id, String label, String text) {}

    /** True when {@code s} starts with {@code **} or {@code __}, which any bold form needs. */
    public static boolean startsBold(String s) {
        return s.startsWith("**") || s.startsWith("__");
    }

    /** The bold label {@code line} starts with ({@code **Status**: Draft}), or null when it has none. */
    public static BoldLabel boldLabel(String line) {
        if (!startsBold(line)) {
            return null;
        }
        Matcher m = BOLD_LABEL.matcher(line);
        if (!m.lookingAt()) {
            return null;
        }
        return new BoldLabel(m.group(1) != null ? m.group(1) : m.group(2), m.end());
    }

    /**
     * A key entity's item split as the template writes it: {@code **Name**: description} (also {@code
     * __Name__}, {@code **Name:**}, or a dash after the bold name), else {@code Name: description} when a
     * colon comes early on the first line, else the whole text as the name.
     */
    public static KeyEntity keyEntity(String text) {
        Matcher m = BOLD_START.matcher(text);
        if (startsBold(text) && m.matches()) {
            String name = (m.group(1) != null ? m.group(1) : m.group(2)).strip();
            if (name.endsWith(":") || name.endsWith("：")) {
                name = name.substring(0, name.length() - 1).strip();
            }
            return new KeyEntity(name, dropLeading(m.group(3).strip(), ":：—–-", 1));
        }
        int colon = text.indexOf(':');
        int nl = text.indexOf('\n');
        if (colon > 0 && colon < 80 && (nl < 0 || nl > colon)) {
            return new KeyEntity(
                    text.substring(0, colon).strip(), text.substring(colon + 1).strip());
        }
        return new KeyEntity(text, "");
    }

    /**
     * Reads an id at the start of {@code text}: {@code **FR-001**: text}, {@code **FR-001 (Label)**:
     * text}, {@code **FR-001:** text}, {@code FR-001: text} (also with a dash); null when {@code text}
     * does not start so.
     *
     * @param ids the id grammar, e.g. {@link Vocabulary#requirementId()}
     */
    public static IdText idText(String text, Pattern ids) {
        int i = 0;
        String bold = null;
        if (startsBold(text)) {
            bold = text.substring(0, 2);
            i = 2;
        }
        Matcher m = ids.matcher(text);
        m.region(i, text.length());
        if (!m.lookingAt()) {
            return null;
        }
        String id = m.group();
        int j = m.end();
        if (j < text.length() && Character.isLetterOrDigit(text.charAt(j))) {
            return null;
        }
        String label = null;
        Matcher pm = ID_PAREN.matcher(text);
        pm.region(j, text.length());
        if (pm.lookingAt()) {
            label = pm.group(1).strip();
            j = pm.end();
        }
        j = skipSpaces(text, j);
        boolean sep = false;
        if (bold != null) {
            if (text.startsWith(bold, j)) {
                j = skipSpaces(text, j + 2);
                if (j < text.length() && ":：-–—".indexOf(text.charAt(j)) >= 0) {
                    j++;
                }
                sep = true;
            } else if (j < text.length() && (text.charAt(j) == ':' || text.charAt(j) == '：')) {
                int k = skipSpaces(text, j + 1);
                if (text.startsWith(bold, k)) {
                    j = k + 2;
                    sep = true;
                }
            }
        } else if (j < text.length() && ":：-–—".indexOf(text.charAt(j)) >= 0) {
            j++;
            sep = true;
        }
        if (!sep) {
            return null;
        }
        return new IdText(id, label, text.substring(Math.min(j, text.length())).strip());
    }

    /**
     * True when the story heading label {@code label} ({@code US-003}, {@code Story 2}) reads back as the
     * label of story {@code number}: a story word of {@code vocabulary} and that number.
     */
    public static boolean storyLabel(Vocabulary vocabulary, String label, int number) {
        Matcher m = vocabulary.story().matcher(label);
        if (!m.matches() || !m.group(2).isEmpty()) {
            return false;
        }
        try {
            return Integer.parseInt(m.group(1)) == number;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** True when {@code marker} is an ordered-list marker: one to nine digits and {@code .} or {@code )}. */
    public static boolean orderedMarker(String marker) {
        int n = marker.length() - 1;
        if (n < 1 || n > 9 || (marker.charAt(n) != '.' && marker.charAt(n) != ')')) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (marker.charAt(i) < '0' || marker.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** {@code s} without up to {@code max} leading characters from {@code chars}, then stripped. */
    public static String dropLeading(String s, String chars, int max) {
        int i = 0;
        while (i < s.length() && i < max && chars.indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        return s.substring(i).strip();
    }

    /** {@code s} stripped, without one trailing character from {@code chars}, stripped again. */
    public static String dropTrailing(String s, String chars) {
        String t = s.strip();
        if (!t.isEmpty() && chars.indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }

    /** The index of the first character at or after {@code i} that is not a space or tab. */
    public static int skipSpaces(String s, int i) {
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    /** {@code text} stripped and, when struck through as a whole ({@code ~~…~~}), without the strike. */
    public static String unstruck(String text) {
        String t = text.strip();
        if (t.startsWith("~~") && t.endsWith("~~") && t.length() >= 4) {
            return t.substring(2, t.length() - 2).strip();
        }
        return t;
    }

    /**
     * Whether what follows a clarification session heading's word is a session's: nothing, or a date (a
     * digit first); {@code Session notes} is not a session.
     */
    public static boolean sessionRest(String rest) {
        String r = rest.strip();
        return r.isEmpty() || Character.isDigit(r.codePointAt(0));
    }
}
