package dev.featurespec.parser.internal.folder;

import dev.featurespec.model.diagnostic.Diagnostic;
import dev.featurespec.model.diagnostic.Rule;
import dev.featurespec.model.diagnostic.SourceMap;
import dev.featurespec.model.diagnostic.SourceRange;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one read of a feature-folder document records, whatever its form: the diagnostics found, and where
 * each element came from (the source map being built, keyed by JSON pointer; the first range recorded for
 * a pointer stays). The Markdown assembly ({@link DocumentContext}) and the JSON and YAML walk ({@link
 * StreamCursor}) record the same way. One per read; not thread-safe. Not API.
 */
public sealed class ReadRecord permits DocumentContext, StreamCursor {
    private final List<Diagnostic> diagnostics;
    private final Map<String, SourceRange> ranges = new HashMap<>();

    /** A record starting with the diagnostics found before it (while the input was decoded). */
    ReadRecord(List<Diagnostic> found) {
        this.diagnostics = new ArrayList<>(found);
    }

    /** Records that the element at {@code pointer} came from {@code range} (ignored when null). */
    public void put(String pointer, SourceRange range) {
        if (range != null) {
            ranges.putIfAbsent(pointer, range);
        }
    }

    /** The range recorded for exactly {@code pointer}, if any. */
    public Optional<SourceRange> range(String pointer) {
        return Optional.ofNullable(ranges.get(pointer));
    }

    /** Reports a diagnostic at the rule's default severity. */
    public void report(Rule rule, String message, String pointer, SourceRange range) {
        diagnostics.add(Diagnostic.of(rule, message, pointer, range));
    }

    /** The diagnostics reported so far, in the order reported. */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /** The source map of every range recorded. */
    public SourceMap sourceMap() {
        SourceMap.Builder b = SourceMap.builder();
        ranges.forEach(b::put);
        return b.build();
    }
}
