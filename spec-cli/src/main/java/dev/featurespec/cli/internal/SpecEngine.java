package dev.featurespec.cli.internal;

import dev.featurespec.model.FeatureSpec;
import dev.featurespec.model.diagnostic.Diagnostic;
import dev.featurespec.model.template.Profile;
import dev.featurespec.model.validation.SpecValidator;
import dev.featurespec.parser.ParseResult;
import dev.featurespec.parser.json.JsonSpecReader;
import dev.featurespec.parser.json.YamlSpecReader;
import dev.featurespec.parser.markdown.MarkdownSpecParser;
import dev.featurespec.writer.LineEnding;
import dev.featurespec.writer.json.JsonSpecWriter;
import dev.featurespec.writer.json.YamlSpecWriter;
import dev.featurespec.writer.markdown.MarkdownSpecWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The library behind the commands: readers, validator and writers, each created only when a command
 * first needs it, so {@code schema} or {@code new} never load a validator and {@code validate} never
 * loads a writer.
 */
final class SpecEngine {
    private SpecEngine() {}

    /** Reads {@code file} in {@code format}; {@code profile} null lets the parser choose per document. */
    static ParseResult read(SourceFile file, SpecFormat format, Profile profile) {
        return switch (format) {
            case MARKDOWN -> markdownParser(profile).parse(file.text());
            case JSON -> JsonSpecReader.create().parse(file.text());
            case YAML -> YamlSpecReader.create().parse(file.text());
        };
    }

    /**
     * {@code text}, which featurespec wrote in {@code format}, read back as {@link #read} reads it, but
     * without the size limit of the JSON and YAML readers: those guard against untrusted input, and the
     * text written for an input the command accepted may be larger than the input (YAML of a large
     * Markdown spec).
     */
    static ParseResult readBack(String text, SpecFormat format, Profile profile) {
        long bound = Math.max(JsonSpecReader.DEFAULT_MAX_BYTES, 3L * text.length()); // UTF-8: at most 3 bytes a char
        return switch (format) {
            case MARKDOWN -> markdownParser(profile).parse(text);
            case JSON -> JsonSpecReader.builder().maxBytes(bound).build().parse(text);
            case YAML -> YamlSpecReader.builder().maxBytes(bound).build().parse(text);
        };
    }

    /**
     * The Markdown parser for {@code profile} ({@code null}: chosen per document), built once per profile
     * and shared: building one compiles the vocabulary of every built-in language, which costs more than
     * parsing a typical spec. Parsers are immutable and thread-safe.
     */
    static MarkdownSpecParser markdownParser(Profile profile) {
        if (profile == null) {
            return DefaultParser.INSTANCE;
        }
        return PARSERS.computeIfAbsent(
                profile, p -> MarkdownSpecParser.builder().profile(p).build());
    }

    /** The parser that chooses the profile per document, made on first use. */
    private static final class DefaultParser {
        static final MarkdownSpecParser INSTANCE = MarkdownSpecParser.create();
    }

    private static final Map<Profile, MarkdownSpecParser> PARSERS = new ConcurrentHashMap<>();

    /** True when the input could not be read at all (FS05x errors: encoding, syntax, limits). */
    static boolean unreadable(ParseResult result) {
        return result.unreadable();
    }

    /**
     * The reader's diagnostics plus the model's constraints, positioned and de-duplicated. The constraints
     * are featurespec's own, so {@link SpecValidator#direct()} checks them, with the diagnostics a Bean
     * Validation provider would report and without its bootstrap.
     */
    static List<Diagnostic> validate(ParseResult parsed) {
        Preload.awaitValidator();
        return parsed.validate(SpecValidator.direct());
    }

    /** {@code spec} written in {@code format}; {@code profile} null lets the writer choose per spec. */
    static String write(FeatureSpec spec, SpecFormat format, Profile profile, boolean crlf) {
        return write(spec, format, profile, crlf, false);
    }

    /**
     * {@code spec} written in {@code format}; {@code profile} null lets the writer choose per spec; Markdown
     * in the template's section order and headings when {@code templateOrder}.
     */
    static String write(FeatureSpec spec, SpecFormat format, Profile profile, boolean crlf, boolean templateOrder) {
        return switch (format) {
            case MARKDOWN -> {
                MarkdownSpecWriter.Builder b = MarkdownSpecWriter.builder()
                        .lineEnding(crlf ? LineEnding.CRLF : LineEnding.LF)
                        .templateOrder(templateOrder);
                if (profile != null) {
                    b.profile(profile);
                }
                yield b.build().write(spec);
            }
            case JSON -> JsonSpecWriter.create().write(spec);
            case YAML -> YamlSpecWriter.create().write(spec);
        };
    }
}
