package dev.featurespec.parser.checklist;

import dev.featurespec.model.checklist.Checklist;
import dev.featurespec.parser.ReadResult;
import dev.featurespec.parser.SpecParseException;
import dev.featurespec.parser.internal.folder.FolderTreeReader;
import dev.featurespec.parser.internal.folder.ReaderLimits;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;

/**
 * Reads the JSON form of a {@link Checklist} (what {@code JsonChecklistWriter} writes, described by
 * {@code checklist.schema.json}) on Jackson's streaming parser, without data binding. Immutable and
 * thread-safe. Problems are reported as {@code JsonTasksReader}'s are (FS050–FS058, each with a position
 * and a JSON pointer); the derived properties ({@code formatVersion}, an item's {@code tags} and {@code
 * references}) are accepted and ignored. {@link YamlChecklistReader} reads the same tree written as YAML.
 *
 * <pre>{@code
 * ReadResult<Checklist> result = JsonChecklistReader.create().parse(Path.of("requirements.json"));
 * }</pre>
 */
public final class JsonChecklistReader {
    /** The default byte limit: 32 MiB. */
    public static final long DEFAULT_MAX_BYTES = 32L << 20;

    private static final JsonChecklistReader DEFAULT = builder().build();

    private final FolderTreeReader<Checklist> reader;

    private JsonChecklistReader(Builder b) {
        this.reader = new FolderTreeReader<>(
                false, b.strict, b.maxBytes, Checklist.builder("").build(), ChecklistTree::checklist);
    }

    /** The lenient JSON reader with the default limit. */
    public static JsonChecklistReader create() {
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
    public ReadResult<Checklist> parse(String text) {
        return reader.parse(text);
    }

    /**
     * Reads UTF-8 bytes (a BOM is skipped); invalid UTF-8 is refused with FS051.
     *
     * @throws SpecParseException in strict mode, when the document has errors
     */
    public ReadResult<Checklist> parse(byte[] utf8) {
        return reader.parse(utf8);
    }

    /**
     * Reads the UTF-8 file at {@code path}.
     *
     * @throws IOException when the file cannot be read
     * @throws SpecParseException in strict mode, when the document has errors
     */
    public ReadResult<Checklist> parse(Path path) throws IOException {
        return reader.parse(path);
    }

    /**
     * Reads the text of {@code reader}, which the caller closes.
     *
     * @throws IOException when {@code reader} throws
     * @throws SpecParseException in strict mode, when the document has errors
     */
    public ReadResult<Checklist> parse(Reader reader) throws IOException {
        return this.reader.parse(reader);
    }

    /** Configures a {@link JsonChecklistReader}; not thread-safe. */
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
        public JsonChecklistReader build() {
            return new JsonChecklistReader(this);
        }
    }
}
