package dev.featurespec.parser.internal.folder;

import dev.featurespec.model.diagnostic.Diagnostic;
import dev.featurespec.model.diagnostic.Rule;
import dev.featurespec.model.diagnostic.SourceRange;
import dev.featurespec.parser.ReadResult;
import dev.featurespec.parser.SpecParseException;
import dev.featurespec.parser.markdown.Suppressions;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the Markdown readers of the feature folder's documents share: the input ({@link MarkdownInput}),
 * a {@link DocumentContext} for the assembly, suppression comments, the last-resort guard that keeps any
 * input from escaping as an exception, and strict mode. The document itself is built by the {@link
 * Assembler} given. Immutable and thread-safe. Not API.
 *
 * @param <T> the document type
 */
public final class FolderMarkdownReader<T> {
    /** Builds one document from prepared input; one call per parse. */
    public interface Assembler<T> {
        T assemble(DocumentContext context, MarkdownInput.Prepared in);
    }

    private final MarkdownInput input;
    private final boolean strict;
    private final T empty;
    private final Assembler<T> assembler;

    /**
     * A reader refusing input over {@code maxBytes}, building documents with {@code assembler}, and
     * standing {@code empty} in for a document it cannot read.
     */
    public FolderMarkdownReader(long maxBytes, boolean strict, T empty, Assembler<T> assembler) {
        this.input = new MarkdownInput(maxBytes);
        this.strict = strict;
        this.empty = Objects.requireNonNull(empty, "empty");
        this.assembler = Objects.requireNonNull(assembler, "assembler");
    }

    /** Parses Markdown text. */
    public ReadResult<T> parse(String markdown) {
        return assemble(input.read(Objects.requireNonNull(markdown, "markdown")));
    }

    /** Parses UTF-8 bytes; a BOM is skipped, invalid UTF-8 is reported (FS051) and replaced. */
    public ReadResult<T> parse(byte[] utf8) {
        return assemble(input.read(Objects.requireNonNull(utf8, "utf8")));
    }

    /** Parses the UTF-8 file at {@code path}. */
    public ReadResult<T> parse(Path path) throws IOException {
        return assemble(input.read(Objects.requireNonNull(path, "path")));
    }

    /** Parses the text read from {@code reader}, which the caller closes. */
    public ReadResult<T> parse(Reader reader) throws IOException {
        return assemble(input.read(Objects.requireNonNull(reader, "reader")));
    }

    private ReadResult<T> assemble(MarkdownInput.Prepared in) {
        ReadResult<T> result;
        if (in.refused()) {
            result = new ReadResult<>(empty, in.diagnostics(), null);
        } else {
            DocumentContext context = new DocumentContext(in.src(), in.diagnostics());
            try {
                T document = assembler.assemble(context, in);
                List<Diagnostic> kept = Suppressions.parse(in.src().text()).filter(context.diagnostics());
                result = new ReadResult<>(document, kept, context.sourceMap());
            } catch (RuntimeException | StackOverflowError e) {
                // last resort: the walk is bounded, but bad input must never escape as an exception
                List<Diagnostic> diagnostics = new ArrayList<>(context.diagnostics());
                diagnostics.add(Diagnostic.of(
                        Rule.INPUT_LIMIT_EXCEEDED,
                        "The document could not be read: " + e.getClass().getSimpleName(),
                        "",
                        SourceRange.of(1, 1, 1, 1)));
                result = new ReadResult<>(empty, diagnostics, null);
            }
        }
        if (strict && result.hasErrors()) {
            throw new SpecParseException(result.diagnostics());
        }
        return result;
    }
}
