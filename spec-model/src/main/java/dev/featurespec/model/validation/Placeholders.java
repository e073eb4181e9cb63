package dev.featurespec.model.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the placeholders of Spec Kit's {@code spec-template.md} (and of the seed template) left in a
 * text: {@code $ARGUMENTS} and a bracketed phrase the template uses, such as {@code [FEATURE NAME]} or
 * {@code [Describe this user journey in plain language]}. A bracketed phrase followed by {@code (} or
 * {@code [} is a Markdown link, not a placeholder. Linear in the text's length. Not API.
 */
final class Placeholders {
    /** The bracketed phrases of the templates, exactly. */
    static final Set<String> EXACT = Set.of(
            "FEATURE NAME",
            "DATE",
            "###-feature-name",
            "Brief Title",
            "initial state",
            "action",
            "expected outcome",
            "boundary condition",
            "error scenario",
            "specific capability",
            "key interaction");

    /** The starts of the templates' longer bracketed instructions. */
    static final List<String> PREFIXES = List.of(
            "Describe this user journey",
            "Describe the main user journey",
            "Describe how this can be tested",
            "Explain the value",
            "What it represents",
            "Measurable metric",
            "Reliability metric",
            "Compatibility metric",
            "Operational metric",
            "Additional measurable",
            "Technology-agnostic",
            "Add more user stories");

    /** The template's {@code $ARGUMENTS}, the raw input of {@code /speckit.specify}. */
    static final String ARGUMENTS = "$ARGUMENTS";

    private static final Pattern ENTITY = Pattern.compile("Entity \\d{1,3}");
    private static final int MAX_PHRASE = 200;

    private Placeholders() {}

    /** The placeholders in {@code text}, as written (with brackets), in order. */
    static List<String> find(String text) {
        if (text.indexOf('[') < 0 && text.indexOf('$') < 0) {
            return List.of();
        }
        List<String> found = new ArrayList<>();
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '$' && text.startsWith(ARGUMENTS, i)) {
                found.add(ARGUMENTS);
                i += ARGUMENTS.length() - 1;
            } else if (c == '[') {
                int close = close(text, i);
                if (close < 0) {
                    continue;
                }
                String phrase = text.substring(i + 1, close);
                boolean link = close + 1 < length && (text.charAt(close + 1) == '(' || text.charAt(close + 1) == '[');
                if (!link && isPlaceholder(phrase)) {
                    found.add(text.substring(i, close + 1));
                    i = close;
                }
            }
        }
        return found;
    }

    /** The index of the {@code ]} closing the bracket at {@code open}, or -1 (bounded look-ahead). */
    private static int close(String text, int open) {
        int end = Math.min(text.length(), open + 1 + MAX_PHRASE);
        for (int j = open + 1; j < end; j++) {
            char c = text.charAt(j);
            if (c == ']') {
                return j;
            }
            if (c == '[' || c == '\n') {
                return -1;
            }
        }
        return -1;
    }

    static boolean isPlaceholder(String phrase) {
        if (EXACT.contains(phrase) || ENTITY.matcher(phrase).matches()) {
            return true;
        }
        for (String prefix : PREFIXES) {
            if (phrase.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
