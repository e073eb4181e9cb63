package dev.featurespec.writer.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.featurespec.model.FeatureSpec;
import dev.featurespec.testkit.SchemaAssert;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The committed schema says what the reader accepts: it is versioned, closed, and typed. */
class SchemaTest {
    @Test
    void schemaIsVersionedDraft202012() {
        JsonNode schema = SchemaAssert.schema();
        assertThat(schema.get("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.get("$id").asString()).isEqualTo("https://featurespec.dev/schema/featurespec-1.schema.json");
        assertThat(schema.get("required").get(0).asString()).isEqualTo("title");
        assertThat(schema.get("properties").get("formatVersion").get("const").asInt())
                .isEqualTo(FeatureSpec.FORMAT_VERSION);
    }

    @Test
    void derivedPropertiesAreReadOnly() {
        JsonNode defs = SchemaAssert.schema().get("$defs");
        assertThat(defs.get("Requirement")
                        .get("properties")
                        .get("level")
                        .get("readOnly")
                        .asBoolean())
                .isTrue();
        assertThat(defs.get("ApiContractSection")
                        .get("properties")
                        .get("endpoints")
                        .get("readOnly")
                        .asBoolean())
                .isTrue();
        assertThat(defs.get("ObservabilitySection")
                        .get("properties")
                        .get("taskStates")
                        .get("readOnly")
                        .asBoolean())
                .isTrue();
        assertThat(defs.get("Requirement").get("properties").get("text").has("readOnly"))
                .isFalse();
    }

    @Test
    void unknownPropertyIsInvalid() {
        assertThat(SchemaAssert.errorsOfJson(
                        "{\"title\": \"T\", \"userStories\": [{\"number\": 1, \"title\": \"a\", \"titel\": \"b\"}]}"))
                .singleElement()
                .asString()
                .startsWith("/userStories/0: ")
                .contains("titel");
    }

    @Test
    void badPriorityWrongTypeAndMissingTitleAreInvalid() {
        assertThat(
                        SchemaAssert.errorsOfJson(
                                "{\"title\": \"T\", \"userStories\": [{\"number\": 1, \"title\": \"a\", \"priority\": \"X1\"}]}"))
                .singleElement()
                .asString()
                .startsWith("/userStories/0/priority: ");
        assertThat(SchemaAssert.errorsOfJson("{\"title\": 5}"))
                .singleElement()
                .asString()
                .startsWith("/title: ");
        assertThat(SchemaAssert.errorsOfYaml("edgeCases: [a]\n"))
                .singleElement()
                .asString()
                .contains("title");
    }

    @Test
    void otherFormatVersionIsInvalid() {
        assertThat(SchemaAssert.errorsOfJson("{\"formatVersion\": 2, \"title\": \"T\"}"))
                .singleElement()
                .asString()
                .startsWith("/formatVersion: ");
    }

    @Test
    void assertValidJsonFailsListingTheErrors() {
        assertThatThrownBy(() -> SchemaAssert.assertValidJson("{\"title\": \"T\", \"extra\": 1}"))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("not valid against dev/featurespec/model/featurespec.schema.json:\n  : ")
                .hasMessageContaining("extra");
    }
}
