package dev.featurespec.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * A user story's priority, {@code P0}, {@code P1}, … {@code Pn}; a lower rank is more important.
 * Priorities compare by rank, so sorting a list of them puts the most important first.
 *
 * <pre>{@code
 * Priority p = Priority.parse("P1");
 * p.compareTo(Priority.P2) < 0;   // P1 before P2
 * p.equals(Priority.P1);          // true; P0 to P9 are constants
 * }</pre>
 *
 * @param rank the number after {@code P}, zero or more
 */
public record Priority(int rank) implements Comparable<Priority> {
    /** {@code P0}: above the template's scale, for what must ship before anything else. */
    public static final Priority P0 = new Priority(0);
    /** {@code P1}: the most important story, the MVP slice in Spec Kit's template. */
    public static final Priority P1 = new Priority(1);
    /** {@code P2}. */
    public static final Priority P2 = new Priority(2);
    /** {@code P3}. */
    public static final Priority P3 = new Priority(3);
    /** {@code P4}. */
    public static final Priority P4 = new Priority(4);
    /** {@code P5}. */
    public static final Priority P5 = new Priority(5);
    /** {@code P6}. */
    public static final Priority P6 = new Priority(6);
    /** {@code P7}. */
    public static final Priority P7 = new Priority(7);
    /** {@code P8}. */
    public static final Priority P8 = new Priority(8);
    /** {@code P9}: the lowest priority the template's range ({@code P0} to {@code P9}, rule FS106) has. */
    public static final Priority P9 = new Priority(9);

    private static final Priority[] CONSTANTS = {P0, P1, P2, P3, P4, P5, P6, P7, P8, P9};

    public Priority {
        if (rank < 0) {
            throw new IllegalArgumentException("Priority.rank must not be negative: " + rank);
        }
    }

    /**
     * The priority {@code P<rank>}; one of the constants for 0 to 9.
     *
     * @throws IllegalArgumentException when {@code rank} is negative
     */
    public static Priority of(int rank) {
        return rank >= 0 && rank < CONSTANTS.length ? CONSTANTS[rank] : new Priority(rank);
    }

    /**
     * Reads {@code P1}, {@code p2} or {@code P10}, surrounding whitespace ignored.
     *
     * @throws NullPointerException when {@code text} is null, as everywhere in the model
     * @throws IllegalArgumentException when {@code text} is not {@code P} followed by digits
     */
    @JsonCreator
    public static Priority parse(String text) {
        Objects.requireNonNull(text, "Priority text must not be null");
        String t = text.strip();
        if (t.length() < 2 || (t.charAt(0) != 'P' && t.charAt(0) != 'p') || t.length() > 10) {
            throw new IllegalArgumentException("not a priority (expected P0, P1, P2, …): '" + text + "'");
        }
        for (int i = 1; i < t.length(); i++) {
            if (t.charAt(i) < '0' || t.charAt(i) > '9') {
                throw new IllegalArgumentException("not a priority (expected P0, P1, P2, …): '" + text + "'");
            }
        }
        return of(Integer.parseInt(t.substring(1)));
    }

    @Override
    public int compareTo(Priority other) {
        return Integer.compare(rank, other.rank);
    }

    /** {@code P} followed by the rank, as written in specs and in JSON. */
    @JsonValue
    @Override
    public String toString() {
        return "P" + rank;
    }
}
