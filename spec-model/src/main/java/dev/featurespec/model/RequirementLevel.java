package dev.featurespec.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;

/**
 * The RFC 2119 / RFC 8174 requirement level of a statement. Only the upper-case keywords count, as RFC
 * 8174 says: {@code System MUST log} is {@link #MUST}, {@code the system must log} has no level.
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

    // find(text) gives what this regex finds, without running it (it was the costliest part of writing
    // JSON): (?<![\p{L}\p{N}_])(MUST NOT|SHALL NOT|SHOULD NOT|NOT RECOMMENDED|MUST|REQUIRED|SHALL|SHOULD|
    // RECOMMENDED|MAY|OPTIONAL)(?![\p{L}\p{N}_]). Two-word keywords come first, so "MUST NOT" is not read
    // as "MUST"; letters or digits on either side (in any script) mean the keyword is part of a longer word.

    private final String keyword;

    private static final RequirementLevel[] LEVELS = values();

    RequirementLevel(String keyword) {
        this.keyword = keyword;
    }

    /** The keyword as written in a spec, e.g. {@code MUST NOT}. */
    public String keyword() {
        return keyword;
    }

    /** The level of the first RFC 2119 keyword in {@code text}, or empty when it has none. */
    public static Optional<RequirementLevel> find(String text) {
        // what the regex in the comment above finds, without running it: at each place a keyword can start,
        // the alternatives in the pattern's order (which is the constants' order)
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
                    return Optional.of(level);
                }
            }
        }
        return Optional.empty();
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
}
