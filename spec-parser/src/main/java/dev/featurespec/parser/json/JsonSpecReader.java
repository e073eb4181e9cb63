package dev.featurespec.parser.json;

import dev.featurespec.model.diagnostic.Diagnostic;
import dev.featurespec.model.diagnostic.SourceMap;
import dev.featurespec.parser.ParseResult;
import dev.featurespec.parser.SpecParseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads the featurespec JSON tree (the shape the JSON writer writes, described by {@code
 * featurespec.schema.json}) into the model. Immutable and thread-safe; build one and share it. {@link
 * YamlSpecReader} reads the same tree written as YAML.
 *
 * <p>Bad input never throws (unless {@linkplain Builder#strict(boolean) strict}): every problem becomes
 * a {@link Diagnostic} with a rule ({@code FS050}–{@code FS058}), a message naming the value, a 1-based
 * line and column and a JSON pointer. All unknown properties, wrong types and duplicate keys are
 * reported, not just the first; the values in error are dropped and the rest is read. Derived
 * properties ({@code formatVersion}, {@code level}, {@code clarificationsNeeded}, {@code endpoints},
 * {@code statusCodes}, {@code changes}, {@code taskStates}) are accepted and ignored. A missing {@code
 * formatVersion} is read as 1; any other version than 1 is refused. The source map is keyed by JSON
 * pointers into the input document; when an array element in error is dropped, the elements after it
 * move up one place in the spec.
 *
 * <p>The model is bound straight from Jackson's streaming parser, without a tree and without
 * jackson-databind, so the reader also works where an application pins an older {@code
 * jackson-annotations} (Spring Boot 3 does). The positions of a document with nothing to report are
 * found only when its source map is first used (a second pass over the text, {@link SourceMap#lazy}; the
 * result holds the text until then).
 *
 * <p>Input is untrusted. Before parsing, its size is capped ({@link Builder#maxBytes(long)}, {@value
 * #DEFAULT_MAX_BYTES} bytes by default: {@code FS050}). While parsing, nesting depth ({@link
 * Builder#maxDepth(int)}, {@value #DEFAULT_MAX_DEPTH}), string length (8 MiB), property name length
 * (50,000 characters), number length (1,000 characters) and token count (5,000,000) are bounded: each
 * limit is reported as {@code FS056} with the position where reading stopped.
 *
 * <pre>{@code
 * ParseResult result = JsonSpecReader.create().parse(Path.of("spec.json"));
 * result.diagnostics().forEach(System.out::println);
 * FeatureSpec spec = result.spec();
 *
 * JsonSpecReader strict = JsonSpecReader.builder().strict(true).build();
 * }</pre>
 */
public final class JsonSpecReader {
    /**
     * The two formats a {@code JsonSpecReader} could be built for.
     *
     * @deprecated read YAML with {@link YamlSpecReader}; a {@code JsonSpecReader} reads JSON
     */
    @Deprecated
    public enum Format {
        /** JSON, RFC 8259. */
        JSON,
        /** YAML 1.2 (one document; aliases refused). */
        YAML
    }

    /** The default byte limit: 32 MiB. */
    public static final long DEFAULT_MAX_BYTES = 32L << 20;

    /**
     * The default byte limit for JSON input: 32 MiB.
     *
     * @deprecated use {@link #DEFAULT_MAX_BYTES}
     */
    @Deprecated
    public static final long DEFAULT_MAX_BYTES_JSON = DEFAULT_MAX_BYTES;

    /**
     * The default byte limit for YAML input: 8 MiB.
     *
     * @deprecated use {@link YamlSpecReader#DEFAULT_MAX_BYTES}
     */
    @Deprecated
    public static final long DEFAULT_MAX_BYTES_YAML = YamlSpecReader.DEFAULT_MAX_BYTES;

    /** The default nesting limit (objects and arrays): 500. */
    public static final int DEFAULT_MAX_DEPTH = 500;

    private static final JsonSpecReader DEFAULT = builder().build();

    @SuppressWarnings("deprecation")
    private static final JsonSpecReader YAML = builder().format(Format.YAML).build();

    @SuppressWarnings("deprecation")
    private final Format format;

    private final TreeReader reader;

    @SuppressWarnings("deprecation")
    private JsonSpecReader(Builder b) {
        this.format = b.format;
        boolean yaml = format == Format.YAML;
        long maxBytes = b.maxBytes > 0 ? b.maxBytes : (yaml ? YamlSpecReader.DEFAULT_MAX_BYTES : DEFAULT_MAX_BYTES);
        this.reader = new TreeReader(yaml, b.strict, maxBytes, b.maxDepth);
    }

    /** The lenient JSON reader with default limits. */
    public static JsonSpecReader create() {
        return DEFAULT;
    }

    /** A builder; defaults: lenient, {@value #DEFAULT_MAX_BYTES} bytes, depth {@value #DEFAULT_MAX_DEPTH}. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The lenient JSON reader with default limits.
     *
     * @deprecated use {@link #create()}
     */
    @Deprecated
    public static JsonSpecReader json() {
        return DEFAULT;
    }

    /**
     * A lenient reader of the JSON tree written as YAML, with default limits.
     *
     * @deprecated use {@link YamlSpecReader#create()}
     */
    @Deprecated
    public static JsonSpecReader yaml() {
        return YAML;
    }

    /**
     * The format this reader reads: {@link Format#JSON} unless built with the deprecated {@link
     * Builder#format(Format)}.
     *
     * @deprecated a {@code JsonSpecReader} reads JSON; {@link YamlSpecReader} reads YAML
     */
    @Deprecated
    public Format format() {
        return format;
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
     * Reads a UTF-8 file; at most {@link #maxBytes()} + 1 bytes are read whatever size the file reports
     * ({@code /dev/zero}, a named pipe, a growing file), and a larger input is refused with {@code FS050}.
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
     * Reads a document from {@code reader}, without closing it; its size is counted in UTF-8 bytes while
     * reading, and past {@link #maxBytes()} reading stops and the input is refused with {@code FS050}.
     *
     * @throws IOException when {@code reader} throws
     * @throws SpecParseException in strict mode, when the document has errors
     */
    public ParseResult parse(Reader reader) throws IOException {
        return this.reader.parse(reader);
    }

    /** Configures a {@link JsonSpecReader}; not thread-safe. */
    public static final class Builder {
        @SuppressWarnings("deprecation")
        private Format format = Format.JSON;

        private boolean strict;
        private long maxBytes;
        private int maxDepth = DEFAULT_MAX_DEPTH;

        private Builder() {}

        /**
         * The format to read; default {@link Format#JSON}.
         *
         * @deprecated read YAML with {@link YamlSpecReader}
         */
        @Deprecated
        public Builder format(Format format) {
            this.format = Objects.requireNonNull(format, "format");
            return this;
        }

        /** Throw {@link SpecParseException} when the document has errors; default {@code false}. */
        public Builder strict(boolean strict) {
            this.strict = strict;
            return this;
        }

        /** The largest input read, in bytes (UTF-8); default {@link #DEFAULT_MAX_BYTES}. */
        public Builder maxBytes(long maxBytes) {
            this.maxBytes = Limits.maxBytes(maxBytes);
            return this;
        }

        /** The deepest nesting of objects and arrays read, 1 to 1000; default {@link #DEFAULT_MAX_DEPTH}. */
        public Builder maxDepth(int maxDepth) {
            this.maxDepth = Limits.maxDepth(maxDepth);
            return this;
        }

        /** An immutable, thread-safe reader. */
        public JsonSpecReader build() {
            return new JsonSpecReader(this);
        }
    }
}
