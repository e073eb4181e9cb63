package dev.featurespec.parser.internal.folder;

import dev.featurespec.model.diagnostic.Diagnostic;
import dev.featurespec.model.diagnostic.Rule;
import dev.featurespec.parser.ReadResult;
import dev.featurespec.parser.SpecParseException;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import tools.jackson.core.JsonParser;

/**
 * What the JSON and YAML readers of the feature folder's documents share: the input ({@link JsonInput}),
 * the walk over one document with a {@link StreamCursor} (content after its end is FS052; a syntax error
 * or an exceeded limit drops what was read), and strict mode. The document's own shape is read by the
 * function given. Immutable and thread-safe. Not API.
 *
 * @param <T> the document type
 */
public final class FolderTreeReader<T> {
    private final JsonInput input;
    private final boolean strict;
    private final T empty;
    private final Function<StreamCursor, T> root;

    /**
     * A reader of YAML ({@code yaml}) or JSON, refusing input over {@code maxBytes}, that reads the
     * document's root object with {@code root} and stands {@code empty} in for a document it cannot read.
     */
    public FolderTreeReader(boolean yaml, boolean strict, long maxBytes, T empty, Function<StreamCursor, T> root) {
        this.input = new JsonInput(yaml, maxBytes);
        this.strict = strict;
        this.empty = Objects.requireNonNull(empty, "empty");
        this.root = Objects.requireNonNull(root, "root");
    }

    /** Reads a document held as text. */
    public ReadResult<T> parse(String text) {
        return finish(input.read(Objects.requireNonNull(text, "text"), this::read, this::refused));
    }

    /** Reads UTF-8 bytes (a BOM is skipped). */
    public ReadResult<T> parse(byte[] utf8) {
        return finish(input.read(Objects.requireNonNull(utf8, "utf8"), this::read, this::refused));
    }

    /** Reads the UTF-8 file at {@code path}. */
    public ReadResult<T> parse(Path path) throws IOException {
        return finish(input.read(Objects.requireNonNull(path, "path"), this::read, this::refused));
    }

    /** Reads the text of {@code reader}, which the caller closes. */
    public ReadResult<T> parse(Reader reader) throws IOException {
        return finish(input.read(Objects.requireNonNull(reader, "reader"), this::read, this::refused));
    }

    private ReadResult<T> refused(List<Diagnostic> diagnostics) {
        return new ReadResult<>(empty, diagnostics, null);
    }

    private ReadResult<T> finish(ReadResult<T> result) {
        if (strict && result.hasErrors()) {
            throw new SpecParseException(result.diagnostics());
        }
        return result;
    }

    private ReadResult<T> read(JsonParser parser) {
        StreamCursor c = new StreamCursor(parser, input.yaml());
        T document = empty;
        try {
            if (c.start()) {
                document = root.apply(c);
                if (c.trailing()) {
                    c.report(Rule.SYNTAX_ERROR, "content after the document's end", "", null);
                }
            }
        } catch (StreamCursor.Abort e) {
            // reported; what was read so far is dropped with the rest
        }
        return new ReadResult<>(document, c.diagnostics(), c.sourceMap());
    }
}
