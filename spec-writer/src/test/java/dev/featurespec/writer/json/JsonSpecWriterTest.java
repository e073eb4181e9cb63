package dev.featurespec.writer.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.featurespec.model.AcceptanceScenario;
import dev.featurespec.model.FeatureSpec;
import dev.featurespec.model.Metadata;
import dev.featurespec.model.Priority;
import dev.featurespec.model.Requirement;
import dev.featurespec.model.UserStory;
import dev.featurespec.testkit.Fixtures;
import dev.featurespec.testkit.SchemaAssert;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonSpecWriterTest {
    private static final FeatureSpec SMALL = FeatureSpec.builder("Checkout")
            .metadata(Metadata.builder()
                    .featureBranch("042-checkout")
                    .created("2026-02-03")
                    .build())
            .addUserStory(UserStory.builder(1, "Pay by card")
                    .priority(Priority.P1)
                    .addAcceptanceScenario(AcceptanceScenario.of("a cart", "I pay", "I get a receipt"))
                    .build())
            .addFunctionalRequirement(
                    Requirement.of("FR-001", "System MUST accept cards [NEEDS CLARIFICATION: which?]"))
            .build();

    @Test
    void prettyJsonHasTwoSpaceIndentLfAndTrailingNewline() {
        assertThat(JsonSpecWriter.create().write(SMALL)).isEqualTo("""
                {
                  "formatVersion": 1,
                  "title": "Checkout",
                  "metadata": {
                    "featureBranch": "042-checkout",
                    "created": "2026-02-03"
                  },
                  "userStories": [
                    {
                      "number": 1,
                      "title": "Pay by card",
                      "priority": "P1",
                      "acceptanceScenarios": [
                        {
                          "given": "a cart",
                          "when": "I pay",
                          "then": "I get a receipt",
                          "text": "**Given** a cart, **When** I pay, **Then** I get a receipt"
                        }
                      ]
                    }
                  ],
                  "functionalRequirements": [
                    {
                      "id": "FR-001",
                      "text": "System MUST accept cards [NEEDS CLARIFICATION: which?]",
                      "level": "MUST",
                      "clarificationsNeeded": [
                        "which?"
                      ]
                    }
                  ]
                }
                """);
    }

    @Test
    void compactJsonIsOneLineWithoutTrailingNewline() {
        String json = JsonSpecWriter.builder().compact(true).build().write(SMALL);
        assertThat(json)
                .startsWith(
                        "{\"formatVersion\":1,\"title\":\"Checkout\",\"metadata\":{\"featureBranch\":\"042-checkout\"")
                .endsWith("\"clarificationsNeeded\":[\"which?\"]}]}")
                .doesNotContain("\n");
        SchemaAssert.assertValidJson(json);
    }

    @Test
    void yamlHasNoDocumentMarkerAndKeepsOrder() {
        assertThat(YamlSpecWriter.create().write(SMALL)).isEqualTo("""
                formatVersion: 1
                title: Checkout
                metadata:
                  featureBranch: 042-checkout
                  created: "2026-02-03"
                userStories:
                  - number: 1
                    title: Pay by card
                    priority: P1
                    acceptanceScenarios:
                      - given: a cart
                        when: I pay
                        then: I get a receipt
                        text: "**Given** a cart, **When** I pay, **Then** I get a receipt"
                functionalRequirements:
                  - id: FR-001
                    text: "System MUST accept cards [NEEDS CLARIFICATION: which?]"
                    level: MUST
                    clarificationsNeeded:
                      - which?
                """);
    }

    @Test
    void yamlWritesMultiLineTextAsLiteralBlock() {
        FeatureSpec spec = FeatureSpec.builder("T")
                .addAssumption("first line\n\n- a bullet")
                .build();
        assertThat(YamlSpecWriter.create().write(spec)).isEqualTo("""
                formatVersion: 1
                title: T
                assumptions:
                  - |-
                    first line

                    - a bullet
                """);
    }

    @Test
    void yamlQuotesStringsThatWouldReadBackAsOtherTypes() {
        FeatureSpec spec = FeatureSpec.builder("yes")
                .addAssumption("on")
                .addAssumption("1.0")
                .addAssumption("null")
                .addAssumption("2026-02-03")
                .addAssumption("0x1F")
                .addAssumption("P1")
                .build();
        assertThat(YamlSpecWriter.create().write(spec)).isEqualTo("""
                formatVersion: 1
                title: "yes"
                assumptions:
                  - "on"
                  - "1.0"
                  - "null"
                  - "2026-02-03"
                  - "0x1F"
                  - P1
                """);
    }

    @Test
    void emptySpecIsFormatVersionAndTitle() {
        FeatureSpec empty = FeatureSpec.builder("").build();
        assertThat(JsonSpecWriter.create().write(empty)).isEqualTo("""
                {
                  "formatVersion": 1,
                  "title": ""
                }
                """);
        assertThat(YamlSpecWriter.create().write(empty)).isEqualTo("""
                formatVersion: 1
                title: ""
                """);
    }

    @Test
    void derivedValuesAreWritten() {
        String json = JsonSpecWriter.builder().compact(true).build().write(Fixtures.everyField());
        assertThat(json)
                .contains("\"endpoints\":[\"POST /api/jobs\",\"GET /api/jobs/{id}\"]")
                .contains("\"statusCodes\":[202,409]")
                .contains("\"changes\":[{\"statement\":\"`POST /api/jobs` returns `202`; backward compatible\","
                        + "\"compatibility\":\"BACKWARD_COMPATIBLE\"},{\"statement\":\"`GET /api/jobs/{id}` is a breaking change\","
                        + "\"compatibility\":\"BREAKING\"}]")
                .contains("\"taskStates\":[\"pending\",\"done\",\"failed\"]")
                .contains("\"securityImpact\":{\"statements\":[]}");
    }

    @Test
    void writesToAppendableWriterAndOutputStream() throws IOException {
        String expected = JsonSpecWriter.create().write(SMALL);
        StringBuilder sb = new StringBuilder("> ");
        JsonSpecWriter.create().write(SMALL, sb);
        assertThat(sb.toString()).isEqualTo("> " + expected);
        StringWriter w = new StringWriter();
        JsonSpecWriter.create().write(SMALL, w);
        assertThat(w.toString()).isEqualTo(expected);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        YamlSpecWriter.create().write(Fixtures.everyField(), out);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .isEqualTo(YamlSpecWriter.create().write(Fixtures.everyField()));
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        JsonSpecWriter.create().write(SMALL, json);
        assertThat(json.toString(StandardCharsets.UTF_8)).isEqualTo(expected);
        StringBuilder yaml = new StringBuilder();
        YamlSpecWriter.create().write(SMALL, yaml);
        assertThat(yaml.toString()).isEqualTo(YamlSpecWriter.create().write(SMALL));
    }

    @Test
    void aFailingTargetsIOExceptionReachesTheCaller() {
        java.io.Writer full = new java.io.Writer() {
            @Override
            public void write(char[] buffer, int offset, int length) throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> JsonSpecWriter.create().write(Fixtures.everyField(), full))
                .isInstanceOf(IOException.class)
                .hasMessage("No space left on device");
    }

    @Test
    void nonAsciiIsWrittenAsUtf8NotEscaped() {
        FeatureSpec spec = FeatureSpec.builder("日本語 🎯").build();
        assertThat(JsonSpecWriter.create().write(spec)).contains("\"title\": \"日本語 🎯\"");
        assertThat(YamlSpecWriter.create().write(spec)).contains("title: 日本語 🎯");
    }

    @Test
    void builderReportsItsSettings() {
        assertThat(JsonSpecWriter.builder().compact(true).build().compact()).isTrue();
        assertThat(JsonSpecWriter.create().compact()).isFalse();
    }

    @Test
    @SuppressWarnings("deprecation")
    void deprecatedFactoriesStillWriteWhatTheyWrote() {
        FeatureSpec spec = Fixtures.everyField();
        assertThat(JsonSpecWriter.json().write(spec))
                .isEqualTo(JsonSpecWriter.create().write(spec));
        assertThat(JsonSpecWriter.yaml().write(spec))
                .isEqualTo(YamlSpecWriter.create().write(spec));
        JsonSpecWriter yaml = JsonSpecWriter.builder()
                .format(JsonSpecWriter.Format.YAML)
                .compact(true)
                .build();
        assertThat(yaml.format()).isEqualTo(JsonSpecWriter.Format.YAML);
        assertThat(yaml.write(spec)).isEqualTo(YamlSpecWriter.create().write(spec));
        assertThat(JsonSpecWriter.json().format()).isEqualTo(JsonSpecWriter.Format.JSON);
    }

    @Test
    void richSpecIsValidAgainstTheSchemaInBothFormats() {
        SchemaAssert.assertValidJson(JsonSpecWriter.create().write(Fixtures.everyField()));
        SchemaAssert.assertValidYaml(YamlSpecWriter.create().write(Fixtures.everyField()));
    }
}
