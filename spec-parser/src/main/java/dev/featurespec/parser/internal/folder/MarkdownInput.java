package dev.featurespec.parser.internal.folder;

import dev.featurespec.model.diagnostic.Diagnostic;
import dev.featurespec.model.diagnostic.Rule;
import dev.featurespec.model.diagnostic.SourceLocation;
import dev.featurespec.model.diagnostic.SourceRange;
import dev.featurespec.parser.internal.ControlCharacters;
import dev.featurespec.parser.internal.FrontMatter;
import dev.featurespec.parser.internal.SourceText;
import dev.featurespec.parser.internal.SpanOnlyInlineParser;
import dev.featurespec.parser.internal.Utf8;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * The first steps every Markdown reader of a feature folder takes: cap the input size (FS050), decode
 * UTF-8 (FS051 for invalid bytes, replaced), refuse binary input and replace a stray NUL
 * ({@link ControlCharacters}), drop a BOM and normalise line endings ({@link SourceText}),
 * find YAML front matter and check it (FS008), and parse with commonmark-java configured as the spec
 * parser is (source spans on blocks and inlines, GFM tables, inline content left as spans). Immutable
 * and thread-safe. Not API.
 */
public final class MarkdownInput {
    private final long maxBytes;
    private final Parser commonmark;

    /** Input over {@code maxBytes} bytes is refused with FS050. */
    public MarkdownInput(long maxBytes) {
        this.maxBytes = maxBytes;
        this.commonmark = Parser.builder()
                .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
                .extensions(List.of(TablesExtension.create()))
                .inlineParserFactory(SpanOnlyInlineParser.FACTORY)
                .build();
    }

    /**
     * A document ready to assemble, or refused.
     *
     * @param src the normalised source; empty when refused
     * @param document commonmark's tree (front matter blanked out, so line numbers are the file's); null
     *     when refused
     * @param frontMatter the front matter block, or null
     * @param diagnostics what reading found so far (encoding, front matter, size)
     */
    public record Prepared(SourceText src, Node document, FrontMatter.Block frontMatter, List<Diagnostic> diagnostics) {
        /** True when the input was refused before parsing (too large, binary): there is nothing to assemble. */
        public boolean refused() {
            return document == null;
        }
    }

    /** Prepares Markdown text. */
    public Prepared read(String markdown) {
        long bytes = Utf8.length(markdown, maxBytes);
        if (bytes > maxBytes) {
            return tooLarge(bytes);
        }
        return prepare(markdown, new ArrayList<>());
    }

    /** Prepares UTF-8 bytes; invalid UTF-8 is reported (FS051) and replaced with U+FFFD. */
    public Prepared read(byte[] utf8) {
        if (utf8.length > maxBytes) {
            return tooLarge(utf8.length);
        }
        Utf8.Decoded decoded = Utf8.decode(utf8);
        List<Diagnostic> pre = new ArrayList<>();
        if (!decoded.valid()) {
            SourceLocation at = decoded.badLocation();
            pre.add(Diagnostic.of(
                    Rule.INVALID_ENCODING,
                    "Invalid UTF-8 at byte " + decoded.badOffset() + "; replaced with U+FFFD",
                    "",
                    new SourceRange(at, at)));
        }
        return prepare(decoded.text(), pre);
    }

    /** Prepares the UTF-8 file at {@code path}, reading at most one byte more than the limit. */
    public Prepared read(Path path) throws IOException {
        long size = Files.size(path);
        if (size > maxBytes) {
            return tooLarge(size);
        }
        try (InputStream in = Files.newInputStream(path)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            return read(bytes);
        }
    }

    /** Prepares the text of {@code reader}, reading at most one character more than the limit. */
    public Prepared read(Reader reader) throws IOException {
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[8192];
        int n;
        while ((n = reader.read(buf)) > 0) {
            sb.append(buf, 0, n);
            if (sb.length() > maxBytes) {
                return tooLarge(sb.length());
            }
        }
        return read(sb.toString());
    }

    private Prepared tooLarge(long size) {
        Diagnostic d = Diagnostic.of(
                Rule.INPUT_TOO_LARGE,
                "Input is " + size + " bytes, more than the limit of " + maxBytes + " bytes",
                "",
                SourceRange.of(1, 1, 1, 1));
        return new Prepared(new SourceText(""), null, null, List.of(d));
    }

    private Prepared prepare(String raw, List<Diagnostic> diagnostics) {
        String normalised = ControlCharacters.readable(SourceText.normalise(raw), diagnostics);
        if (normalised == null) {
            return new Prepared(new SourceText(""), null, null, diagnostics);
        }
        SourceText src = new SourceText(normalised);
        String toParse = normalised;
        FrontMatter.Block fm = FrontMatter.find(src);
        if (fm != null) {
            FrontMatter.Problem problem = FrontMatter.check(fm.yaml());
            if (problem != null) {
                int line = problem.line() > 0 ? Math.min(problem.line() + 1, fm.closingLine()) : 1;
                int col = Math.max(1, problem.column());
                diagnostics.add(Diagnostic.of(
                        Rule.INVALID_FRONT_MATTER,
                        problem.message(),
                        "/frontMatter",
                        SourceRange.of(line, col, line, col)));
            }
            // blank out the front matter so commonmark line numbers stay those of the file
            StringBuilder sb = new StringBuilder(normalised.length());
            for (int i = 0; i < fm.endOffset(); i++) {
                sb.append(normalised.charAt(i) == '\n' ? '\n' : ' ');
            }
            sb.append(normalised, fm.endOffset(), normalised.length());
            toParse = sb.toString();
        }
        return new Prepared(src, commonmark.parse(toParse), fm, diagnostics);
    }
}
