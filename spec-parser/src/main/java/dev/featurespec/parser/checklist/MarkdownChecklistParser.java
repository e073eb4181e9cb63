package dev.featurespec.parser.checklist;

import dev.featurespec.model.checklist.Checklist;
import dev.featurespec.model.template.Language;
import dev.featurespec.model.template.Languages;
import dev.featurespec.parser.ReadResult;
import dev.featurespec.parser.SpecParseException;
import dev.featurespec.parser.internal.folder.FolderMarkdownReader;
import dev.featurespec.parser.internal.folder.FolderWords;
import dev.featurespec.parser.internal.folder.ReaderLimits;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads a Spec Kit checklist ({@code checklists/requirements.md} and the others {@code /speckit.checklist}
 * writes) into a {@link Checklist}, with positioned diagnostics and a source map keyed by JSON pointers
 * ({@code /categories/1/items/3}). Built on commonmark-java with source spans; every text is the
 * document's own source. Immutable and thread-safe: build once, parse many.
 *
 * <p>What it reads: the {@code #} title; the lines under it ({@code **Purpose**:}, {@code **Created**:},
 * {@code **Feature**:}) as notes; every heading that holds checkbox items as a category, and every other
 * heading whole; each {@code - [ ]}/{@code - [x]}/{@code - [X]} item with its optional {@code CHK007} id.
 * The requirement ids items cite are found with the id prefixes of the languages ({@code FR}, {@code SC},
 * {@code RF}, …); tags and {@code §} references are derived by the model from the text.
 *
 * <pre>{@code
 * ReadResult<Checklist> result = MarkdownChecklistParser.create().parse(Path.of("specs/001-checkout/checklists/ux.md"));
 * long open = result.document().items().stream().filter(i -> !i.done()).count();
 * }</pre>
 *
 * <p>Lenient parsing (the default) never throws for any input: problems become diagnostics. With {@link
 * Builder#strict(boolean) strict(true)} a document with an error throws one {@link SpecParseException}.
 */
public final class MarkdownChecklistParser {
    /** The default input limit, 32 MiB. */
    public static final long DEFAULT_MAX_BYTES = 32L * 1024 * 1024;

    private final FolderMarkdownReader<Checklist> reader;

    private MarkdownChecklistParser(Builder b) {
        FolderWords words = new FolderWords(b.languages == null ? Languages.builtIn() : b.languages);
        this.reader = new FolderMarkdownReader<>(
                b.maxBytes,
                b.strict,
                Checklist.builder("").build(),
                (context, in) -> new ChecklistAssembler(context, words).assemble(in));
    }

    /** A builder with the defaults: lenient, built-in languages, 32 MiB. */
    public static Builder builder() {
        return new Builder();
    }

    /** A parser with the defaults. */
    public static MarkdownChecklistParser create() {
        return builder().build();
    }

    /** Parses Markdown text. */
    public ReadResult<Checklist> parse(String markdown) {
        return reader.parse(markdown);
    }

    /** Parses UTF-8 bytes; a BOM is skipped, invalid UTF-8 is reported (FS051) and replaced. */
    public ReadResult<Checklist> parse(byte[] utf8) {
        return reader.parse(utf8);
    }

    /**
     * Parses the UTF-8 file at {@code path}.
     *
     * @throws IOException when the file cannot be read
     */
    public ReadResult<Checklist> parse(Path path) throws IOException {
        return reader.parse(path);
    }

    /**
     * Parses the text read from {@code reader}, which the caller closes.
     *
     * @throws IOException when {@code reader} throws
     */
    public ReadResult<Checklist> parse(Reader reader) throws IOException {
        return this.reader.parse(reader);
    }

    /** Builds a {@link MarkdownChecklistParser}; not thread-safe. */
    public static final class Builder {
        private boolean strict;
        private long maxBytes = DEFAULT_MAX_BYTES;
        private List<Language> languages;

        private Builder() {}

        /** Whether an error throws {@link SpecParseException}. Default false. */
        public Builder strict(boolean strict) {
            this.strict = strict;
            return this;
        }

        /** The languages whose id prefixes are recognised. Default: every built-in language. */
        public Builder languages(List<Language> languages) {
            this.languages = List.copyOf(languages);
            return this;
        }

        /** Inputs larger than this many bytes are refused with FS050. Default 32 MiB. */
        public Builder maxBytes(long maxBytes) {
            this.maxBytes = ReaderLimits.maxBytes(maxBytes);
            return this;
        }

        public MarkdownChecklistParser build() {
            return new MarkdownChecklistParser(this);
        }
    }
}
