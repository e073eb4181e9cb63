package dev.featurespec.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /** The level of the first RFC 2119 keyword in {@code text}, or empty when it has none. */
    public static Optional<RequirementLevel> find(String text) {
        if (!mayHoldKeyword(text)) {
            return Optional.empty();
        }
        Matcher m = KEYWORD.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        String found = m.group(1);
        for (RequirementLevel level : values()) {
            if (level.keyword.equals(found)) {
                return Optional.of(level);
            }
        }
        throw new AssertionError(found);
    }
}
