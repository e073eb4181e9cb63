package dev.featurespec.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The RFC 2119 / RFC 8174 requirement level of a statement. Only the upper-case keywords count, as RFC
 * 8174 says: {@code System MUST log} is {@link #MUST}, {@code the system must log} has no level.
 *
 * <p>Specs written in another language use that language's modal verbs the same way, so a text without
 * an English keyword is read for their equivalents: upper case, as whole words, in Portuguese ({@code
 * DEVE}, {@code NÃO DEVE}, {@code DEVERIA}, {@code PODE}), Spanish ({@code DEBE}, {@code NO DEBE},
 * {@code DEBERÍA}, {@code PUEDE}), French ({@code DOIT}, {@code NE DOIT PAS}, {@code DEVRAIT}, {@code
 * PEUT}), German ({@code MUSS}, {@code DARF NICHT}, {@code SOLLTE}, {@code KANN}) and Russian ({@code
 * ДОЛЖЕН}, {@code НЕ ДОЛЖЕН}, {@code СЛЕДУЕТ}, {@code МОЖЕТ}); and the modal phrases of Chinese
 * ({@code 必须}, {@code 不得}, {@code 应该}, {@code 可以}), Japanese ({@code しなければならない}, {@code
 * してはならない}, {@code べき}, {@code してもよい}) and Korean ({@code 해야 합니다}, {@code 않아야}). An
 * English keyword, when there is one, wins; otherwise the first equivalent in the text does.
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

    // two-word keywords first, so "MUST NOT" is not read as "MUST"; letters or digits on either side
    // (in any script) mean the keyword is part of a longer word
    private static final Pattern KEYWORD = Pattern.compile(
            "(?<![\\p{L}\\p{N}_])(MUST NOT|SHALL NOT|SHOULD NOT|NOT RECOMMENDED|MUST|REQUIRED|SHALL|SHOULD|RECOMMENDED|MAY|OPTIONAL)(?![\\p{L}\\p{N}_])");

    private final String keyword;

    /**
     * Every keyword contains one of these; texts without any (most translated ones, say) skip the
     * regex.
     */
    private static final String[] STEMS = {"MUST", "SHALL", "SHOULD", "REQUIRED", "RECOMMENDED", "MAY", "OPTIONAL"};

    private static boolean mayHoldKeyword(String text) {
        for (String stem : STEMS) {
            if (text.contains(stem)) {
                return true;
            }
        }
        return false;
    }

    RequirementLevel(String keyword) {
        this.keyword = keyword;
    }

    /** The keyword as written in a spec, e.g. {@code MUST NOT}. */
    public String keyword() {
        return keyword;
    }

    /**
     * The level of the first RFC 2119 keyword in {@code text}, or, when it has none, of the first
     * translated equivalent (see the class description); empty when it has neither.
     */
    public static Optional<RequirementLevel> find(String text) {
        if (!mayHoldKeyword(text)) {
            return Translations.find(text);
        }
        Matcher m = KEYWORD.matcher(text);
        if (!m.find()) {
            return Translations.find(text);
        }
        String found = m.group(1);
        for (RequirementLevel level : values()) {
            if (level.keyword.equals(found)) {
                return Optional.of(level);
            }
        }
        throw new AssertionError(found);
    }

    /** The translated equivalents, most specific first (a negation before the verb it negates). */
    private static final class Translations {
        private static final Map<String, RequirementLevel> WORDS = new LinkedHashMap<>();
        private static final Map<String, RequirementLevel> PHRASES = new LinkedHashMap<>();

        static {
            // upper-case words of cased scripts: whole words only
            words(MUST_NOT, "NÃO DEVE", "NÃO DEVEM", "NO DEBE", "NO DEBEN", "NE DOIT PAS", "NE DOIVENT PAS");
            words(MUST_NOT, "DARF NICHT", "DÜRFEN NICHT", "НЕ ДОЛЖЕН", "НЕ ДОЛЖНА", "НЕ ДОЛЖНО", "НЕ ДОЛЖНЫ");
            words(SHOULD_NOT, "NÃO DEVERIA", "NÃO DEVERIAM", "NO DEBERÍA", "NO DEBERÍAN", "NE DEVRAIT PAS");
            words(SHOULD_NOT, "NE DEVRAIENT PAS", "SOLLTE NICHT", "SOLLTEN NICHT", "НЕ СЛЕДУЕТ");
            words(MUST, "DEVE", "DEVEM", "DEBE", "DEBEN", "DOIT", "DOIVENT", "MUSS", "MÜSSEN");
            words(MUST, "ДОЛЖЕН", "ДОЛЖНА", "ДОЛЖНО", "ДОЛЖНЫ", "ОБЯЗАН", "ОБЯЗАНА", "ОБЯЗАНЫ");
            words(SHOULD, "DEVERIA", "DEVERIAM", "DEBERÍA", "DEBERÍAN", "DEVRAIT", "DEVRAIENT", "SOLLTE");
            words(SHOULD, "SOLLTEN", "СЛЕДУЕТ");
            words(MAY, "PODE", "PODEM", "PUEDE", "PUEDEN", "PEUT", "PEUVENT", "KANN", "KÖNNEN", "DARF", "DÜRFEN");
            words(MAY, "МОЖЕТ", "МОГУТ");
            // phrases of scripts without case or spaces between words: anywhere
            phrases(MUST_NOT, "不得", "禁止", "不允许", "してはならない", "してはいけない", "않아야", "안 됩니다", "안 된다");
            phrases(SHOULD_NOT, "不应该", "不应当", "べきではない");
            phrases(MUST, "必须", "务必", "なければならない", "必要がある", "야 합니다", "야 한다", "야 함");
            phrases(SHOULD, "应该", "应当", "べき");
            phrases(MAY, "可以", "てもよい");
        }

        private static final Pattern PATTERN = pattern();
        private static final boolean[] FIRST = new boolean[Character.MAX_VALUE + 1];

        static {
            for (String w : WORDS.keySet()) {
                FIRST[w.charAt(0)] = true;
            }
            for (String p : PHRASES.keySet()) {
                FIRST[p.charAt(0)] = true;
            }
        }

        private static void words(RequirementLevel level, String... words) {
            for (String w : words) {
                WORDS.put(w, level);
            }
        }

        private static void phrases(RequirementLevel level, String... phrases) {
            for (String p : phrases) {
                PHRASES.put(p, level);
            }
        }

        private static Pattern pattern() {
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

        static Optional<RequirementLevel> find(String text) {
            if (!mayHold(text)) {
                return Optional.empty();
            }
            Matcher m = PATTERN.matcher(text);
            if (!m.find()) {
                return Optional.empty();
            }
            String found = m.group().replaceAll("\\s+", " ");
            RequirementLevel level = m.group(1) != null ? WORDS.get(found) : PHRASES.get(found);
            return Optional.ofNullable(level);
        }

        /** One pass over the text: does any character start an equivalent? */
        private static boolean mayHold(String text) {
            for (int i = 0; i < text.length(); i++) {
                if (FIRST[text.charAt(i)]) {
                    return true;
                }
            }
            return false;
        }
    }
}
