package dev.featurespec.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.featurespec.model.template.Language;
import dev.featurespec.model.template.Languages;
import dev.featurespec.model.template.Term;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The RFC 2119 / RFC 8174 requirement level of a statement. Only the upper-case keywords count, as RFC
 * 8174 says: {@code System MUST log} is {@link #MUST}, {@code the system must log} has no level.
 *
 * <p>When a text has several keywords, the strongest one is its level, and the first of equally strong
 * ones: {@code System SHOULD cache, and in production MUST} is {@link #MUST}, since a requirement is as
 * binding as its most binding clause ({@code MUST}-class first: {@code MUST}, {@code MUST NOT}, {@code
 * SHALL}, {@code SHALL NOT}, {@code REQUIRED}; then the {@code SHOULD} class; then {@code MAY} and
 * {@code OPTIONAL}). {@code System MUST log and MUST NOT print} is {@link #MUST}.
 *
 * <p>Specs written in another language use that language's modal verbs the same way, so a text without
 * an English keyword is read for their equivalents: upper case, as whole words, in Portuguese ({@code
 * DEVE}, {@code NÃO DEVE}, {@code DEVERIA}, {@code PODE}), Spanish ({@code DEBE}, {@code NO DEBE},
 * {@code DEBERÍA}, {@code PUEDE}), French ({@code DOIT}, {@code NE DOIT PAS}, {@code DEVRAIT}, {@code
 * PEUT}), German ({@code MUSS}, {@code DARF NICHT}, {@code SOLLTE}, {@code KANN}) and Russian ({@code
 * ДОЛЖЕН}, {@code НЕ ДОЛЖЕН}, {@code СЛЕДУЕТ}, {@code МОЖЕТ}); and the modal phrases of Chinese
 * ({@code 必须}, {@code 不得}, {@code 应该}, {@code 可以}), Japanese ({@code しなければならない}, {@code
 * してはならない}, {@code べき}, {@code してもよい}) and Korean ({@code 해야 합니다}, {@code 않아야}). An
 * English keyword, when there is one, wins; otherwise the first equivalent in the text does. The
 * equivalents are the {@code modal.*} words of the built-in languages ({@link
 * dev.featurespec.model.template.Term#MODAL_MUST} and its siblings).
 */
public enum RequirementLevel {
    @JsonProperty("MUST NOT")
    MUST_NOT("MUST NOT"),
    @JsonProperty("SHALL NOT")
    SHALL_NOT("SHALL NOT"),
    @JsonProperty("SHOULD NOT")
    SHOULD_NOT("SHOULD NOT"),
    @JsonProperty("NOT RECOMMENDED")
    NOT_RECOMMENDED("NOT RECOMMENDED"),
    @JsonProperty("MUST")
    MUST("MUST"),
    @JsonProperty("REQUIRED")
    REQUIRED("REQUIRED"),
    @JsonProperty("SHALL")
    SHALL("SHALL"),
    @JsonProperty("SHOULD")
    SHOULD("SHOULD"),
    @JsonProperty("RECOMMENDED")
    RECOMMENDED("RECOMMENDED"),
    @JsonProperty("MAY")
    MAY("MAY"),
    @JsonProperty("OPTIONAL")
    OPTIONAL("OPTIONAL");

    // find(text) reads the keywords this regex finds, without running it (it was the costliest part of
    // writing JSON): (?<![\p{L}\p{N}_])(MUST NOT|SHALL NOT|SHOULD NOT|NOT RECOMMENDED|MUST|REQUIRED|SHALL|
    // SHOULD|RECOMMENDED|MAY|OPTIONAL)(?![\p{L}\p{N}_]), and keeps the first of the strongest. Two-word
    // keywords come first, so "MUST NOT" is not read as "MUST"; letters or digits on either side (in any
    // script) mean the keyword is part of a longer word.

    private final String keyword;

    private static final RequirementLevel[] LEVELS = values();

    RequirementLevel(String keyword) {
        this.keyword = keyword;
    }

    /** The term of this level's translated modal verbs; only the five levels that languages translate have one. */
    private Term modalTerm() {
        return switch (this) {
            case MUST_NOT -> Term.MODAL_MUST_NOT;
            case SHOULD_NOT -> Term.MODAL_SHOULD_NOT;
            case MUST -> Term.MODAL_MUST;
            case SHOULD -> Term.MODAL_SHOULD;
            case MAY -> Term.MODAL_MAY;
            default -> throw new IllegalStateException(this + " has no modal verbs");
        };
    }

    /** The keyword as written in a spec, e.g. {@code MUST NOT}. */
    public String keyword() {
        return keyword;
    }

    /**
     * True for an absolute requirement or prohibition: {@link #MUST}, {@link #MUST_NOT}, {@link #SHALL},
     * {@link #SHALL_NOT}, {@link #REQUIRED}. A prohibition is as mandatory as a requirement: RFC 2119
     * calls both absolute.
     */
    public boolean isMandatory() {
        return strength() == 3;
    }

    /**
     * True for a recommendation either way: {@link #SHOULD}, {@link #SHOULD_NOT}, {@link #RECOMMENDED},
     * {@link #NOT_RECOMMENDED}.
     */
    public boolean isRecommended() {
        return strength() == 2;
    }

    /** True for {@link #MAY} and {@link #OPTIONAL}. */
    public boolean isOptional() {
        return strength() == 1;
    }

    /** True for the negative keywords: {@link #MUST_NOT}, {@link #SHALL_NOT}, {@link #SHOULD_NOT}, {@link #NOT_RECOMMENDED}. */
    public boolean isNegative() {
        return keyword.contains("NOT");
    }

    /** 3 for the MUST class, 2 for the SHOULD class, 1 for MAY and OPTIONAL. */
    private int strength() {
        return switch (this) {
            case MUST, MUST_NOT, SHALL, SHALL_NOT, REQUIRED -> 3;
            case SHOULD, SHOULD_NOT, RECOMMENDED, NOT_RECOMMENDED -> 2;
            case MAY, OPTIONAL -> 1;
        };
    }

    /**
     * The level of {@code text}: of its strongest upper-case RFC 2119 keyword, the first of equally strong
     * ones (see the class description); or, when it has none, of the first translated equivalent; empty
     * when it has neither.
     */
    public static Optional<RequirementLevel> find(String text) {
        // what the regex in the comment above finds, without running it: at each place a keyword can start,
        // the alternatives in the pattern's order (which is the constants' order)
        RequirementLevel best = null;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c != 'M' && c != 'S' && c != 'N' && c != 'R' && c != 'O') {
                continue;
            }
            // the look-behind sees the one char before (a lone low surrogate is no letter)
            if (i > 0 && isWordPart(text.charAt(i - 1))) {
                continue;
            }
            for (RequirementLevel level : LEVELS) {
                String k = level.keyword;
                int end = i + k.length();
                if (text.startsWith(k, i) && (end == length || !isWordPart(text.codePointAt(end)))) {
                    if (level.strength() == 3) {
                        return Optional.of(level); // nothing is stronger, and it is the first of its class
                    }
                    if (best == null || level.strength() > best.strength()) {
                        best = level;
                    }
                    i = end - 1;
                    break;
                }
            }
        }
        return best != null ? Optional.of(best) : Translations.find(text);
    }

    /** {@code [\p{L}\p{N}_]}: a letter or number in any script, or an underscore. */
    private static boolean isWordPart(int codePoint) {
        if (codePoint == '_') {
            return true;
        }
        return switch (Character.getType(codePoint)) {
            case Character.UPPERCASE_LETTER,
                    Character.LOWERCASE_LETTER,
                    Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER,
                    Character.OTHER_LETTER,
                    Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER,
                    Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    /** The translated equivalents, most specific first (a negation before the verb it negates). */
    static final class Translations {
        private static final Map<String, RequirementLevel> WORDS = new LinkedHashMap<>();
        private static final Map<String, RequirementLevel> PHRASES = new LinkedHashMap<>();

        static {
            // the modal verbs of the built-in languages, most specific level first (a negation before the
            // verb it negates): upper-case words of cased scripts match as whole words, phrases of scripts
            // without case or spaces between words anywhere
            for (RequirementLevel level : List.of(MUST_NOT, SHOULD_NOT, MUST, SHOULD, MAY)) {
                Term term = level.modalTerm();
                for (Language language : Languages.builtIn()) {
                    for (String candidate : language.words(term)) {
                        (cased(candidate) ? WORDS : PHRASES).putIfAbsent(candidate, level);
                    }
                }
            }
        }

        /** True when {@code s} has a letter with case: a word of a cased script. */
        private static boolean cased(String s) {
            for (int i = 0; i < s.length(); i++) {
                if (Character.isUpperCase(s.charAt(i)) || Character.isLowerCase(s.charAt(i))) {
                    return true;
                }
            }
            return false;
        }

        // candidates by first character, in priority order
        private static final Map<Character, List<String>> WORDS_BY_FIRST = byFirst(WORDS);
        private static final Map<Character, List<String>> PHRASES_BY_FIRST = byFirst(PHRASES);

        // which characters start a candidate, so most characters cost one bit test
        private static final long[] STARTS = new long[1 << 10];

        static {
            for (String c : WORDS.keySet()) {
                STARTS[c.charAt(0) >>> 6] |= 1L << c.charAt(0);
            }
            for (String c : PHRASES.keySet()) {
                STARTS[c.charAt(0) >>> 6] |= 1L << c.charAt(0);
            }
        }

        private static Map<Character, List<String>> byFirst(Map<String, RequirementLevel> candidates) {
            Map<Character, List<String>> by = new HashMap<>();
            for (String c : candidates.keySet()) {
                by.computeIfAbsent(c.charAt(0), k -> new ArrayList<>()).add(c);
            }
            return by;
        }

        /**
         * The regex {@link #find} gives the first match of, without running it: the words as whole words
         * (a space in a word stands for any run of whitespace), then the phrases anywhere; at each place,
         * the candidates in priority order. Kept as the specification the tests check {@code find} against.
         */
        static Pattern pattern() {
            StringBuilder sb = new StringBuilder("(?<![\\p{L}\\p{N}_])(");
            String sep = "";
            for (String w : WORDS.keySet()) {
                sb.append(sep).append(Pattern.quote(w).replace(" ", "\\E\\s+\\Q"));
                sep = "|";
            }
            sb.append(")(?![\\p{L}\\p{N}_])");
            for (String p : PHRASES.keySet()) {
                sb.append('|').append(Pattern.quote(p));
            }
            return Pattern.compile(sb.toString());
        }

        /** The level of a candidate as listed (a word's spaces single), or null when it is none. */
        static RequirementLevel levelOf(String candidate) {
            RequirementLevel level = WORDS.get(candidate);
            return level != null ? level : PHRASES.get(candidate);
        }

        static Optional<RequirementLevel> find(String text) {
            int length = text.length();
            for (int i = 0; i < length; i++) {
                char c = text.charAt(i);
                if ((STARTS[c >>> 6] & (1L << c)) == 0) {
                    continue;
                }
                List<String> words = WORDS_BY_FIRST.get(c);
                if (words != null && (i == 0 || !isWordPart(text.codePointBefore(i)))) {
                    for (String w : words) {
                        int end = wordEnd(text, i, w);
                        if (end >= 0 && (end == length || !isWordPart(text.codePointAt(end)))) {
                            return Optional.of(WORDS.get(w));
                        }
                    }
                }
                List<String> phrases = PHRASES_BY_FIRST.get(c);
                if (phrases != null) {
                    for (String p : phrases) {
                        if (text.startsWith(p, i)) {
                            return Optional.of(PHRASES.get(p));
                        }
                    }
                }
            }
            return Optional.empty();
        }

        /** Where {@code word} ends when it is written at {@code from}, a space matching any whitespace run; or -1. */
        private static int wordEnd(String text, int from, String word) {
            int t = from;
            for (int k = 0; k < word.length(); k++) {
                char w = word.charAt(k);
                if (w == ' ') {
                    int spaces = t;
                    while (t < text.length() && isSpace(text.charAt(t))) {
                        t++;
                    }
                    if (t == spaces) {
                        return -1;
                    }
                } else if (t < text.length() && text.charAt(t) == w) {
                    t++;
                } else {
                    return -1;
                }
            }
            return t;
        }

        /** {@code \s}: a space, tab, line break, vertical tab or form feed. */
        private static boolean isSpace(char c) {
            return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
        }
    }
}
