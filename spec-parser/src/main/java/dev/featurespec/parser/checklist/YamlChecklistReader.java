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
 * Reads a {@link Checklist} written as YAML 1.2 (what {@code YamlChecklistWriter} writes): the tree {@link
 * JsonChecklistReader} reads, with the same diagnostics and derived properties. YAML aliases are refused
 * (FS056); only one document is read. Immutable and thread-safe.
 *
 * <pre>{@code
 * ReadResult<Checklist> result = YamlChecklistReader.create().parse(Path.of("requirements.yaml"));
 * }</pre>
 */
public final class YamlChecklistReader {
    /** The default byte limit: 8 MiB. */
    public static final long DEFAULT_MAX_BYTES = 8L << 20;

    private static final YamlChecklistReader DEFAULT = builder().build();

    private final FolderTreeReader<Checklist> reader;

    private YamlChecklistReader(Builder b) {
        this.reader = new FolderTreeReader<>(
                true, b.strict, b.maxBytes, Checklist.builder("").build(), ChecklistTree::checklist);
    }

    /** The lenient YAML reader with the default limit. */
    public static YamlChecklistReader create() {
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

    /** Configures a {@link YamlChecklistReader}; not thread-safe. */
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
        public YamlChecklistReader build() {
            return new YamlChecklistReader(this);
        }
    }
}
