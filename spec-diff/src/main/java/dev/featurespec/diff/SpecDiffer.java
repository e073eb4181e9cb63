package dev.featurespec.diff;

import dev.featurespec.diff.internal.Differ;
import dev.featurespec.model.FeatureSpec;
import java.util.Objects;

/**
 * Finds the semantic changes between two versions of a {@link FeatureSpec}. Immutable and thread-safe:
 * build one and share it.
 *
 * <pre>{@code
 * SpecDiffer differ = SpecDiffer.builder().similarity(0.6).build();
 * SpecDiff diff = differ.diff(oldSpec, newSpec);
 * }</pre>
 *
 * <p>Elements are identified as {@code docs/diff.md} describes: requirements and criteria by id,
 * stories by number and title, clarification sessions by date and their entries by question, metadata
 * by key, and elements without an identity (scenarios, entities, edge cases, assumptions, statements,
 * loose extra content) first by equal text, then by {@linkplain Builder#similarity(double) similarity}
 * within their parent. Texts are compared with whitespace runs as one space, so re-wrapping, indenting
 * or changing list markers is no change.
 */
public final class SpecDiffer {
    /** The default {@linkplain Builder#similarity(double) similarity} threshold. */
    public static final double DEFAULT_SIMILARITY = 0.5;
    /** The default {@linkplain Builder#maxComparisons(int) comparison budget} per list. */
    public static final int DEFAULT_MAX_COMPARISONS = 100_000;

    private static final SpecDiffer DEFAULT = builder().build();

    private final double similarity;
    private final int maxComparisons;

    private SpecDiffer(Builder b) {
        this.similarity = b.similarity;
        this.maxComparisons = b.maxComparisons;
    }

    /** A differ with the default settings. */
    public static SpecDiffer create() {
        return DEFAULT;
    }

    /** A builder with the default settings. */
    public static Builder builder() {
        return new Builder();
    }

    /** The changes from {@code before} to {@code after}. */
    public SpecDiff diff(FeatureSpec before, FeatureSpec after) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        return new SpecDiff(new Differ(similarity, maxComparisons).diff(before, after));
    }

    /** Builds a {@link SpecDiffer}; not thread-safe. */
    public static final class Builder {
        private double similarity = DEFAULT_SIMILARITY;
        private int maxComparisons = DEFAULT_MAX_COMPARISONS;

        private Builder() {}

        /**
         * How alike two texts without an identity must be to count as one element reworded rather than
         * one removed and another added: the Dice coefficient of their sets of words (lower-cased; each
         * CJK character a word), from 0 (nothing shared) to 1 (the same words). Default {@value
         * #DEFAULT_SIMILARITY}.
         *
         * @throws IllegalArgumentException when not above 0 and at most 1
         */
        public Builder similarity(double threshold) {
            if (!(threshold > 0 && threshold <= 1)) {
                throw new IllegalArgumentException("similarity must be above 0 and at most 1: " + threshold);
            }
            this.similarity = threshold;
            return this;
        }

        /**
         * How many pairs of unmatched elements one list may compare for similarity. Elements with equal
         * texts are paired first at no cost; when the rest would need more comparisons, each is compared
         * only with its nearest unmatched counterparts by position, so time stays linear in the size of
         * the specs. Default {@value #DEFAULT_MAX_COMPARISONS}.
         *
         * @throws IllegalArgumentException when not positive
         */
        public Builder maxComparisons(int maxComparisons) {
            if (maxComparisons < 1) {
                throw new IllegalArgumentException("maxComparisons must be positive: " + maxComparisons);
            }
            this.maxComparisons = maxComparisons;
            return this;
        }

        public SpecDiffer build() {
            return new SpecDiffer(this);
        }
    }
}
