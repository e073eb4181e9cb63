package dev.featurespec.model.diagnostic;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Where each element of a parsed spec came from, keyed by the element's JSON pointer ({@code
 * /userStories/0/acceptanceScenarios/2}). Kept beside the model so the records stay plain values.
 * Immutable and thread-safe; a {@linkplain #lazy(Supplier) lazy} map computes its entries on first use.
 *
 * <p>A reader may also record where the lines of a text field stand ({@link Builder#putTextLine}), so
 * that a place inside the text, such as a {@code [NEEDS CLARIFICATION]} marker, can be {@linkplain
 * #locate(String, int, int) located} in the source. The Markdown parser records them for the texts
 * holding {@code [NEEDS CLARIFICATION]} markers.
 *
 * <pre>{@code
 * Optional<SourceRange> where = result.sourceMap().find("/functionalRequirements/3/id");
 * Optional<SourceRange> marker = result.sourceMap().locate(open.pointer(), open.start(), open.end());
 * }</pre>
 */
public final class SourceMap {
    private static final SourceMap EMPTY = new SourceMap(Map.of(), Map.of());

    // null until a lazy map is computed; written once, under the lock
    private volatile Map<String, SourceRange> ranges;
    private Map<String, List<TextLine>> textLines;
    private Supplier<SourceMap> computation;

    /** One line of a text field: its characters from {@code offset} stand at {@code range}, one column each. */
    private record TextLine(int offset, SourceRange range) {
        int end() {
            return offset + range.end().column() - range.start().column();
        }
    }

    private SourceMap(Map<String, SourceRange> ranges, Map<String, List<TextLine>> textLines) {
        this.textLines = textLines;
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
                    textLines = computed.textLines;
                    ranges = r; // the volatile write publishes textLines too
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

    /**
     * Where the character at {@code offset} of the text field at {@code pointer} ({@code
     * /functionalRequirements/3/text}) stands in the source, when the reader recorded the line of the
     * text holding it; an offset just past a line's last character is located too.
     */
    public Optional<SourceLocation> locate(String pointer, int offset) {
        ranges();
        List<TextLine> lines = textLines.get(pointer);
        if (lines == null) {
            return Optional.empty();
        }
        for (TextLine line : lines) {
            if (offset >= line.offset() && offset <= line.end()) {
                SourceLocation start = line.range().start();
                return Optional.of(new SourceLocation(start.line(), start.column() + offset - line.offset()));
            }
        }
        return Optional.empty();
    }

    /**
     * Where the characters {@code [start, end)} of the text field at {@code pointer} stand in the source,
     * when both ends are {@linkplain #locate(String, int) located}.
     */
    public Optional<SourceRange> locate(String pointer, int start, int end) {
        Optional<SourceLocation> from = locate(pointer, start);
        Optional<SourceLocation> to = locate(pointer, end);
        if (from.isEmpty() || to.isEmpty() || to.get().compareTo(from.get()) < 0) {
            return Optional.empty();
        }
        return Optional.of(new SourceRange(from.get(), to.get()));
    }

    /** A builder holding this map's entries, to add more; the entries are shared until one is added. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.ranges = ranges();
        b.shared = true;
        textLines.forEach((pointer, lines) -> b.textLines.put(pointer, new ArrayList<>(lines)));
        return b;
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
        private final Map<String, List<TextLine>> textLines = new HashMap<>();

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

        /**
         * Records that characters of the text field at {@code pointer}, from {@code offset} on, stand at
         * {@code line}, one column per character (UTF-16 unit): {@code line} is one line of the source,
         * and its width is how many characters it holds.
         *
         * @throws IllegalArgumentException when {@code line} spans lines or {@code offset} is negative
         */
        public Builder putTextLine(String pointer, int offset, SourceRange line) {
            Objects.requireNonNull(pointer, "pointer");
            Objects.requireNonNull(line, "line");
            if (line.start().line() != line.end().line() || offset < 0) {
                throw new IllegalArgumentException(
                        "a text line is one source line at a non-negative offset: " + offset + " at " + line);
            }
            textLines.computeIfAbsent(pointer, p -> new ArrayList<>()).add(new TextLine(offset, line));
            return this;
        }

        public SourceMap build() {
            shared = true;
            Map<String, List<TextLine>> lines = new HashMap<>();
            textLines.forEach((pointer, list) -> lines.put(pointer, List.copyOf(list)));
            return new SourceMap(Collections.unmodifiableMap(ranges), lines.isEmpty() ? Map.of() : lines);
        }
    }
}
