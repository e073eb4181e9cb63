package dev.featurespec.parser.internal.folder;

import dev.featurespec.model.diagnostic.Diagnostic;
import dev.featurespec.model.diagnostic.Rule;
import dev.featurespec.model.diagnostic.SourceLocation;
import dev.featurespec.model.diagnostic.SourceRange;
import dev.featurespec.parser.internal.Utf8;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.dataformat.yaml.YAMLFactory;

/**
 * The input side of the feature-folder documents' JSON and YAML readers, on Jackson's streaming parser
 * only: the size cap (FS050), UTF-8 decoding (FS051), a BOM skipped, and a parser whose limits match the
 * spec's JSON reader (nesting depth 500, strings of 8 MiB, 5,000,000 tokens, YAML aliases refused). Immutable
 * and thread-safe. Not API.
 */
public final class JsonInput {
    private static final int MAX_DEPTH = 500;
    private static final int MAX_STRING_LENGTH = 8 << 20;
    private static final long MAX_TOKENS = 5_000_000;

    private final boolean yaml;
    private final long maxBytes;
    private final TokenStreamFactory factory;

    /** Input in YAML ({@code yaml}) or JSON, refused above {@code maxBytes}. */
    public JsonInput(boolean yaml, long maxBytes) {
        this.yaml = yaml;
        this.maxBytes = maxBytes;
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(MAX_DEPTH)
                .maxStringLength(MAX_STRING_LENGTH)
                .maxDocumentLength(this.maxBytes)
                .maxTokenCount(MAX_TOKENS)
                .build();
        if (yaml) {
            LoadSettings settings = LoadSettings.builder()
                    .setCodePointLimit((int) Math.min(Integer.MAX_VALUE, this.maxBytes))
                    .setBufferSize(1 << 16)
                    .setMaxAliasesForCollections(0)
                    .setAllowRecursiveKeys(false)
                    .build();
            this.factory = YAMLFactory.builder()
                    .streamReadConstraints(constraints)
                    .loadSettings(settings)
                    .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build();
        } else {
            this.factory = JsonFactory.builder()
                    .streamReadConstraints(constraints)
                    .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build();
        }
    }

    /** True for YAML input. */
    public boolean yaml() {
        return yaml;
    }

    /**
     * Reads text: refused with FS050 above the limit, else given to {@code read} as a parser over the text
     * (without a BOM). {@code refused} makes the result for refused input from its diagnostics.
     */
    public <R> R read(String text, Function<JsonParser, R> read, Function<List<Diagnostic>, R> refused) {
        long bytes = Utf8.length(text, maxBytes);
        if (bytes > maxBytes) {
            return refused.apply(tooLarge(bytes));
        }
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        try (JsonParser p = factory.createParser(ObjectReadContext.empty(), t)) {
            return read.apply(p);
        }
    }

    /** Reads UTF-8 bytes; invalid UTF-8 is refused with FS051. */
    public <R> R read(byte[] utf8, Function<JsonParser, R> read, Function<List<Diagnostic>, R> refused) {
        if (utf8.length > maxBytes) {
            return refused.apply(tooLarge(utf8.length));
        }
        Utf8.Decoded decoded = Utf8.decode(utf8);
        if (!decoded.valid()) {
            SourceLocation at = decoded.badLocation();
            return refused.apply(List.of(Diagnostic.of(
                    Rule.INVALID_ENCODING,
                    "the input is not valid UTF-8: malformed byte sequence at byte offset " + decoded.badOffset(),
                    "",
                    new SourceRange(at, at))));
        }
        return read(decoded.text(), read, refused);
    }

    /** Reads the UTF-8 file at {@code path}, at most one byte over the limit. */
    public <R> R read(Path path, Function<JsonParser, R> read, Function<List<Diagnostic>, R> refused)
            throws IOException {
        long size = Files.size(path);
        if (size > maxBytes) {
            return refused.apply(tooLarge(size));
        }
        try (InputStream in = Files.newInputStream(path)) {
            return read(in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1)), read, refused);
        }
    }

    /** Reads the text of {@code reader}, at most one character over the limit. */
    public <R> R read(Reader reader, Function<JsonParser, R> read, Function<List<Diagnostic>, R> refused)
            throws IOException {
        StringBuilder sb = new StringBuilder();
        char[] buffer = new char[8192];
        int n;
        while ((n = reader.read(buffer)) >= 0) {
            sb.append(buffer, 0, n);
            if (sb.length() > maxBytes) {
                return refused.apply(tooLarge(sb.length()));
            }
        }
        return read(sb.toString(), read, refused);
    }

    private List<Diagnostic> tooLarge(long size) {
        return List.of(Diagnostic.of(
                Rule.INPUT_TOO_LARGE,
                "the input is larger than the limit of " + maxBytes + " bytes (" + size + " bytes)",
                "",
                SourceRange.of(1, 1, 1, 1)));
    }
}
