package dev.featurespec.model;

import static dev.featurespec.model.internal.Checks.list;
import static dev.featurespec.model.internal.Checks.required;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.featurespec.model.internal.InlineText;
import dev.featurespec.model.internal.StatementTrees;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code ### API Contract & Compatibility}: the statements as written, and the facts the seed template
 * asks for, derived from them. An endpoint is an HTTP method and a path: in a code span ({@code `POST
 * /api/jobs`}, the method in any case), in prose with the method in upper case ({@code POST /api/jobs},
 * trailing punctuation not included), or an upper-case method before a code span holding the path
 * ({@code POST `/api/jobs`}). A path alone ({@code `/api/health`}) is not an endpoint: it may as well be
 * a file or a route prefix. Status codes are read from code spans ({@code `409`}); a statement saying
 * "breaking" or "backward compatible" marks a change.
 *
 * <pre>{@code
 * ApiContractSection api = ApiContractSection.of("POST /api/login returns `401` on a bad password (backward compatible).");
 * api.endpoints();    // [POST /api/login]
 * api.statusCodes();  // [401]
 * }</pre>
 *
 * @param statements the section's bullets, verbatim, in order
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"statements", "endpoints", "statusCodes", "changes"})
@JsonIgnoreProperties(
        value = {"endpoints", "statusCodes", "changes"},
        allowGetters = true)
public record ApiContractSection(
        @JsonInclude(JsonInclude.Include.ALWAYS) List<Statement> statements) {
    private static final String[] METHODS = {"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"};
    // the definitions; endpoints(text) and compatible compute the same without running them: a code
    // span's content, stripped, that ENDPOINT matches; at every place outside code spans where
    // PROSE_ENDPOINT matches, the method and the path without PATH_END characters at its end; and an
    // upper-case method, whitespace and a code span holding a path alone
    static final Pattern ENDPOINT =
            Pattern.compile("(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\\s+/[^\\s]*", Pattern.CASE_INSENSITIVE);
    static final Pattern PROSE_ENDPOINT =
            Pattern.compile("(?<![\\p{L}\\p{N}_])(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\\s+(/[^\\s`]*)");
    static final String PATH_END = ".,;:!?)]'\"*_";
    private static final Pattern STATUS = Pattern.compile("[1-5][0-9][0-9]\\b.*");
    private static final Pattern BREAKING = Pattern.compile("(?<![\\p{L}-])breaking\\b");
    static final Pattern COMPATIBLE = Pattern.compile("backwards?[ -]compatible|non-breaking|not breaking|no breaking");
    // every string COMPATIBLE matches; searching for these is what find() does, without the regex
    private static final String[] COMPATIBLE_PHRASES = {
        "backward compatible",
        "backwards compatible",
        "backward-compatible",
        "backwards-compatible",
        "non-breaking",
        "not breaking",
        "no breaking"
    };

    public ApiContractSection {
        statements = list(statements, "ApiContractSection.statements");
    }

    /** A section of one statement per text, without nested statements. */
    public static ApiContractSection of(String... statements) {
        List<Statement> list = new ArrayList<>(statements.length);
        for (String text : statements) {
            list.add(Statement.of(text));
        }
        return new ApiContractSection(list);
    }

    /** This section with {@code statement} appended. */
    public ApiContractSection withStatement(Statement statement) {
        List<Statement> more = new ArrayList<>(statements.size() + 1);
        more.addAll(statements);
        more.add(required(statement, "ApiContractSection.statements element"));
        return new ApiContractSection(more);
    }

    /**
     * The endpoints the statements name ({@code POST /api/jobs}), distinct, in order of appearance; see
     * the class description. Derived, read-only in JSON.
     */
    @JsonProperty("endpoints")
    public List<String> endpoints() {
        Set<String> found = null;
        for (Statement s : StatementTrees.flatten(statements)) {
            // an endpoint holds a slash
            String text = s.text();
            if (text.indexOf('/') < 0) {
                continue;
            }
            List<String> here = endpoints(text);
            if (!here.isEmpty()) {
                if (found == null) {
                    found = new LinkedHashSet<>();
                }
                found.addAll(here);
            }
        }
        return found == null ? List.of() : List.copyOf(found);
    }

    /** The endpoints of one text, in order of appearance. */
    private static List<String> endpoints(String text) {
        int[] spans = text.indexOf('`') < 0 ? NO_SPANS : InlineText.codeSpanRanges(text);
        List<String> out = new ArrayList<>();
        int span = 0; // the first span not before i
        int slash = -2; // the first slash at or after the last span looked at, -1 for none (moves forward only)
        int length = text.length();
        for (int i = 0; i < length; i++) {
            while (span < spans.length && spans[span + 1] < i) {
                span += 2;
            }
            if (span < spans.length && spans[span] == i) {
                // a code span's content: an endpoint when it is a method and a path
                if (slash != -1 && slash < i) {
                    slash = text.indexOf('/', i);
                }
                if (slash >= 0 && slash < spans[span + 1]) {
                    String t = InlineText.strippedCodeSpan(text, i, spans[span + 1]);
                    if (methodLength(t) > 0 && isEndpoint(t)) {
                        out.add(t);
                    }
                }
                i = spans[span + 1];
                continue;
            }
            char c = text.charAt(i);
            if (c != 'G' && c != 'P' && c != 'D' && c != 'H' && c != 'O') {
                continue;
            }
            int method = upperMethodLength(text, i);
            if (method == 0 || (i > 0 && isWordPart(text.codePointBefore(i)))) {
                continue;
            }
            int j = i + method;
            while (j < length && isSpace(text.charAt(j))) {
                j++;
            }
            if (j == i + method || j == length) {
                continue;
            }
            if (text.charAt(j) == '/') {
                int end = j;
                while (end < length && !isSpace(text.charAt(end)) && text.charAt(end) != '`') {
                    end++;
                }
                while (end > j + 1 && PATH_END.indexOf(text.charAt(end - 1)) >= 0) {
                    end--;
                }
                out.add(text.substring(i, i + method) + " " + text.substring(j, end));
            } else if (text.charAt(j) == '`') {
                // the method before a code span holding a path alone
                int open = j;
                while (open < length && text.charAt(open) == '`') {
                    open++;
                }
                int k = span;
                while (k < spans.length && spans[k] < open) {
                    k += 2;
                }
                if (k < spans.length && spans[k] == open) {
                    String path = InlineText.strippedCodeSpan(text, open, spans[k + 1]);
                    if (path.startsWith("/") && isEndpoint(path)) {
                        out.add(text.substring(i, i + method) + " " + path);
                    }
                }
            }
        }
        return out;
    }

    private static final int[] NO_SPANS = {};

    /** The length of the upper-case HTTP method written at {@code i} as a whole word, or 0. */
    private static int upperMethodLength(String text, int i) {
        for (String m : METHODS) {
            int end = i + m.length();
            if (text.startsWith(m, i) && (end == text.length() || !isWordPart(text.codePointAt(end)))) {
                return m.length();
            }
        }
        return 0;
    }

    /** {@code [\p{L}\p{N}_]}: a letter or number in any script, or an underscore. */
    private static boolean isWordPart(int codePoint) {
        int type = Character.getType(codePoint);
        return codePoint == '_'
                || Character.isLetter(codePoint)
                || type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** The HTTP status codes named in code spans, distinct, in order; derived, read-only in JSON. */
    @JsonProperty("statusCodes")
    public List<Integer> statusCodes() {
        Set<Integer> found = null;
        for (Statement s : StatementTrees.flatten(statements)) {
            if (s.text().indexOf('`') < 0) {
                continue;
            }
            String text = s.text();
            int[] spans = InlineText.codeSpanRanges(text);
            for (int k = 0; k < spans.length; k += 2) {
                // the pattern starts with a digit 1 to 5: most spans fail on their first character
                int first = InlineText.firstNonWhitespace(text, spans[k], spans[k + 1]);
                if (first < '1' || first > '5') {
                    continue;
                }
                String t = InlineText.strippedCodeSpan(text, spans[k], spans[k + 1]);
                if (t.length() < 3 || !isDigit(t.charAt(1)) || !isDigit(t.charAt(2))) {
                    continue;
                }
                if (STATUS.matcher(t).matches()) {
                    if (found == null) {
                        found = new LinkedHashSet<>();
                    }
                    found.add(Integer.parseInt(t.substring(0, 3)));
                }
            }
        }
        return found == null ? List.of() : List.copyOf(found);
    }

    /** The statements that mark a change breaking or backward compatible; derived, read-only in JSON. */
    @JsonProperty("changes")
    public List<ApiChange> changes() {
        List<ApiChange> found = null;
        for (Statement s : StatementTrees.flatten(statements)) {
            if (!containsIgnoringCase(s.text(), "breaking") && !containsIgnoringCase(s.text(), "compatible")) {
                continue; // lower-casing cannot give either word: skip it and the regexes
            }
            String lower = s.text().toLowerCase(Locale.ROOT);
            int breaking = lower.indexOf("breaking");
            if (breaking < 0 && !lower.contains("compatible")) {
                continue; // neither pattern can match: skip the regexes
            }
            Compatibility c = null;
            if (compatible(lower)) {
                c = Compatibility.BACKWARD_COMPATIBLE;
            } else if (breaking >= 0 && BREAKING.matcher(lower).find(breaking)) {
                // no match starts before the first "breaking"; find(from) still sees the character before it
                c = Compatibility.BREAKING;
            }
            if (c != null) {
                if (found == null) {
                    found = new ArrayList<>();
                }
                found.add(new ApiChange(s.text(), c));
            }
        }
        return found == null ? List.of() : List.copyOf(found);
    }

    /**
     * True when some characters of {@code text} in a row each lower-case ({@link Character#toLowerCase(char)})
     * to the characters of {@code word} (lower-case ASCII starting with a letter): a necessary condition
     * for {@code text.toLowerCase(Locale.ROOT).contains(word)}, checked without building that string.
     */
    static boolean containsIgnoringCase(String text, String word) {
        char lower = word.charAt(0);
        char upper = Character.toUpperCase(lower);
        int a = text.indexOf(lower);
        int b = text.indexOf(upper);
        while (a >= 0 || b >= 0) {
            int i;
            if (b < 0 || (a >= 0 && a < b)) {
                i = a;
                a = text.indexOf(lower, a + 1);
            } else {
                i = b;
                b = text.indexOf(upper, b + 1);
            }
            if (i + word.length() <= text.length() && lowerCaseMatch(text, i, word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean lowerCaseMatch(String text, int at, String word) {
        for (int j = 1; j < word.length(); j++) {
            if (Character.toLowerCase(text.charAt(at + j)) != word.charAt(j)) {
                return false;
            }
        }
        return true;
    }

    /** An optional method and space, then a path: with a method, {@code ENDPOINT.matcher(t).matches()}. */
    static boolean isEndpoint(String t) {
        int i = 0;
        if (!t.startsWith("/")) {
            int method = methodLength(t);
            if (method == 0) {
                return false;
            }
            i = method;
            while (i < t.length() && isSpace(t.charAt(i))) {
                i++;
            }
            if (i == method || i == t.length() || t.charAt(i) != '/') {
                return false;
            }
        }
        for (int j = i; j < t.length(); j++) {
            if (isSpace(t.charAt(j))) {
                return false;
            }
        }
        return true;
    }

    /** The length of the HTTP method {@code t} starts with (ASCII letters in any case), or 0. */
    private static int methodLength(String t) {
        for (String m : METHODS) {
            if (t.length() > m.length() && startsWithIgnoreAsciiCase(t, m)) {
                return m.length();
            }
        }
        return 0;
    }

    private static boolean startsWithIgnoreAsciiCase(String t, String upper) {
        for (int i = 0; i < upper.length(); i++) {
            char c = t.charAt(i);
            if (c != upper.charAt(i) && c != Character.toLowerCase(upper.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** {@code \\s}: space, tab, line feed, vertical tab, form feed, carriage return. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** {@code COMPATIBLE.matcher(lower).find()}, as plain substring searches. */
    static boolean compatible(String lower) {
        for (String phrase : COMPATIBLE_PHRASES) {
            if (lower.contains(phrase)) {
                return true;
            }
        }
        return false;
    }
}
