package dev.featurespec.model.diagnostic;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Where each element of a parsed spec came from, keyed by the element's JSON pointer ({@code
 * /userStories/0/acceptanceScenarios/2}). Kept beside the model so the records stay plain values.
 * Immutable and thread-safe; a {@linkplain #lazy(Supplier) lazy} map computes its entries on first use.
 *
 * <pre>{@code
 * Optional<SourceRange> where = result.sourceMap().find("/functionalRequirements/3/id");
 * }</pre>
 */
public final class SourceMap {
    private static final SourceMap EMPTY = new SourceMap(Map.of());

    // null until a lazy map is computed; written once, under the lock
    private volatile Map<String, SourceRange> ranges;
    private Supplier<SourceMap> computation;

    private SourceMap(Map<String, SourceRange> ranges) {
        this.ranges = ranges;
    }

    private SourceMap(Supplier<SourceMap> computation) {
        this.computation = computation;
    }

    /** A map with no entries, for specs that did not come from a document. */
    public static SourceMap empty() {
        return EMPTY;
    }

    /**
     * A map whose entries {@code computation} gives when first needed (any method call), for readers
     * that find positions in a second pass over the text only when someone asks. The computation runs at
     * most once, even when several threads ask at once; it must not return null. Behaves exactly like the
     * map the computation returns.
     */
    public static SourceMap lazy(Supplier<SourceMap> computation) {
        return new SourceMap(Objects.requireNonNull(computation, "computation"));
    }

    private Map<String, SourceRange> ranges() {
        Map<String, SourceRange> r = ranges;
        if (r == null) {
            synchronized (this) {
                r = ranges;
                if (r == null) {
                    SourceMap computed = Objects.requireNonNull(computation.get(), "the lazy source map computed null");
                    r = computed.ranges();
                    ranges = r;
                    computation = null;
                }
            }
        }
        return r;
    }

    /** A builder with no entries. */
    public static Builder builder() {
        return new Builder();
    }

    /** The range recorded for exactly {@code pointer}. */
    public Optional<SourceRange> get(String pointer) {
        return Optional.ofNullable(ranges().get(pointer));
    }

    /**
     * The range recorded for {@code pointer} or, failing that, for its nearest ancestor: {@code
     * /functionalRequirements/3/id} falls back to {@code /functionalRequirements/3}, then {@code
     * /functionalRequirements}.
     */
    public Optional<SourceRange> find(String pointer) {
        Map<String, SourceRange> map = ranges();
        String p = pointer;
        while (true) {
            SourceRange r = map.get(p);
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
        return ranges().size();
    }

    /** Every entry, pointer → range; unmodifiable. */
    public Map<String, SourceRange> asMap() {
        return ranges();
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
