package dev.featurespec.parser.internal.folder;

import dev.featurespec.model.diagnostic.Diagnostic;
import dev.featurespec.parser.internal.SourceText;
import java.util.List;
import org.commonmark.node.Node;

/**
 * What the assembly of one feature-folder document from Markdown shares: its source, and the {@link
 * ReadRecord} of diagnostics and source map, into which an element is recorded by its commonmark node.
 * One per parse; not thread-safe. Not API.
 */
public final class DocumentContext extends ReadRecord {
    private final SourceText src;

    /** A context over {@code src}, starting with the diagnostics reading found. */
    public DocumentContext(SourceText src, List<Diagnostic> diagnostics) {
        super(diagnostics);
        this.src = src;
    }

    public SourceText src() {
        return src;
    }

    /** Records that the element at {@code pointer} came from {@code node}. */
    public void put(String pointer, Node node) {
        put(pointer, SourceText.range(node));
    }
}
