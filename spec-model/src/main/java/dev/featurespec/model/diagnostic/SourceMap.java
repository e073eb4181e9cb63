package dev.featurespec.model.diagnostic;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where each element of a parsed spec came from, keyed by the element's JSON pointer ({@code
 * /userStories/0/acceptanceScenarios/2}). Kept beside the model so the records stay plain values.
 * Immutable.
 *
 * <pre>{@code
 * Optional<SourceRange> where = result.sourceMap().find("/functionalRequirements/3/id");
 * }</pre>
 */
public final class SourceMap {
    private static final SourceMap EMPTY = new SourceMap(Map.of());

    private final Map<String, SourceRange> ranges;

    private SourceMap(Map<String, SourceRange> ranges) {
        this.ranges = ranges;
    }

    /** A map with no entries, for specs that did not come from a document. */
    public static SourceMap empty() {
        return EMPTY;
    }

    /** A builder with no entries. */
    public static Builder builder() {
        return new Builder();
    }

    /** The range recorded for exactly {@code pointer}. */
    public Optional<SourceRange> get(String pointer) {
        return Optional.ofNullable(ranges.get(pointer));
    }

    /**
     * The range recorded for {@code pointer} or, failing that, for its nearest ancestor: {@code
     * /functionalRequirements/3/id} falls back to {@code /functionalRequirements/3}, then {@code
     * /functionalRequirements}.
     */
    public Optional<SourceRange> find(String pointer) {
        String p = pointer;
        while (true) {
            SourceRange r = ranges.get(p);
            if (r != null) {
                return Optional.of(r);
            }
            if (p.isEmpty()) {
                return Optional.empty();
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }

    /** The number of entries. */
    public int size() {
        return ranges.size();
    }

    /** Every entry, pointer → range; unmodifiable. */
    public Map<String, SourceRange> asMap() {
        return ranges;
    }

    /** Gives a diagnostic without a range the range of its pointer, when one is known. */
    public Diagnostic locate(Diagnostic d) {
        if (d.range().isPresent()) {
            return d;
        }
        return find(d.pointer()).map(d::withRange).orElse(d);
    }

    /** Collects entries; not thread-safe. The first range recorded for a pointer wins. */
    public static final class Builder {
        private Map<String, SourceRange> ranges = new HashMap<>();
        // true once build() has handed the map out: the next put copies it first (copy on write)
        private boolean shared;

        private Builder() {}

        public Builder put(String pointer, SourceRange range) {
            Objects.requireNonNull(pointer, "pointer");
            Objects.requireNonNull(range, "range");
            if (shared) {
                if (ranges.containsKey(pointer)) {
                    return this;
                }
                ranges = new HashMap<>(ranges);
                shared = false;
            }
            ranges.putIfAbsent(pointer, range);
            return this;
        }

        public SourceMap build() {
            shared = true;
            return new SourceMap(Collections.unmodifiableMap(ranges));
        }
    }
}
