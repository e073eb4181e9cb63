package dev.featurespec.parser.internal.folder;

import dev.featurespec.model.diagnostic.Diagnostic;
import dev.featurespec.model.diagnostic.Rule;
import dev.featurespec.model.diagnostic.SourceMap;
import dev.featurespec.model.diagnostic.SourceRange;
import dev.featurespec.parser.internal.SourceText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commonmark.node.Node;

/**
 * What the assembly of one feature-folder document shares: its source, the diagnostics found and the
 * source map being built. One per parse; not thread-safe. Not API.
 */
public final class DocumentContext {
    private final SourceText src;
    private final List<Diagnostic> diagnostics;
    private final Map<String, SourceRange> ranges = new HashMap<>();

    /** A context over {@code src}, starting with the diagnostics reading found. */
    public DocumentContext(SourceText src, List<Diagnostic> diagnostics) {
        this.src = src;
        this.diagnostics = new ArrayList<>(diagnostics);
    }

    public SourceText src() {
        return src;
    }

    /** Records that the element at {@code pointer} came from {@code node}. */
    public void put(String pointer, Node node) {
        put(pointer, SourceText.range(node));
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

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    public SourceMap sourceMap() {
        SourceMap.Builder b = SourceMap.builder();
        ranges.forEach(b::put);
        return b.build();
    }
}
