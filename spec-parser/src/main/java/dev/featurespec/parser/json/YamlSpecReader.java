package dev.featurespec.parser.json;

import dev.featurespec.model.diagnostic.Diagnostic;
import dev.featurespec.parser.ParseResult;
import dev.featurespec.parser.SpecParseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Path;

/**
 * Reads the featurespec JSON tree written as YAML 1.2 (what the YAML writer writes) into the model.
 * Immutable and thread-safe; build one and share it. Everything {@link JsonSpecReader} says about
 * diagnostics, derived properties, {@code formatVersion} and the source map holds here too; in
 * addition, a plain scalar that YAML reads as a number or a boolean is kept as written where the tree
 * holds text ({@code created: 2026-02-03}, {@code status: yes}).
 *
 * <p>Input is untrusted. Before parsing, its size is capped ({@link Builder#maxBytes(long)}, {@value
 * #DEFAULT_MAX_BYTES} bytes by default: {@code FS050}), and a line longer than the string limit (8 MiB)
 * is refused. While parsing, nesting depth ({@value #DEFAULT_MAX_DEPTH}), string, name and number
 * length and token count are bounded ({@code FS056}), and YAML aliases are refused ({@code FS056}), so
 * alias bombs cannot expand. Only one document is read.
 *
 * <pre>{@code
 * ParseResult result = YamlSpecReader.create().parse(Path.of("spec.yaml"));
 * FeatureSpec spec = result.spec();
 *
 * YamlSpecReader strict = YamlSpecReader.builder().strict(true).build();
 * }</pre>
 */
public final class YamlSpecReader {
    /** The default byte limit: 8 MiB. */
    public static final long DEFAULT_MAX_BYTES = 8L << 20;

    /** The default nesting limit (mappings and sequences): 500. */
    public static final int DEFAULT_MAX_DEPTH = 500;

    private static final YamlSpecReader DEFAULT = builder().build();

    private final TreeReader reader;

    private YamlSpecReader(Builder b) {
        this.reader = new TreeReader(true, b.strict, b.maxBytes, b.maxDepth);
    }

    /** The lenient YAML reader with default limits. */
    public static YamlSpecReader create() {
        return DEFAULT;
    }

    /** A builder; defaults: lenient, {@value #DEFAULT_MAX_BYTES} bytes, depth {@value #DEFAULT_MAX_DEPTH}. */
    public static Builder builder() {
        return new Builder();
    }

    /** The byte limit in force. */
    public long maxBytes() {
        return reader.maxBytes();
    }

    /** The nesting limit in force. */
    public int maxDepth() {
        return reader.maxDepth();
    }

    /**
     * Reads a document held as text (a leading byte order mark is skipped).
     *
     * @throws SpecParseException in strict mode, when the document has errors
     */
    public ParseResult parse(String text) {
        return reader.parse(text);
    }

    /**
     * Reads a UTF-8 document (a byte order mark is skipped); invalid UTF-8 is reported as {@code FS051}.
     *
     * @throws SpecParseException in strict mode, when the document has errors
     */
    public ParseResult parse(byte[] utf8) {
        return reader.parse(utf8);
    }

    /**
     * Reads a UTF-8 file; at most {@link #maxBytes()} bytes are read.
     *
     * @throws IOException when the file cannot be read
     * @throws SpecParseException in strict mode, when the document has errors
     */
    public ParseResult parse(Path file) throws IOException {
        return reader.parse(file);
    }

    /**
     * Reads a UTF-8 document from {@code in}, without closing it; at most {@link #maxBytes()} + 1 bytes
     * are read, and a larger input is refused with {@code FS050}.
     *
     * @throws IOException when {@code in} throws
     * @throws SpecParseException in strict mode, when the document has errors
     */
    public ParseResult parse(InputStream in) throws IOException {
        return reader.parse(in);
    }

    /**
     * Reads a document from {@code reader}, without closing it; at most {@link #maxBytes()} characters
     * are read before the input is refused.
     *
     * @throws IOException when {@code reader} throws
     * @throws SpecParseException in strict mode, when the document has errors
     */
    public ParseResult parse(Reader reader) throws IOException {
        return this.reader.parse(reader);
    }

    /** Configures a {@link YamlSpecReader}; not thread-safe. */
    public static final class Builder {
        private boolean strict;
        private long maxBytes = DEFAULT_MAX_BYTES;
        private int maxDepth = DEFAULT_MAX_DEPTH;

        private Builder() {}

        /**
         * Throw {@link SpecParseException} when the document has errors, with every {@link Diagnostic};
         * default {@code false}.
         */
        public Builder strict(boolean strict) {
            this.strict = strict;
            return this;
        }

        /** The largest input read, in bytes (UTF-8); default {@link #DEFAULT_MAX_BYTES}. */
        public Builder maxBytes(long maxBytes) {
            this.maxBytes = Limits.maxBytes(maxBytes);
            return this;
        }

        /** The deepest nesting of mappings and sequences read, 1 to 1000; default {@link #DEFAULT_MAX_DEPTH}. */
        public Builder maxDepth(int maxDepth) {
            this.maxDepth = Limits.maxDepth(maxDepth);
            return this;
        }

        /** An immutable, thread-safe reader. */
        public YamlSpecReader build() {
            return new YamlSpecReader(this);
        }
    }
}
