package dev.featurespec.writer.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.featurespec.model.FeatureSpec;
import dev.featurespec.parser.ParseResult;
import dev.featurespec.parser.json.JsonSpecReader;
import dev.featurespec.parser.json.YamlSpecReader;
import dev.featurespec.testkit.Fixtures;
import dev.featurespec.testkit.SchemaAssert;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** model → JSON → model and model → YAML → model give the model back, and every output is schema-valid. */
class RoundTripTest {
    static Stream<String> awkward() {
        return Fixtures.AWKWARD.stream();
    }

    @Test
    void richSpecThroughJson() {
        assertJsonRoundTrip(Fixtures.everyField());
    }

    @Test
    void richSpecThroughYaml() {
        assertYamlRoundTrip(Fixtures.everyField());
    }

    @Test
    void richSpecThroughCompactJson() {
        FeatureSpec spec = Fixtures.everyField();
        String json = JsonSpecWriter.builder().compact(true).build().write(spec);
        SchemaAssert.assertValidJson(json);
        assertThat(read(JsonSpecReader.create()::parse, json)).isEqualTo(spec);
    }

    @Test
    void emptySpecThroughBothFormats() {
        FeatureSpec empty = FeatureSpec.builder("").build();
        assertJsonRoundTrip(empty);
        assertYamlRoundTrip(empty);
    }

    @ParameterizedTest
    @MethodSource("awkward")
    void awkwardTextThroughJson(String text) {
        assertJsonRoundTrip(Fixtures.everywhere(text));
    }

    @ParameterizedTest
    @MethodSource("awkward")
    void awkwardTextThroughYaml(String text) {
        assertYamlRoundTrip(Fixtures.everywhere(text));
    }

    @Test
    void clarificationMarkersAndAmpersandsStayVerbatim() {
        String text = "System MUST log [NEEDS CLARIFICATION: which sink?] & **alert** `<ops>`";
        FeatureSpec back =
                read(YamlSpecReader.create()::parse, YamlSpecWriter.create().write(Fixtures.everywhere(text)));
        assertThat(back.functionalRequirements().get(0).text()).isEqualTo(text);
        assertThat(back.functionalRequirements().get(0).clarificationsNeeded()).containsExactly("which sink?");
    }

    @Test
    void longLinesWithoutSpacesThroughYaml() {
        // a data URI in Markdown: YAML cannot fold it, so it is written as one 300 KB line
        String image = "![img](data:image/png;base64," + "A".repeat(300_000) + ")";
        assertYamlRoundTrip(FeatureSpec.builder(image)
                .addAssumption(image)
                .addEdgeCase(image)
                .build());
    }

    @Test
    void jsonIsStableThroughASecondRoundTrip() {
        String once = JsonSpecWriter.create().write(Fixtures.everyField());
        String twice = JsonSpecWriter.create().write(read(JsonSpecReader.create()::parse, once));
        assertThat(twice).isEqualTo(once);
    }

    private static void assertJsonRoundTrip(FeatureSpec spec) {
        String json = JsonSpecWriter.create().write(spec);
        SchemaAssert.assertValidJson(json);
        assertThat(read(JsonSpecReader.create()::parse, json)).isEqualTo(spec);
    }

    private static void assertYamlRoundTrip(FeatureSpec spec) {
        String yaml = YamlSpecWriter.create().write(spec);
        SchemaAssert.assertValidYaml(yaml);
        assertThat(read(YamlSpecReader.create()::parse, yaml)).as(yaml).isEqualTo(spec);
    }

    private static FeatureSpec read(Function<String, ParseResult> reader, String text) {
        ParseResult result = reader.apply(text);
        assertThat(result.diagnostics()).isEmpty();
        return result.spec();
    }
}
