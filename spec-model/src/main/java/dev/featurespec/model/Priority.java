package dev.featurespec.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A user story's priority, {@code P0}, {@code P1}, … {@code Pn}; a lower rank is more important.
 * Priorities compare by rank, so sorting a list of them puts the most important first.
 *
 * <pre>{@code
 * Priority p = Priority.parse("P1");
 * p.compareTo(Priority.of(2)) < 0;   // P1 before P2
 * }</pre>
 *
 * @param rank the number after {@code P}, zero or more
 */
public record Priority(int rank) implements Comparable<Priority> {
    /** The highest priority Spec Kit's template uses for an MVP story. */
    public static final Priority P1 = new Priority(1);

    public Priority {
        if (rank < 0) {
            throw new IllegalArgumentException("Priority.rank must not be negative: " + rank);
        }
    }

    /** The priority {@code P<rank>}. */
    public static Priority of(int rank) {
        return new Priority(rank);
    }

    /**
     * Reads {@code P1}, {@code p2} or {@code P10}.
     *
     * @throws IllegalArgumentException when {@code text} is not {@code P} followed by digits
     */
    @JsonCreator
    public static Priority parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("Priority must not be null");
        }
        String t = text.strip();
        if (t.length() < 2 || (t.charAt(0) != 'P' && t.charAt(0) != 'p') || t.length() > 10) {
            throw new IllegalArgumentException("not a priority (expected P0, P1, P2, …): '" + text + "'");
        }
        for (int i = 1; i < t.length(); i++) {
            if (t.charAt(i) < '0' || t.charAt(i) > '9') {
                throw new IllegalArgumentException("not a priority (expected P0, P1, P2, …): '" + text + "'");
            }
        }
        return new Priority(Integer.parseInt(t.substring(1)));
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
