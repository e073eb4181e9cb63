package dev.featurespec.parser.json;

import dev.featurespec.model.FeatureSpec;
import dev.featurespec.model.diagnostic.Diagnostic;
import dev.featurespec.model.diagnostic.Rule;
import dev.featurespec.model.diagnostic.SourceLocation;
import dev.featurespec.model.diagnostic.SourceMap;
import dev.featurespec.model.diagnostic.SourceRange;
import dev.featurespec.parser.ParseResult;
import dev.featurespec.parser.SpecParseException;
import dev.featurespec.parser.internal.BoundedInput;
import dev.featurespec.parser.internal.Utf8;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads the featurespec JSON or YAML tree (the shape {@link dev.featurespec.model.FeatureSpec} writes,
 * described by {@code featurespec.schema.json}) into the model. Immutable and thread-safe; build one
 * and share it.
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
 * <p>A JSON document with nothing to report is bound straight from the parser, without a tree; its
 * source map is then made on first use (a second pass over the text, {@link SourceMap#lazy}; the
 * result holds the text until then). Any
 * document with a problem is read through a tree that finds and positions every problem. Both ways give
 * the same result.
 *
 * <p>Input is untrusted. Before parsing, its size is capped ({@link Builder#maxBytes(long)}: 32 MiB for
 * JSON, 8 MiB for YAML by default). While parsing, nesting depth ({@link
 * Builder#maxDepth(int)}, 500), string length (8 MiB), token count (5,000,000) and number length are
 * bounded, and YAML aliases are refused, so alias bombs cannot expand; a YAML line longer than the
 * string limit is refused before parsing.
 *
 * <pre>{@code
 * ParseResult result = JsonSpecReader.json().parse(Path.of("spec.json"));
 * result.diagnostics().forEach(System.out::println);
 * FeatureSpec spec = result.spec();
 *
 * JsonSpecReader strictYaml = JsonSpecReader.builder().format(JsonSpecReader.Format.YAML).strict(true).build();
 * }</pre>
 */
public final class JsonSpecReader {
    /** The two formats; both carry the same tree. */
    public enum Format {
        /** JSON, RFC 8259. */
        JSON,
        /** YAML 1.2 (one document; aliases refused). */
        YAML
    }

    /** The default byte limit for JSON input: 32 MiB. */
    public static final long DEFAULT_MAX_BYTES_JSON = 32L << 20;
    /** The default byte limit for YAML input: 8 MiB. */
    public static final long DEFAULT_MAX_BYTES_YAML = 8L << 20;
    /** The default nesting limit (objects and arrays): 500. */
    public static final int DEFAULT_MAX_DEPTH = 500;

    private static final int MAX_STRING_LENGTH = 8 << 20;
    private static final long MAX_TOKENS = 5_000_000;
    private static final int MAX_BIND_ATTEMPTS = 20;
    // snakeyaml-engine refills its read buffer by copying what it holds, so one long scalar costs
    // O(length² / buffer): 7 s for 2 MB with the default 1 KiB buffer, 0.3 s for 8 MiB with 1 MiB
    private static final int YAML_BUFFER_SMALL = 1 << 16;
    private static final int YAML_BUFFER_LARGE = 4 << 20;
    private static final int LARGE_YAML = 1 << 18;

    private static final JsonSpecReader JSON = builder().build();
    private static final JsonSpecReader YAML = builder().format(Format.YAML).build();

    private final Format format;
    private final boolean strict;
    private final long maxBytes;
    private final int maxDepth;
    private final ObjectMapper parsers;
    private final ObjectMapper largeParsers;
    private final ObjectMapper binder;
    // null for YAML: its aliases, tags and plain scalars read as numbers need the checked path
    private final FastBinder fast;

    private JsonSpecReader(Builder b) {
        this.format = b.format;
        this.strict = b.strict;
        this.maxBytes =
                b.maxBytes > 0 ? b.maxBytes : (format == Format.YAML ? DEFAULT_MAX_BYTES_YAML : DEFAULT_MAX_BYTES_JSON);
        this.maxDepth = b.maxDepth;
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(maxDepth)
                .maxStringLength(MAX_STRING_LENGTH)
                .maxDocumentLength(maxBytes)
                .maxTokenCount(MAX_TOKENS)
                .build();
        if (format == Format.YAML) {
            this.parsers = yamlMapper(constraints, YAML_BUFFER_SMALL);
            this.largeParsers = yamlMapper(constraints, YAML_BUFFER_LARGE);
        } else {
            this.parsers = JsonMapper.builder(JsonFactory.builder()
                            .streamReadConstraints(constraints)
                            .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                            .build())
                    .build();
            this.largeParsers = parsers;
        }
        this.fast = format == Format.JSON ? new FastBinder(constraints) : null;
        this.binder = JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .build();
    }

    private ObjectMapper yamlMapper(StreamReadConstraints constraints, int bufferSize) {
        LoadSettings settings = LoadSettings.builder()
                .setCodePointLimit((int) Math.min(Integer.MAX_VALUE, maxBytes))
                .setBufferSize(bufferSize)
                .setMaxAliasesForCollections(0)
                .setAllowRecursiveKeys(false)
                .build();
        // duplicate keys are found (all of them, with the first's position) while building the tree
        return YAMLMapper.builder(YAMLFactory.builder()
                        .streamReadConstraints(constraints)
                        .loadSettings(settings)
                        .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                        .build())
                .build();
    }

    /** The lenient JSON reader with default limits. */
    public static JsonSpecReader json() {
        return JSON;
    }

    /** The lenient YAML reader with default limits. */
    public static JsonSpecReader yaml() {
        return YAML;
    }

    /** A builder; defaults: {@link Format#JSON}, lenient, the format's default byte limit, depth 500. */
    public static Builder builder() {
        return new Builder();
    }

    /** The format this reader reads. */
    public Format format() {
        return format;
    }

    /** The byte limit in force. */
    public long maxBytes() {
        return maxBytes;
    }

    /**
     * Reads a document held as text.
     *
     * @throws SpecParseException in strict mode, when the document has errors
     */
    public ParseResult parse(String text) {
        Objects.requireNonNull(text, "text");
        long bytes = Utf8.length(text, maxBytes);
        if (bytes > maxBytes) {
            return finish(tooLarge(-1));
        }
        return read(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    /**
     * Reads a UTF-8 document (a byte order mark is skipped); invalid UTF-8 is reported as {@code FS051}.
     *
     * @throws SpecParseException in strict mode, when the document has errors
     */
    public ParseResult parse(byte[] utf8) {
        Objects.requireNonNull(utf8, "utf8");
        if (utf8.length > maxBytes) {
            return finish(tooLarge(utf8.length));
        }
        Utf8.Decoded decoded = Utf8.decode(utf8);
        if (!decoded.valid()) {
            return finish(invalidUtf8(decoded));
        }
        String text = decoded.text();
        return read(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    /**
     * Reads a UTF-8 file; at most {@link #maxBytes()} + 1 bytes are read whatever size the file reports
     * ({@code /dev/zero}, a named pipe, a growing file), and a larger input is refused with {@code FS050}.
     *
     * @throws IOException when the file cannot be read
     * @throws SpecParseException in strict mode, when the document has errors
     */
    public ParseResult parse(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        long size = BoundedInput.sizeOver(file, maxBytes);
        if (size >= 0) {
            return finish(tooLarge(size));
        }
        byte[] bytes = BoundedInput.read(file, maxBytes);
        return bytes == null ? finish(tooLarge(-1)) : parse(bytes);
    }

    /**
     * Reads a UTF-8 document from {@code in}, without closing it; at most {@link #maxBytes()} + 1 bytes
     * are read, and a larger input is refused with {@code FS050}.
     *
     * @throws IOException when {@code in} throws
     * @throws SpecParseException in strict mode, when the document has errors
     */
    public ParseResult parse(InputStream in) throws IOException {
        Objects.requireNonNull(in, "in");
        byte[] bytes = BoundedInput.read(in, maxBytes);
        return bytes == null ? finish(tooLarge(-1)) : parse(bytes);
    }

    /**
     * Reads a document from {@code reader}, without closing it; its size is counted in UTF-8 bytes while
     * reading, and past {@link #maxBytes()} reading stops and the input is refused with {@code FS050}.
     *
     * @throws IOException when {@code reader} throws
     * @throws SpecParseException in strict mode, when the document has errors
     */
    public ParseResult parse(Reader reader) throws IOException {
        Objects.requireNonNull(reader, "reader");
        String text = BoundedInput.read(reader, maxBytes);
        return text == null ? finish(tooLarge(-1)) : parse(text);
    }

    private ParseResult read(String text) {
        if (fast != null) {
            FeatureSpec spec = fast.read(text);
            if (spec != null) {
                // nothing to report: positions are found only if someone asks, in a second pass
                return finish(List.of(), spec, SourceMap.lazy(() -> sourceMap(text)));
            }
        }
        return readChecked(text);
    }

    /** What {@link #parse(String)} gives, always on the checked path; for tests of the fast path. */
    ParseResult parseChecked(String text) {
        return readChecked(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    /** True when the fast path reads {@code text} (without a byte order mark); for tests. */
    boolean fastPathReads(String text) {
        return fast != null && fast.read(text) != null;
    }

    private SourceMap sourceMap(String text) {
        ObjectMapper mapper = text.length() > LARGE_YAML ? largeParsers : parsers;
        TreeBuilder builder = new TreeBuilder(mapper, format == Format.YAML, maxDepth);
        builder.build(text);
        return builder.sourceMap();
    }

    /** Reads through a tree: every problem becomes a diagnostic, with its position. */
    private ParseResult readChecked(String text) {
        if (format == Format.YAML && text.length() > MAX_STRING_LENGTH) {
            Diagnostic longLine = longLine(text);
            if (longLine != null) {
                return finish(List.of(longLine));
            }
        }
        ObjectMapper mapper = text.length() > LARGE_YAML ? largeParsers : parsers;
        TreeBuilder builder = new TreeBuilder(mapper, format == Format.YAML, maxDepth);
        JsonNode root = builder.build(text);
        List<Diagnostic> diagnostics = new ArrayList<>(builder.diagnostics());
        SourceMap sourceMap = builder.sourceMap();
        if (root == null) {
            return finish(diagnostics, emptySpec(), sourceMap);
        }
        if (!(root instanceof ObjectNode object)) {
            diagnostics.add(Diagnostic.of(
                    Rule.WRONG_TYPE,
                    "the document must be an object, was " + TreeCheck.describe(root),
                    "",
                    sourceMap.get("").orElse(null)));
            return finish(diagnostics, emptySpec(), sourceMap);
        }
        Diagnostic version = checkVersion(object, sourceMap);
        if (version != null) {
            diagnostics.add(version);
            return finish(diagnostics, emptySpec(), sourceMap);
        }
        TreeCheck check = new TreeCheck(sourceMap, builder, builder.rawScalars());
        check.check(object);
        diagnostics.addAll(check.diagnostics());
        check.prune();
        FeatureSpec spec = bind(object, diagnostics, sourceMap);
        return finish(diagnostics, spec, sourceMap);
    }

    /** Binds the checked tree; a value the model still refuses is reported, dropped, and binding retried. */
    private FeatureSpec bind(ObjectNode root, List<Diagnostic> diagnostics, SourceMap sourceMap) {
        for (int attempt = 0; attempt < MAX_BIND_ATTEMPTS; attempt++) {
            try {
                return binder.treeToValue(root, FeatureSpec.class);
            } catch (JacksonException e) {
                String pointer = pointer(e);
                Throwable cause = e.getCause();
                String message = cause != null && cause.getMessage() != null
                        ? cause.getMessage()
                        : String.valueOf(e.getOriginalMessage());
                diagnostics.add(Diagnostic.of(
                        Rule.INVALID_VALUE,
                        message,
                        pointer,
                        sourceMap.find(pointer).orElse(null)));
                if (!remove(root, pointer)) {
                    break;
                }
            }
        }
        JsonNode title = root.get("title");
        return FeatureSpec.builder(title != null && title.isString() ? title.stringValue() : "")
                .build();
    }

    /** Removes the array element or root property that holds {@code pointer}; false when there is none. */
    private static boolean remove(ObjectNode root, String pointer) {
        String p = pointer;
        while (!p.isEmpty()) {
            int slash = p.lastIndexOf('/');
            String parentPointer = p.substring(0, slash);
            String token = p.substring(slash + 1);
            JsonNode parent = root.at(parentPointer);
            if (parent instanceof ArrayNode array) {
                try {
                    int index = Integer.parseInt(token);
                    if (index >= 0 && index < array.size()) {
                        array.remove(index);
                        return true;
                    }
                } catch (NumberFormatException e) {
                    return false;
                }
                return false;
            }
            if (parentPointer.isEmpty()) {
                String name = token.replace("~1", "/").replace("~0", "~");
                return !name.equals("title") && root.remove(name) != null;
            }
            p = parentPointer;
        }
        return false;
    }

    private static String pointer(JacksonException e) {
        StringBuilder sb = new StringBuilder();
        for (JacksonException.Reference r : e.getPath()) {
            if (r.getPropertyName() != null) {
                sb.append('/').append(TreeBuilder.escape(r.getPropertyName()));
            } else if (r.getIndex() >= 0) {
                sb.append('/').append(r.getIndex());
            }
        }
        return sb.toString();
    }

    private static Diagnostic checkVersion(ObjectNode root, SourceMap sourceMap) {
        JsonNode v = root.get("formatVersion");
        if (v == null || v.isNull()) {
            return null;
        }
        SourceRange where = sourceMap.get("/formatVersion").orElse(null);
        if (!v.isIntegralNumber()) {
            return Diagnostic.of(
                    Rule.WRONG_TYPE,
                    "formatVersion must be an integer, was " + TreeCheck.describe(v),
                    "/formatVersion",
                    where);
        }
        if (!v.canConvertToInt() || v.intValue() != FeatureSpec.FORMAT_VERSION) {
            return Diagnostic.of(
                    Rule.UNSUPPORTED_FORMAT_VERSION,
                    "formatVersion " + v.asString() + " is not supported; this version reads formatVersion "
                            + FeatureSpec.FORMAT_VERSION,
                    "/formatVersion",
                    where);
        }
        return null;
    }

    /**
     * A YAML line longer than the string limit, refused before parsing: snakeyaml-engine builds a whole
     * scalar before Jackson can check its length, and a 25 MB one-line scalar (under a raised {@code
     * maxBytes}) took more than 256 MB on the way. No line that long can be read anyway unless it is a
     * flow collection of millions of items, which the string limit now also refuses.
     */
    private static Diagnostic longLine(String text) {
        int line = 1;
        int start = 0;
        int length = text.length();
        for (int i = 0; i <= length; i++) {
            char c = i < length ? text.charAt(i) : '\n';
            if (c != '\n' && c != '\r') {
                continue;
            }
            if (i - start > MAX_STRING_LENGTH) {
                SourceLocation at = new SourceLocation(line, 1);
                return Diagnostic.of(
                        Rule.INPUT_LIMIT_EXCEEDED,
                        "line " + line + " is " + (i - start) + " characters long, over the string limit of "
                                + MAX_STRING_LENGTH + " characters",
                        "",
                        new SourceRange(at, at));
            }
            if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
                i++;
            }
            line++;
            start = i + 1;
        }
        return null;
    }

    /** {@code size} is the input's size in bytes, or -1 when reading stopped at the limit. */
    private List<Diagnostic> tooLarge(long size) {
        return List.of(Diagnostic.of(
                Rule.INPUT_TOO_LARGE,
                "the input is larger than the limit of " + maxBytes + " bytes"
                        + (size >= 0 ? " (" + size + " bytes)" : ""),
                "",
                null));
    }

    private static List<Diagnostic> invalidUtf8(Utf8.Decoded decoded) {
        SourceLocation at = decoded.badLocation();
        return List.of(Diagnostic.of(
                Rule.INVALID_ENCODING,
                "the input is not valid UTF-8: malformed byte sequence at byte offset " + decoded.badOffset(),
                "",
                new SourceRange(at, at)));
    }

    private static FeatureSpec emptySpec() {
        return FeatureSpec.builder("").build();
    }

    private ParseResult finish(List<Diagnostic> diagnostics) {
        return finish(diagnostics, emptySpec(), SourceMap.empty());
    }

    private ParseResult finish(List<Diagnostic> diagnostics, FeatureSpec spec, SourceMap sourceMap) {
        ParseResult result = new ParseResult(spec, diagnostics, sourceMap);
        if (strict && result.hasErrors()) {
            throw new SpecParseException(result.diagnostics());
        }
        return result;
    }

    /** Configures a {@link JsonSpecReader}; not thread-safe. */
    public static final class Builder {
        private Format format = Format.JSON;
        private boolean strict;
        private long maxBytes;
        private int maxDepth = DEFAULT_MAX_DEPTH;

        private Builder() {}

        /** The format to read; default {@link Format#JSON}. */
        public Builder format(Format format) {
            this.format = Objects.requireNonNull(format, "format");
            return this;
        }

        /** Throw {@link SpecParseException} when the document has errors; default {@code false}. */
        public Builder strict(boolean strict) {
            this.strict = strict;
            return this;
        }

        /**
         * The largest input read, in bytes (UTF-8); default {@link #DEFAULT_MAX_BYTES_JSON} for JSON and
         * {@link #DEFAULT_MAX_BYTES_YAML} for YAML.
         */
        public Builder maxBytes(long maxBytes) {
            if (maxBytes < 1) {
                throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
            }
            this.maxBytes = maxBytes;
            return this;
        }

        /** The deepest nesting of objects and arrays read, 1 to 1000; default {@link #DEFAULT_MAX_DEPTH}. */
        public Builder maxDepth(int maxDepth) {
            if (maxDepth < 1 || maxDepth > 1000) {
                throw new IllegalArgumentException("maxDepth must be 1 to 1000: " + maxDepth);
            }
            this.maxDepth = maxDepth;
            return this;
        }

        /** An immutable, thread-safe reader. */
        public JsonSpecReader build() {
            return new JsonSpecReader(this);
        }
    }
}
