package dev.featurespec.parser.markdown;

import dev.featurespec.model.FeatureSpec;
import dev.featurespec.model.diagnostic.Diagnostic;
import dev.featurespec.model.diagnostic.Rule;
import dev.featurespec.model.diagnostic.SourceDocument;
import dev.featurespec.model.diagnostic.SourceLocation;
import dev.featurespec.model.diagnostic.SourceMap;
import dev.featurespec.model.diagnostic.SourceRange;
import dev.featurespec.model.template.Language;
import dev.featurespec.model.template.Languages;
import dev.featurespec.model.template.Profile;
import dev.featurespec.model.template.internal.Vocabulary;
import dev.featurespec.parser.ParseResult;
import dev.featurespec.parser.SpecParseException;
import dev.featurespec.parser.internal.BoundedInput;
import dev.featurespec.parser.internal.ControlCharacters;
import dev.featurespec.parser.internal.FrontMatter;
import dev.featurespec.parser.internal.SourceText;
import dev.featurespec.parser.internal.SpanOnlyInlineParser;
import dev.featurespec.parser.internal.Utf8;
import dev.featurespec.parser.internal.markdown.DocumentReader;
import dev.featurespec.parser.internal.markdown.TopLevelChunks;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Reads a Spec Kit {@code spec.md} into a {@link FeatureSpec}, with positioned diagnostics and a source
 * map. Built on commonmark-java with source spans and GFM tables; every text field is the document's
 * own source, sliced by those spans. Immutable and thread-safe: build once, parse many.
 *
 * <pre>{@code
 * MarkdownSpecParser parser = MarkdownSpecParser.builder().build();
 * ParseResult result = parser.parse(Path.of("specs/001-checkout/spec.md"));
 * result.spec().functionalRequirements();   // typed requirements
 * result.diagnostics();                      // e.g. "12:1: warning: User story 2 … names no priority [FS009]"
 * }</pre>
 *
 * <p>Lenient parsing (the default) never throws for any input: problems become diagnostics. With
 * {@link Builder#strict(boolean) strict(true)} a document with an error throws one {@link
 * SpecParseException} carrying every diagnostic.
 *
 * <p>Input that is binary, not text (a NUL among at least two control characters, other than tab, line
 * feed, form feed and carriage return, that make up at least 1 in 100 of it: UTF-16, an image), is
 * refused with FS051 and an empty spec. A stray NUL in a text is read as U+FFFD, as CommonMark says, and reported (FS018).
 *
 * <p>A document over 1 MiB is handed to commonmark in pieces that end before a top-level heading, each
 * read before the next is parsed, so that time and memory grow linearly with the document; the spec,
 * the diagnostics and the source map are those of one parse of the whole document.
 */
public final class MarkdownSpecParser {
    /** The default input limit, 32 MiB. */
    public static final long DEFAULT_MAX_BYTES = 32L * 1024 * 1024;

    private final Profile profile;
    private final boolean strict;
    private final boolean dropComments;
    private final long maxBytes;
    private final List<Language> languages;
    private final Vocabulary vocabulary;
    private final Parser commonmark;
    private final TopLevelChunks.Policy chunking;

    private MarkdownSpecParser(Builder b) {
        this.profile = b.profile;
        this.strict = b.strict;
        this.dropComments = b.dropComments;
        this.maxBytes = b.maxBytes;
        this.chunking = b.chunking;
        this.languages = b.languages == null ? Languages.builtIn() : List.copyOf(b.languages);
        this.vocabulary = new Vocabulary(merged(languages), profile);
        this.commonmark = Parser.builder()
                .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
                .extensions(List.of(TablesExtension.create()))
                .inlineParserFactory(SpanOnlyInlineParser.FACTORY)
                .build();
    }

    private static List<Language> merged(List<Language> languages) {
        // English always comes first: canonical words and messages use it
        List<Language> out = new ArrayList<>();
        Language en = Languages.english();
        out.add(en);
        for (Language l : languages) {
            if (!l.code().equals("en")) {
                out.add(l);
            } else if (l != en) {
                out.set(0, l);
            }
        }
        return out;
    }

    /** A builder with the defaults: profile chosen per document, lenient, built-in languages, 32 MiB. */
    public static Builder builder() {
        return new Builder();
    }

    /** A parser with the defaults. */
    public static MarkdownSpecParser create() {
        return builder().build();
    }

    /**
     * Parses Markdown text.
     *
     * @throws NullPointerException when {@code markdown} is null
     * @throws SpecParseException when the parser is {@linkplain Builder#strict(boolean) strict} and the
     *     document has an error
     */
    public ParseResult parse(String markdown) {
        Objects.requireNonNull(markdown, "markdown");
        long bytes = Utf8.length(markdown, maxBytes);
        if (bytes > maxBytes) {
            return finish(tooLarge(bytes));
        }
        return finish(parseText(markdown, List.of()));
    }

    /**
     * Parses UTF-8 bytes; a BOM is skipped, invalid UTF-8 is reported (FS051) and replaced.
     *
     * @throws NullPointerException when {@code utf8} is null
     * @throws SpecParseException when the parser is {@linkplain Builder#strict(boolean) strict} and the
     *     document has an error
     */
    public ParseResult parse(byte[] utf8) {
        Objects.requireNonNull(utf8, "utf8");
        if (utf8.length > maxBytes) {
            return finish(tooLarge(utf8.length));
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
        return finish(parseText(decoded.text(), pre));
    }

    /**
     * Parses the UTF-8 file at {@code path}. At most {@link Builder#maxBytes(long) maxBytes} + 1 bytes
     * are read whatever size the file reports ({@code /dev/zero}, a named pipe, a growing file): a larger
     * input is refused with FS050.
     *
     * @throws IOException when the file cannot be read (it does not exist, is a directory, is not
     *     readable, …); problems with its content are diagnostics, never exceptions
     * @throws NullPointerException when {@code path} is null
     * @throws SpecParseException when the parser is {@linkplain Builder#strict(boolean) strict} and the
     *     document has an error
     */
    public ParseResult parse(Path path) throws IOException {
        Objects.requireNonNull(path, "path");
        long size = BoundedInput.sizeOver(path, maxBytes);
        if (size >= 0) {
            return finish(tooLarge(size));
        }
        byte[] bytes = BoundedInput.read(path, maxBytes);
        return bytes == null ? finish(tooLarge(-1)) : parse(bytes);
    }

    /**
     * Parses the UTF-8 bytes read from {@code in}, which the caller closes. At most {@link
     * Builder#maxBytes(long) maxBytes} + 1 bytes are read: a larger input is refused with FS050.
     *
     * @throws IOException when reading fails; problems with the bytes are diagnostics, never exceptions
     * @throws NullPointerException when {@code in} is null
     * @throws SpecParseException when the parser is {@linkplain Builder#strict(boolean) strict} and the
     *     document has an error
     */
    public ParseResult parse(InputStream in) throws IOException {
        Objects.requireNonNull(in, "in");
        byte[] bytes = BoundedInput.read(in, maxBytes);
        return bytes == null ? finish(tooLarge(-1)) : parse(bytes);
    }

    /**
     * Parses the text read from {@code reader}, which the caller closes. Its size is counted in UTF-8
     * bytes while reading; past {@link Builder#maxBytes(long) maxBytes} reading stops and the input is
     * refused with FS050.
     *
     * @throws IOException when reading fails; problems with the text are diagnostics, never exceptions
     * @throws NullPointerException when {@code reader} is null
     * @throws SpecParseException when the parser is {@linkplain Builder#strict(boolean) strict} and the
     *     document has an error
     */
    public ParseResult parse(Reader reader) throws IOException {
        Objects.requireNonNull(reader, "reader");
        String text = BoundedInput.read(reader, maxBytes);
        return text == null ? finish(tooLarge(-1)) : parse(text);
    }

    private ParseResult finish(ParseResult result) {
        if (strict && result.hasErrors()) {
            throw new SpecParseException(result.diagnostics());
        }
        return result;
    }

    /** {@code size} is the input's size in bytes, or -1 when reading stopped at the limit. */
    private ParseResult tooLarge(long size) {
        Diagnostic d = Diagnostic.of(
                Rule.INPUT_TOO_LARGE,
                size >= 0
                        ? "Input is " + size + " bytes, more than the limit of " + maxBytes + " bytes"
                        : "Input is more than the limit of " + maxBytes + " bytes",
                "",
                SourceRange.of(1, 1, 1, 1));
        return new ParseResult(FeatureSpec.builder("").build(), List.of(d), SourceMap.empty());
    }

    private ParseResult parseText(String raw, List<Diagnostic> pre) {
        List<Diagnostic> early = new ArrayList<>(pre);
        String normalised = ControlCharacters.readable(SourceText.normalise(raw), early);
        if (normalised == null) {
            return new ParseResult(FeatureSpec.builder("").build(), early, SourceMap.empty());
        }
        SourceText src = new SourceText(normalised);
        DocumentReader reader = new DocumentReader(src, vocabulary, profile, dropComments);
        reader.diagnostics().addAll(early);
        try {
            String toParse = normalised;
            FrontMatter.Block fm = FrontMatter.find(src);
            if (fm != null) {
                reader.frontMatter(fm.yaml(), fm.closingLine());
                FrontMatter.Problem problem = FrontMatter.check(fm.yaml());
                if (problem != null) {
                    int line = problem.line() > 0 ? Math.min(problem.line() + 1, fm.closingLine()) : 1;
                    int col = Math.max(1, problem.column());
                    reader.report(
                            Rule.INVALID_FRONT_MATTER,
                            problem.message(),
                            "/frontMatter",
                            SourceRange.of(line, col, line, col));
                }
                // blank out the front matter so commonmark line numbers stay those of the file
                StringBuilder sb = new StringBuilder(normalised.length());
                for (int i = 0; i < fm.endOffset(); i++) {
                    sb.append(normalised.charAt(i) == '\n' ? '\n' : ' ');
                }
                sb.append(normalised, fm.endOffset(), normalised.length());
                toParse = sb.toString();
            }
            // a large document in pieces, each read before the next is parsed; build() closes what is open
            TopLevelChunks.read(commonmark, toParse, src, chunking, reader::standsAlone, reader::readPiece);
            FeatureSpec spec = reader.build();
            Suppressions suppressions = Suppressions.parse(normalised);
            List<Diagnostic> diagnostics = suppressions.filter(reader.diagnostics());
            return new ParseResult(
                    spec,
                    diagnostics,
                    MarkerPositions.of(reader.sourceMap(), spec, src),
                    Optional.of(new SourceDocument(raw, spec, reader.extents())));
        } catch (RuntimeException | StackOverflowError e) {
            // last resort: the walk is bounded, but bad input must never escape as an exception
            List<Diagnostic> diagnostics = new ArrayList<>(reader.diagnostics());
            diagnostics.add(Diagnostic.of(
                    Rule.INPUT_LIMIT_EXCEEDED,
                    "The document could not be read: " + e.getClass().getSimpleName(),
                    "",
                    SourceRange.of(1, 1, 1, 1)));
            return new ParseResult(FeatureSpec.builder("").build(), diagnostics, SourceMap.empty());
        }
    }

    /** Builds a {@link MarkdownSpecParser}; not thread-safe. */
    public static final class Builder {
        private Profile profile;
        private boolean strict;
        private boolean dropComments;
        private long maxBytes = DEFAULT_MAX_BYTES;
        private List<Language> languages;
        private TopLevelChunks.Policy chunking = TopLevelChunks.Policy.DEFAULT;

        private Builder() {}

        /**
         * The profile to check documents against. Default: none set, so each document gets {@code
         * extended} when it has any of the four extended sections, else {@code speckit}.
         */
        public Builder profile(Profile profile) {
            this.profile = profile;
            return this;
        }

        /** Whether an error throws {@link SpecParseException}. Default false. */
        public Builder strict(boolean strict) {
            this.strict = strict;
            return this;
        }

        /** The languages whose structural words are recognised. Default: every built-in language. */
        public Builder languages(List<Language> languages) {
            this.languages = List.copyOf(languages);
            return this;
        }

        /** Inputs larger than this many bytes are refused with FS050. Default 32 MiB. */
        public Builder maxBytes(long maxBytes) {
            if (maxBytes < 1) {
                throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
            }
            this.maxBytes = maxBytes;
            return this;
        }

        /** Whether HTML comment blocks are dropped instead of kept in extra sections. Default false. */
        public Builder dropComments(boolean dropComments) {
            this.dropComments = dropComments;
            return this;
        }

        /**
         * Parses texts over {@code aboveChars} characters in pieces of at least {@code chunkChars}
         * characters. Default: pieces of 256 KiB over 1 MiB. For tests, which hold the pieces' result to
         * the whole parse's on small documents; the result is the same whatever the setting.
         */
        Builder chunking(int aboveChars, int chunkChars) {
            this.chunking = new TopLevelChunks.Policy(aboveChars, chunkChars);
            return this;
        }

        public MarkdownSpecParser build() {
            return new MarkdownSpecParser(this);
        }
    }
}
