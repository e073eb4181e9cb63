package dev.featurespec.model.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The bracketed tags of task and checklist texts: the leading {@code [P] [US2]} of a task, the {@code
 * [Completeness, Spec §FR-004]} of a checklist item, and what they say (the parallel marker, user story
 * references, {@code §} references). Links ({@code [text](url)}), checkboxes, code spans and {@code [NEEDS
 * CLARIFICATION]} markers are not tags. Every scan is linear in its input. Not API.
 */
public final class BracketTags {
    /** The longest tag read; a longer bracketed run is text. */
    static final int MAX_TAG = 120;

    private BracketTags() {}

    /** A run of tags at the start of a text: their contents, and where the text after them starts. */
    public record Leading(List<String> tags, int end) {}

    /** The tags at the start of {@code text} ({@code [P] [US1] Create …} gives {@code P}, {@code US1}). */
    public static Leading leading(String text) {
        List<String> tags = new ArrayList<>();
        int i = skipSpaces(text, 0);
        int end = i;
        while (i < text.length() && text.charAt(i) == '[') {
            int close = close(text, i);
            if (close < 0
                    || (close + 1 < text.length()
                            && (text.charAt(close + 1) == '(' || text.charAt(close + 1) == '['))) {
                break;
            }
            tags.add(text.substring(i + 1, close).strip());
            i = skipSpaces(text, close + 1);
            end = i;
        }
        return new Leading(List.copyOf(tags), end);
    }

    /**
     * Every tag of {@code text}, anywhere outside code spans, each bracket's content split at commas:
     * {@code Are errors defined? [Gap, Spec §FR-004]} gives {@code Gap} and {@code Spec §FR-004}.
     */
    public static List<String> all(String text) {
        List<String> out = new ArrayList<>();
        int[] spans = InlineText.codeSpanRanges(text);
        int span = 0;
        int i = 0;
        while (i < text.length()) {
            int open = text.indexOf('[', i);
            if (open < 0) {
                break;
            }
            while (span < spans.length && spans[span + 1] < open) {
                span += 2;
            }
            if (span < spans.length && spans[span] <= open) {
                i = spans[span + 1] + 1;
                continue;
            }
            int close = close(text, open);
            if (close < 0) {
                i = open + 1;
                continue;
            }
            boolean link =
                    (close + 1 < text.length() && (text.charAt(close + 1) == '(' || text.charAt(close + 1) == '['))
                            || (open > 0 && text.charAt(open - 1) == '!')
                            || (open > 0 && text.charAt(open - 1) == ']');
            String content = text.substring(open + 1, close).strip();
            if (!link && !content.isEmpty() && !isCheckbox(content) && !content.startsWith("NEEDS CLARIFICATION")) {
                for (String part : content.split("[,，]")) {
                    if (!part.isBlank()) {
                        out.add(part.strip());
                    }
                }
            }
            i = close + 1;
        }
        return List.copyOf(out);
    }

    /**
     * The user stories {@code tags} name, as {@code US} and the number without leading zeros: {@code
     * US1}, {@code US-02} and {@code US1+US2} name {@code US1}, {@code US2}. In order, each once.
     */
    public static List<String> stories(List<String> tags) {
        Set<String> out = new LinkedHashSet<>();
        for (String tag : tags) {
            int i = tag.indexOf("US");
            while (i >= 0) {
                boolean wordStart = i == 0 || !Character.isLetter(tag.charAt(i - 1));
                int j = i + 2;
                if (j < tag.length() && tag.charAt(j) == '-') {
                    j++;
                }
                int digits = j;
                while (digits < tag.length() && digits - j < 6 && Character.isDigit(tag.charAt(digits))) {
                    digits++;
                }
                boolean wordEnd = digits >= tag.length() || !Character.isLetterOrDigit(tag.charAt(digits));
                if (wordStart && digits > j && wordEnd) {
                    out.add("US" + Integer.parseInt(tag.substring(j, digits)));
                }
                i = tag.indexOf("US", i + 2);
            }
        }
        return List.copyOf(out);
    }

    /** A {@code §} reference of a tag: the document it names ({@code Spec}; empty when none) and the target. */
    public record Ref(String document, String target) {}

    /**
     * The {@code §} references of {@code tags}: {@code Spec §FR-004} names {@code FR-004} of {@code Spec};
     * {@code Spec §US5 vs Plan §Data flow} names two; {@code Spec §FR-5 vs §FR-6} names two of {@code
     * Spec}.
     */
    public static List<Ref> references(List<String> tags) {
        List<Ref> out = new ArrayList<>();
        for (String tag : tags) {
            if (tag.indexOf('§') < 0) {
                continue;
            }
            String document = "";
            for (String part : tag.split("\\s+(?:vs\\.?|versus)\\s+")) {
                int s = part.indexOf('§');
                if (s < 0) {
                    continue;
                }
                String before = part.substring(0, s).strip();
                if (!before.isEmpty()) {
                    document = before;
                }
                String target = part.substring(s + 1).strip();
                if (!target.isEmpty()) {
                    out.add(new Ref(document, target));
                }
            }
        }
        return List.copyOf(out);
    }

    private static boolean isCheckbox(String content) {
        return content.equals("x") || content.equals("X");
    }

    private static int skipSpaces(String text, int i) {
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    /** The {@code ]} closing the bracket at {@code open}, within {@link #MAX_TAG}, on the same line; -1 if none. */
    private static int close(String text, int open) {
        int limit = Math.min(text.length(), open + 1 + MAX_TAG);
        for (int i = open + 1; i < limit; i++) {
            char c = text.charAt(i);
            if (c == ']') {
                return i;
            }
            if (c == '[' || c == '\n') {
                return -1;
            }
        }
        return -1;
    }
}
