package dev.featurespec.diff;

import java.util.Locale;

/**
 * What a change means, beyond its text: the tags a review bot can gate on ({@code featurespec diff
 * --fail-on breaking}). A change has zero or more of them; one with none is an ordinary rewording,
 * addition or removal. The rules are in {@code docs/diff.md}.
 */
public enum Significance {
    /**
     * Existing users or clients can break: an API-contract statement that says "breaking" appeared, an
     * endpoint the API contract named is named no more, a P0 or P1 story was removed, or a requirement
     * turned around (a {@code MUST} became a {@code MUST NOT}, or back).
     */
    BREAKING,
    /**
     * An obligation got stronger: a requirement's RFC 2119 level went up ({@code SHOULD} to {@code
     * MUST}, none to {@code MAY}), or a requirement with a mandatory level ({@code MUST}, {@code SHALL},
     * {@code REQUIRED} and their negations) was added.
     */
    STRICTER,
    /** The reverse of {@link #STRICTER}: a level went down or disappeared, or a mandatory requirement was removed. */
    LOOSER,
    /** A user story's priority went up ({@code P2} to {@code P1}), or it got one. */
    PROMOTED,
    /** A user story's priority went down ({@code P1} to {@code P3}), or it lost it. */
    DEMOTED,
    /**
     * A question was answered: an element has fewer {@code [NEEDS CLARIFICATION]} markers than before, or
     * a clarification (Q/A) or a clarification session was added.
     */
    CLARIFIED,
    /** An element gained {@code [NEEDS CLARIFICATION]} markers, or was added with some. */
    UNCLEAR,
    /**
     * Only letter case or spacing inside the words changed ({@code Log in} to {@code login}), and nothing
     * else applies. Changes of whitespace runs, line wrapping or list markers alone are no change at all.
     */
    EDITORIAL;

    /** The lower-case name used in text and JSON output, e.g. {@code breaking}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
