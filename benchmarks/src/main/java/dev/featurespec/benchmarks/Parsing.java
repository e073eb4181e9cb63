package dev.featurespec.benchmarks;

import dev.featurespec.model.FeatureSpec;
import dev.featurespec.parser.ParseResult;
import dev.featurespec.parser.markdown.MarkdownSpecParser;

/** featurespec's Markdown parser as the benchmarks configure it: defaults, with room for 50 MB inputs. */
public final class Parsing {
    /** The parser under test: default settings, input limit raised above the largest benchmark input. */
    public static final MarkdownSpecParser PARSER =
            MarkdownSpecParser.builder().maxBytes(256L << 20).build();

    private Parsing() {}

    /** Parses {@code text}, failing loudly when the parser reports that it could not read it. */
    public static ParseResult parse(String text) {
        ParseResult result = PARSER.parse(text);
        result.diagnostics().stream()
                .filter(d -> d.message().startsWith("The document could not be read"))
                .findFirst()
                .ifPresent(d -> {
                    throw new IllegalStateException("the parser failed on a benchmark input: " + d);
                });
        return result;
    }

    /** The parsed model of {@code text}. */
    public static FeatureSpec model(String text) {
        return parse(text).spec();
    }
}
