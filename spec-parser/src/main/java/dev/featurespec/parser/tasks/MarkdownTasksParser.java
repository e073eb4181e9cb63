package dev.featurespec.parser.tasks;

import dev.featurespec.model.tasks.TaskList;
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
 * Reads a Spec Kit {@code tasks.md} into a {@link TaskList}, with positioned diagnostics and a source map
 * keyed by JSON pointers ({@code /phases/2/tasks/0}). Built on commonmark-java with source spans; every
 * text is the document's own source. Immutable and thread-safe: build once, parse many.
 *
 * <p>What it reads: the {@code #} title; the lines under it ({@code **Input**: …}) as notes; every
 * top-level section ({@code ##}) that holds a checkbox item as a phase, its sub-headings as groups, and
 * every other section whole; each {@code - [ ]}/{@code - [x]}/{@code - [X]} item as a task with its id,
 * tags, nested bullets and further paragraphs. The user story a phase heading names and the requirement
 * ids tasks cite are found with the id prefixes and story words of the languages ({@code FR}, {@code RF},
 * {@code User Story}, {@code 用户故事}, …).
 *
 * <pre>{@code
 * ReadResult<TaskList> result = MarkdownTasksParser.create().parse(Path.of("specs/001-checkout/tasks.md"));
 * for (Task task : result.document().tasks()) {
 *     System.out.println(task.id().orElse("-") + (task.done() ? " done " : " open ") + task.description());
 * }
 * }</pre>
 *
 * <p>Lenient parsing (the default) never throws for any input: problems become diagnostics. With {@link
 * Builder#strict(boolean) strict(true)} a document with an error throws one {@link SpecParseException}.
 */
public final class MarkdownTasksParser {
    /** The default input limit, 32 MiB. */
    public static final long DEFAULT_MAX_BYTES = 32L * 1024 * 1024;

    private final FolderMarkdownReader<TaskList> reader;

    private MarkdownTasksParser(Builder b) {
        FolderWords words = new FolderWords(b.languages == null ? Languages.builtIn() : b.languages);
        this.reader = new FolderMarkdownReader<>(
                b.maxBytes,
                b.strict,
                TaskList.builder("").build(),
                (context, in) -> new TasksAssembler(context, words).assemble(in));
    }

    /** A builder with the defaults: lenient, built-in languages, 32 MiB. */
    public static Builder builder() {
        return new Builder();
    }

    /** A parser with the defaults. */
    public static MarkdownTasksParser create() {
        return builder().build();
    }

    /** Parses Markdown text. */
    public ReadResult<TaskList> parse(String markdown) {
        return reader.parse(markdown);
    }

    /** Parses UTF-8 bytes; a BOM is skipped, invalid UTF-8 is reported (FS051) and replaced. */
    public ReadResult<TaskList> parse(byte[] utf8) {
        return reader.parse(utf8);
    }

    /**
     * Parses the UTF-8 file at {@code path}.
     *
     * @throws IOException when the file cannot be read
     */
    public ReadResult<TaskList> parse(Path path) throws IOException {
        return reader.parse(path);
    }

    /**
     * Parses the text read from {@code reader}, which the caller closes.
     *
     * @throws IOException when {@code reader} throws
     */
    public ReadResult<TaskList> parse(Reader reader) throws IOException {
        return this.reader.parse(reader);
    }

    /** Builds a {@link MarkdownTasksParser}; not thread-safe. */
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

        /** The languages whose id prefixes and story words are recognised. Default: every built-in language. */
        public Builder languages(List<Language> languages) {
            this.languages = List.copyOf(languages);
            return this;
        }

        /** Inputs larger than this many bytes are refused with FS050. Default 32 MiB. */
        public Builder maxBytes(long maxBytes) {
            this.maxBytes = ReaderLimits.maxBytes(maxBytes);
            return this;
        }

        public MarkdownTasksParser build() {
            return new MarkdownTasksParser(this);
        }
    }
}
