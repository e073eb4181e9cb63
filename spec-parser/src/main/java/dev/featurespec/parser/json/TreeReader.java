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
import dev.featurespec.parser.internal.PairSafeReader;
import dev.featurespec.parser.internal.Utf8;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.dataformat.yaml.YAMLFactory;

/**
 * What {@link JsonSpecReader} and {@link YamlSpecReader} share: the input checks and limits, the
 * streaming {@link Binder}, the {@code formatVersion} check, and positioning the diagnostics with a
 * second pass ({@link Positions}) when there are any. A clean document's source map is computed on
 * first use. Immutable and thread-safe.
 */
final class TreeReader {
    static final int MAX_STRING_LENGTH = 8 << 20;
    private static final long MAX_TOKENS = 5_000_000;
    // snakeyaml-engine refills its read buffer by copying what it holds, so one long scalar costs
    // O(length² / buffer): 7 s for 2 MB with the default 1 KiB buffer, 0.3 s for 8 MiB with 1 MiB
    private static final int YAML_BUFFER_SMALL = 1 << 16;
    private static final int YAML_BUFFER_LARGE = 4 << 20;
    private static final int LARGE_YAML = 1 << 18;

    private final boolean yaml;
    private final boolean strict;
    private final long maxBytes;
    private final int maxDepth;
    private final TokenStreamFactory factory;
    private final TokenStreamFactory largeFactory;

    TreeReader(boolean yaml, boolean strict, long maxBytes, int maxDepth) {
        this.yaml = yaml;
        this.strict = strict;
        this.maxBytes = maxBytes;
        this.maxDepth = maxDepth;
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(maxDepth)
                .maxStringLength(MAX_STRING_LENGTH)
                .maxDocumentLength(maxBytes)
                .maxTokenCount(MAX_TOKENS)
                .build();
        if (yaml) {
            this.factory = yamlFactory(constraints, YAML_BUFFER_SMALL);
            this.largeFactory = yamlFactory(constraints, YAML_BUFFER_LARGE);
        } else {
            // repeated keys are found (all of them, with the first one's position) by the binder
            this.factory = JsonFactory.builder()
                    .streamReadConstraints(constraints)
                    .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build();
            this.largeFactory = factory;
        }
    }

    private YAMLFactory yamlFactory(StreamReadConstraints constraints, int bufferSize) {
        LoadSettings settings = LoadSettings.builder()
                .setCodePointLimit((int) Math.min(Integer.MAX_VALUE, maxBytes))
                .setBufferSize(bufferSize)
                .setMaxAliasesForCollections(0)
                .setAllowRecursiveKeys(false)
                .build();
        return YAMLFactory.builder()
                .streamReadConstraints(constraints)
                .loadSettings(settings)
                .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
    }

    long maxBytes() {
        return maxBytes;
    }

    int maxDepth() {
        return maxDepth;
    }

    ParseResult parse(String text) {
        Objects.requireNonNull(text, "text");
        long bytes = Utf8.length(text, maxBytes);
        if (bytes > maxBytes) {
            return finish(tooLarge(-1));
        }
        return read(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    ParseResult parse(byte[] utf8) {
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

    ParseResult parse(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        long size = BoundedInput.sizeOver(file, maxBytes);
        if (size >= 0) {
            return finish(tooLarge(size));
        }
        byte[] bytes = BoundedInput.read(file, maxBytes);
        return bytes == null ? finish(tooLarge(-1)) : parse(bytes);
    }

    ParseResult parse(InputStream in) throws IOException {
        Objects.requireNonNull(in, "in");
        byte[] bytes = BoundedInput.read(in, maxBytes);
        return bytes == null ? finish(tooLarge(-1)) : parse(bytes);
    }

    ParseResult parse(Reader reader) throws IOException {
        Objects.requireNonNull(reader, "reader");
        String text = BoundedInput.read(reader, maxBytes);
        return text == null ? finish(tooLarge(-1)) : parse(text);
    }

    private JsonParser parser(String text) {
        if (!yaml) {
            return factory.createParser(ObjectReadContext.empty(), text);
        }
        TokenStreamFactory f = text.length() > LARGE_YAML ? largeFactory : factory;
        return f.createParser(ObjectReadContext.empty(), new PairSafeReader(text));
    }

    /** Reads {@code text} (without a byte order mark). */
    private ParseResult read(String text) {
        if (yaml && text.length() > MAX_STRING_LENGTH) {
            Diagnostic longLine = longLine(text);
            if (longLine != null) {
                return finish(List.of(longLine));
            }
        }
        FeatureSpec spec = null;
        Diagnostic fatal = null;
        boolean keepProblems = false;
        Binder binder;
        try (JsonParser p = parser(text)) {
            binder = new Binder(p, maxDepth);
            try {
                spec = binder.read();
            } catch (Binder.Fatal e) {
                fatal = e.diagnostic();
                keepProblems = e.keepsProblems();
            } catch (StreamConstraintsException e) {
                TokenStreamLocation at = orElse(e.getLocation(), p.currentTokenLocation());
                fatal = Diagnostic.of(
                        Rule.INPUT_LIMIT_EXCEEDED,
                        Texts.limitMessage(e, maxDepth),
                        binder.path().pointer(),
                        Texts.range(at, null));
            } catch (JacksonException e) {
                TokenStreamLocation at = orElse(e.getLocation(), p.currentTokenLocation());
                fatal = Diagnostic.of(Rule.SYNTAX_ERROR, Texts.syntaxMessage(e), "", Texts.range(at, null));
            }
        }
        List<Binder.Problem> problems = binder.problems();
        Diagnostic version = fatal == null && spec != null ? checkVersion(binder.version()) : null;
        if (fatal == null && version == null && problems.isEmpty()) {
            // nothing to report: positions are found only if someone asks, in a second pass
            return finish(
                    List.of(),
                    spec,
                    SourceMap.lazy(() -> positions(text, Set.of()).sourceMap()));
        }
        if ((fatal != null && !keepProblems) || version != null) {
            // the document is not read: only what was found while scanning it stands (repeated keys)
            problems = problems.stream()
                    .filter(d -> d.anchor() == Binder.Anchor.REPEATED_KEY)
                    .toList();
            spec = null;
        }
        Set<String> wantedKeys = new HashSet<>();
        boolean positioned = version == null;
        for (Binder.Problem problem : problems) {
            if (problem.anchor() == Binder.Anchor.REPEATED_KEY) {
                wantedKeys.add(problem.pointer());
            }
            positioned &= problem.anchor() == Binder.Anchor.FIXED;
        }
        // a second pass only when a diagnostic needs it: a document refused at a limit can be huge
        Positions positions = positioned && wantedKeys.isEmpty() ? null : positions(text, wantedKeys);
        SourceMap sourceMap = positions == null
                ? SourceMap.lazy(() -> positions(text, Set.of()).sourceMap())
                : positions.sourceMap();
        List<Diagnostic> diagnostics = new ArrayList<>(problems.size() + 1);
        for (Binder.Problem problem : problems) {
            diagnostics.add(locate(problem, positions, sourceMap));
        }
        if (fatal != null) {
            diagnostics.add(fatal);
        }
        if (version != null) {
            diagnostics.add(sourceMap.locate(version));
        }
        return finish(diagnostics, spec != null ? spec : emptySpec(), sourceMap);
    }

    private Positions positions(String text, Set<String> wantedKeys) {
        return Positions.of(parser(text), maxDepth, wantedKeys);
    }

    private static Diagnostic locate(Binder.Problem problem, Positions positions, SourceMap sourceMap) {
        return switch (problem.anchor()) {
            case VALUE ->
                Diagnostic.of(
                        problem.rule(),
                        problem.message(),
                        problem.pointer(),
                        sourceMap.find(problem.pointer()).orElse(null));
            case FIXED -> Diagnostic.of(problem.rule(), problem.message(), problem.pointer(), problem.range());
            case REPEATED_KEY -> {
                SourceRange first = positions.key(problem.pointer());
                yield Diagnostic.of(
                        problem.rule(),
                        "duplicate key \"" + problem.key() + "\""
                                + (first == null
                                        ? ""
                                        : " (first at line " + first.start().line() + ", column "
                                                + first.start().column() + ")"),
                        problem.pointer(),
                        problem.range());
            }
        };
    }

    /** The diagnostic for a {@code formatVersion} this version cannot read, without a range yet; or null. */
    private static Diagnostic checkVersion(Binder.Version v) {
        if (v == null) {
            return null;
        }
        if (!v.integer()) {
            return Diagnostic.of(
                    Rule.WRONG_TYPE, "formatVersion must be an integer, was " + v.text(), "/formatVersion", null);
        }
        if (!v.fitsInt() || v.value() != FeatureSpec.FORMAT_VERSION) {
            return Diagnostic.of(
                    Rule.UNSUPPORTED_FORMAT_VERSION,
                    "formatVersion " + v.text() + " is not supported; this version reads formatVersion "
                            + FeatureSpec.FORMAT_VERSION,
                    "/formatVersion",
                    null);
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

    private static TokenStreamLocation orElse(TokenStreamLocation a, TokenStreamLocation b) {
        return a != null && a.getLineNr() > 0 ? a : b;
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
}
