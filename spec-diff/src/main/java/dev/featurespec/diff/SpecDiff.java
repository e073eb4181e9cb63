package dev.featurespec.diff;

import dev.featurespec.diff.internal.Patcher;
import dev.featurespec.model.FeatureSpec;
import java.util.List;
import java.util.Objects;

/**
 * The semantic changes between two versions of a spec, in document order (an element's children after
 * it; a removed element where it was). Immutable.
 *
 * <pre>{@code
 * SpecDiff diff = SpecDiff.between(oldSpec, newSpec);
 * for (Change c : diff.changes()) {
 *     System.out.println(c.summary());   // added FR-012 "System MUST export CSV." [stricter]
 * }
 * boolean gate = diff.has(Significance.BREAKING);
 * }</pre>
 *
 * @param changes the changes; empty when the two specs say the same thing
 */
public record SpecDiff(List<Change> changes) {
    public SpecDiff {
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    /** The changes from {@code before} to {@code after}, found by {@link SpecDiffer#create()}. */
    public static SpecDiff between(FeatureSpec before, FeatureSpec after) {
        return SpecDiffer.create().diff(before, after);
    }

    /** True when the two specs say the same thing. */
    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** True when some change has significance {@code s}. */
    public boolean has(Significance s) {
        Objects.requireNonNull(s, "significance");
        return changes.stream().anyMatch(c -> c.is(s));
    }

    /** The changes with significance {@code s}, in order. */
    public List<Change> with(Significance s) {
        Objects.requireNonNull(s, "significance");
        return changes.stream().filter(c -> c.is(s)).toList();
    }

    /**
     * Applies these changes to {@code before}, the old spec they were computed from, and returns the
     * new spec: each changed, moved or added element takes its new value at its new place, removed
     * elements go, and untouched elements keep their order around them. The result equals the new spec
     * except where the two differed only in what the diff ignores (whitespace runs and line wrapping in
     * texts, a success criterion's list marker, the order of metadata lines); there it keeps {@code
     * before}'s form.
     *
     * @throws IllegalArgumentException when the changes do not fit {@code before} (a pointer that is not
     *     there), which means they were computed from another spec
     */
    public FeatureSpec applyTo(FeatureSpec before) {
        Objects.requireNonNull(before, "before");
        return Patcher.apply(before, changes);
    }
}
