package dev.featurespec.model.template.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the matches of {@link Vocabulary#keyword()} in a text, giving exactly the matches of {@code
 * Matcher.find()} but trying the pattern only where it can start: at an occurrence of a keyword word,
 * or at the {@code **} / {@code __} (plus whitespace) just before one. Occurrences are found with a
 * first-character table, so a text without keywords costs one pass over its characters. Not API.
 */
public final class KeywordMatcher {
    private final Matcher m;
    private final String text;
    private final KeywordIndex index;
    private int pos;
    private int scan;
    private int start = -1;

    public KeywordMatcher(Pattern pattern, String text, KeywordIndex index) {
        this.m = pattern.matcher(text);
        this.text = text;
        this.index = index;
        if (index != null) {
            m.useTransparentBounds(true);
            m.useAnchoringBounds(false);
        }
    }

    /** Like {@link Matcher#find()}. */
    public boolean find() {
        if (index == null) {
            return m.find();
        }
        int len = text.length();
        while (scan < len) {
            int k = scan++;
            if (!index.startsAt(text, k)) {
                continue;
            }
            int j = k;
            while (j > pos && isSpace(text.charAt(j - 1))) {
                j--;
            }
            int s = j - 2;
            if (s >= pos
                    && ((text.charAt(s) == '*' && text.charAt(s + 1) == '*')
                            || (text.charAt(s) == '_' && text.charAt(s + 1) == '_'))
                    && tryAt(s)) {
                return true;
            }
            if (plainCanStartAt(k) && tryAt(k)) {
                return true;
            }
        }
        return false;
    }

    private boolean tryAt(int start) {
        m.region(start, text.length());
        if (m.lookingAt()) {
            // Matcher.start() is wrong here: a '^' inside the look-behind overwrites it, so remember it
            this.start = start;
            pos = m.end();
            if (scan < pos) {
                scan = pos;
            }
            return true;
        }
        return false;
    }

    /**
     * A cheap necessary condition for the pattern's plain (unbolded) branch at {@code k}: its look-behind
     * requires the start of the text, a newline, or whitespace after a comma, semicolon or list marker.
     * Most keyword-like words in running text ("Each", "You" for the one-letter "E" and "Y") fail here
     * without running the regex.
     */
    private boolean plainCanStartAt(int k) {
        if (k == 0) {
            return true;
        }
        char before = text.charAt(k - 1);
        if (before == '\n') {
            return true;
        }
        if (!isSpace(before) || k < 2) {
            return false;
        }
        return PLAIN_PRECEDERS.indexOf(text.charAt(k - 2)) >= 0;
    }

    private static final String PLAIN_PRECEDERS = ",，;；-*+";

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** Like {@link Matcher#start()}. */
    public int start() {
        return index == null ? m.start() : start;
    }

    /** Like {@link Matcher#end()}. */
    public int end() {
        return m.end();
    }

    /** Like {@link Matcher#group(int)}. */
    public String group(int group) {
        return m.group(group);
    }

    /** The keyword words by first character. Immutable. */
    static final class KeywordIndex {
        private final String[][] ascii = new String[128][];
        private final java.util.Map<Character, String[]> other = new java.util.HashMap<>();
        private char minOther = Character.MAX_VALUE;

        /** An index of {@code keywordWords}, or null when a word could start with a space or marker. */
        static KeywordIndex of(java.util.Collection<String> keywordWords) {
            KeywordIndex idx = new KeywordIndex();
            java.util.Map<Character, java.util.Set<String>> by = new java.util.HashMap<>();
            for (String w : keywordWords) {
                if (w.isBlank()) {
                    continue;
                }
                char c = w.charAt(0);
                if (!Character.isLetterOrDigit(c)) {
                    return null;
                }
                by.computeIfAbsent(c, x -> new java.util.LinkedHashSet<>()).add(w);
            }
            by.forEach((c, ws) -> {
                String[] arr = ws.toArray(String[]::new);
                if (c < 128) {
                    idx.ascii[c] = arr;
                } else {
                    idx.other.put(c, arr);
                    idx.minOther = (char) Math.min(idx.minOther, c);
                }
            });
            return idx;
        }

        boolean startsAt(String text, int k) {
            char c = text.charAt(k);
            String[] ws;
            if (c < 128) {
                ws = ascii[c];
            } else if (c >= minOther) {
                ws = other.get(c);
            } else {
                return false;
            }
            if (ws == null) {
                return false;
            }
            for (String w : ws) {
                if (text.startsWith(w, k)) {
                    return true;
                }
            }
            return false;
        }
    }
}
