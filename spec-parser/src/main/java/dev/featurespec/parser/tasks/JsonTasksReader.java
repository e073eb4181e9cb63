package dev.featurespec.parser.tasks;

import dev.featurespec.model.tasks.TaskList;
import dev.featurespec.parser.ReadResult;
import dev.featurespec.parser.SpecParseException;
import dev.featurespec.parser.internal.folder.FolderTreeReader;
import dev.featurespec.parser.internal.folder.ReaderLimits;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;

/**
 * Reads the JSON form of a {@link TaskList} (what {@code JsonTasksWriter} writes, described by {@code
 * tasks.schema.json}) on Jackson's streaming parser, without data binding. Immutable and thread-safe.
 * {@link YamlTasksReader} reads the same tree written as YAML.
 *
 * <p>Bad input never throws (unless {@linkplain Builder#strict(boolean) strict}): every problem is a
 * positioned diagnostic with a JSON pointer: FS050 too large, FS051 not UTF-8, FS052 not well-formed,
 * FS053 an unknown property, FS054 a value of the wrong type, FS055 a repeated key, FS056 a limit
 * exceeded (nesting 500, strings 8 MiB), FS057 another {@code formatVersion}, FS058 a missing or refused
 * value. The value in error is dropped and the rest is read. The derived properties ({@code
 * formatVersion}, a task's {@code parallel}, {@code stories} and {@code files}) are accepted and ignored;
 * {@code requirements} and a phase's {@code stories} are read as given.
 *
 * <pre>{@code
 * ReadResult<TaskList> result = JsonTasksReader.create().parse(Path.of("tasks.json"));
 * JsonTasksReader strict = JsonTasksReader.builder().strict(true).build();
 * }</pre>
 */
public final class JsonTasksReader {
    /** The default byte limit: 32 MiB. */
    public static final long DEFAULT_MAX_BYTES = 32L << 20;

    private static final JsonTasksReader DEFAULT = builder().build();

    private final FolderTreeReader<TaskList> reader;

    private JsonTasksReader(Builder b) {
        this.reader = new FolderTreeReader<>(
                false, b.strict, b.maxBytes, TaskList.builder("").build(), TaskListTree::taskList);
    }

    /** The lenient JSON reader with the default limit. */
    public static JsonTasksReader create() {
        return DEFAULT;
    }

    /** A builder; defaults: lenient, {@value #DEFAULT_MAX_BYTES} bytes. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads a document held as text.
     *
     * @throws SpecParseException in strict mode, when the document has errors
     */
    public ReadResult<TaskList> parse(String text) {
        return reader.parse(text);
    }

    /**
     * Reads UTF-8 bytes (a BOM is skipped); invalid UTF-8 is refused with FS051.
     *
     * @throws SpecParseException in strict mode, when the document has errors
     */
    public ReadResult<TaskList> parse(byte[] utf8) {
        return reader.parse(utf8);
    }

    /**
     * Reads the UTF-8 file at {@code path}.
     *
     * @throws IOException when the file cannot be read
     * @throws SpecParseException in strict mode, when the document has errors
     */
    public ReadResult<TaskList> parse(Path path) throws IOException {
        return reader.parse(path);
    }

    /**
     * Reads the text of {@code reader}, which the caller closes.
     *
     * @throws IOException when {@code reader} throws
     * @throws SpecParseException in strict mode, when the document has errors
     */
    public ReadResult<TaskList> parse(Reader reader) throws IOException {
        return this.reader.parse(reader);
    }

    /** Configures a {@link JsonTasksReader}; not thread-safe. */
    public static final class Builder {
        private boolean strict;
        private long maxBytes = DEFAULT_MAX_BYTES;

        private Builder() {}

        /** Throw {@link SpecParseException} when the document has errors; default {@code false}. */
        public Builder strict(boolean strict) {
            this.strict = strict;
            return this;
        }

        /** The largest input read, in bytes; default {@link #DEFAULT_MAX_BYTES}. */
        public Builder maxBytes(long maxBytes) {
            this.maxBytes = ReaderLimits.maxBytes(maxBytes);
            return this;
        }

        /** An immutable, thread-safe reader. */
        public JsonTasksReader build() {
            return new JsonTasksReader(this);
        }
    }
}
