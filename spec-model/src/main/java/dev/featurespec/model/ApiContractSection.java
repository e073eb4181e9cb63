package dev.featurespec.model;

import static dev.featurespec.model.internal.Checks.list;

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
 * asks for, derived from them. Endpoints and status codes are read from code spans ({@code `POST
 * /api/jobs`}, {@code `409`}); a statement saying "breaking" or "backward compatible" marks a change.
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
    // the definitions; isEndpoint and compatible compute the same without running them
    static final Pattern ENDPOINT =
            Pattern.compile("((GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\\s+)?/[^\\s]*", Pattern.CASE_INSENSITIVE);
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

    /** The endpoints named in code spans, distinct, in order of appearance; derived, read-only in JSON. */
    @JsonProperty("endpoints")
    public List<String> endpoints() {
        Set<String> found = null;
        for (Statement s : StatementTrees.flatten(statements)) {
            // an endpoint holds a slash, inside a code span
            String text = s.text();
            if (text.indexOf('`') < 0 || text.indexOf('/') < 0) {
                continue;
            }
            int[] spans = InlineText.codeSpanRanges(text);
            for (int k = 0; k < spans.length; k += 2) {
                int slash = text.indexOf('/', spans[k]);
                if (slash < 0 || slash >= spans[k + 1]) {
                    continue;
                }
                String t = InlineText.strippedCodeSpan(text, spans[k], spans[k + 1]);
                if (isEndpoint(t)) {
                    if (found == null) {
                        found = new LinkedHashSet<>();
                    }
                    found.add(t);
                }
            }
        }
        return found == null ? List.of() : List.copyOf(found);
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

    /** {@code ENDPOINT.matcher(t).matches()}, without the regex: an optional method and space, then a path. */
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
