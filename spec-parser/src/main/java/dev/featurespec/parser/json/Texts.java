package dev.featurespec.parser.json;

import dev.featurespec.model.diagnostic.SourceLocation;
import dev.featurespec.model.diagnostic.SourceRange;
import java.util.Locale;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;

/** The wording of the JSON and YAML readers' messages, and positions from Jackson locations. */
final class Texts {
    private Texts() {}

    /** {@code s} cut to 40 characters for a message. */
    static String shorten(String s) {
        return s.length() <= 40 ? s : s.substring(0, 39) + "…";
    }

    /** The range from {@code start} to {@code end}; a point when {@code end} is unknown; null when both are. */
    static SourceRange range(TokenStreamLocation start, TokenStreamLocation end) {
        if (start == null || start.getLineNr() < 1 || start.getColumnNr() < 1) {
            return null;
        }
        SourceLocation s = new SourceLocation(start.getLineNr(), start.getColumnNr());
        SourceLocation e = s;
        if (end != null && end.getLineNr() >= 1 && end.getColumnNr() >= 1) {
            SourceLocation candidate = new SourceLocation(end.getLineNr(), end.getColumnNr());
            if (candidate.compareTo(s) >= 0) {
                e = candidate;
            }
        }
        return new SourceRange(s, e);
    }

    /**
     * A plain sentence for one of Jackson's stream limits. Jackson's own messages name its
     * configuration methods ({@code from `StreamReadConstraints.getMaxNameLength()`}), which mean
     * nothing to the author of the document.
     */
    static String limitMessage(StreamConstraintsException e, int maxDepth) {
        String m = String.valueOf(e.getOriginalMessage());
        // Jackson counts up to the point where it stops, so only the limit is worth quoting
        String limit = number(m, m.indexOf("maximum allowed"));
        if (m.startsWith("Document nesting depth")) {
            return "nesting depth exceeds the limit of " + maxDepth;
        }
        if (m.startsWith("Name length")) {
            return "a property name is longer than the limit of " + limit + " characters";
        }
        if (m.startsWith("String value length")) {
            return "a string is longer than the limit of " + limit + " characters";
        }
        if (m.startsWith("Number value length")) {
            return "a number is longer than the limit of " + limit + " characters";
        }
        if (m.startsWith("Token count")) {
            return "the document has more than " + limit + " tokens (values, keys and brackets)";
        }
        if (m.startsWith("Document length")) {
            return "the document is longer than the limit of " + limit + " characters";
        }
        // a limit this version does not know: Jackson's words, without the configuration method
        int from = m.indexOf(", from `");
        return from > 0 ? m.substring(0, from) + ")" : m;
    }

    /** The first run of digits in {@code m} at or after {@code from}; "?" when there is none. */
    private static String number(String m, int from) {
        if (from < 0) {
            return "?";
        }
        int start = from;
        while (start < m.length() && !Character.isDigit(m.charAt(start))) {
            start++;
        }
        int end = start;
        while (end < m.length() && Character.isDigit(m.charAt(end))) {
            end++;
        }
        return end > start ? m.substring(start, end) : "?";
    }

    /** Jackson's or snakeyaml-engine's syntax message, on one line and without a location. */
    static String syntaxMessage(JacksonException e) {
        // Jackson quotes locations it was told not to include; the diagnostic carries the position
        String m =
                String.valueOf(e.getOriginalMessage()).replaceAll(" ?\\(start marker at \\[Source:[^\\]]*\\]\\)", "");
        if (m.indexOf('\n') < 0) {
            return m;
        }
        // snakeyaml-engine's messages interleave the problem with quoted source lines and carets
        StringBuilder sb = new StringBuilder();
        for (String line : m.split("\n")) {
            if (line.isBlank() || line.startsWith(" ") || line.startsWith("\t")) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append("; ");
            }
            sb.append(line.strip());
        }
        return sb.toString();
    }

    /** {@code " (did you mean "x"?)"} for the nearest of {@code names} within two edits, else "". */
    static String suggestion(String name, Iterable<String> names) {
        String best = null;
        int bestDistance = 3;
        for (String known : names) {
            int d = distance(name, known, bestDistance);
            if (d < bestDistance) {
                best = known;
                bestDistance = d;
            }
        }
        return best == null ? "" : " (did you mean \"" + best + "\"?)";
    }

    /** Levenshtein distance, case-insensitive, giving up (returning {@code limit}) past {@code limit}. */
    private static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) >= limit || a.length() > 64) {
            return limit;
        }
        String x = a.toLowerCase(Locale.ROOT);
        String y = b.toLowerCase(Locale.ROOT);
        int[] prev = new int[y.length() + 1];
        int[] cur = new int[y.length() + 1];
        for (int j = 0; j <= y.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= x.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= y.length(); j++) {
                int cost = x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return Math.min(prev[y.length()], limit);
    }
}
