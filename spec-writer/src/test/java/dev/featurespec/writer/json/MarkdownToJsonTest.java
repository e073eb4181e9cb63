package dev.featurespec.writer.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.featurespec.model.FeatureSpec;
import dev.featurespec.parser.ParseResult;
import dev.featurespec.parser.json.JsonSpecReader;
import dev.featurespec.parser.json.YamlSpecReader;
import dev.featurespec.parser.markdown.MarkdownSpecParser;
import dev.featurespec.testkit.Corpus;
import dev.featurespec.testkit.GoldenCase;
import dev.featurespec.testkit.SchemaAssert;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real documents through JSON and YAML: every good golden case and every corpus
 * spec parses, writes schema-valid JSON and YAML, reads back equal, and writes the same JSON again.
 */
class MarkdownToJsonTest {
    private static final MarkdownSpecParser MARKDOWN = MarkdownSpecParser.create();

    static List<Path> goldenCases() {
        return GoldenCase.goodCases().stream().map(GoldenCase::input).toList();
    }

    static List<Path> corpus() {
        return Corpus.specsOrSkip();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenCases")
    void goldenCaseThroughJsonAndYaml(Path md) throws IOException {
        assertRoundTrips(MARKDOWN.parse(md).spec());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenCases")
    void goldenExpectedJsonReadsBackAsTheParsedModel(Path md) throws IOException {
        Path json = md.resolveSibling(md.getFileName().toString().replace(".md", ".json"));
        ParseResult fromJson = JsonSpecReader.create().parse(json);
        assertThat(fromJson.diagnostics()).isEmpty();
        assertThat(fromJson.spec()).isEqualTo(MARKDOWN.parse(md).spec());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void corpusSpecThroughJsonAndYaml(Path md) throws IOException {
        assertRoundTrips(MARKDOWN.parse(md).spec());
    }

    private static void assertRoundTrips(FeatureSpec spec) {
        String json = JsonSpecWriter.create().write(spec);
        SchemaAssert.assertValidJson(json);
        FeatureSpec fromJson = read(JsonSpecReader.create()::parse, json);
        assertThat(fromJson).isEqualTo(spec);
        assertThat(JsonSpecWriter.create().write(fromJson)).isEqualTo(json);

        String yaml = YamlSpecWriter.create().write(spec);
        SchemaAssert.assertValidYaml(yaml);
        assertThat(read(YamlSpecReader.create()::parse, yaml)).isEqualTo(spec);
    }

    private static FeatureSpec read(Function<String, ParseResult> reader, String text) {
        ParseResult result = reader.apply(text);
        assertThat(result.diagnostics()).isEmpty();
        return result.spec();
    }
}
