package dev.featurespec.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * A structural check of SARIF 2.1.0 output against the schema's requirements and GitHub code scanning's:
 * the properties the schema marks required, their types and value sets, and the ones GitHub needs to
 * place an alert (ruleId, a message text, a physical location with a relative URI and 1-based region).
 * The official schema cannot be fetched at test time (no network), so this mirrors its constraints.
 */
final class SarifAssert {
    private static final Set<String> LEVELS = Set.of("none", "note", "warning", "error");

    private SarifAssert() {}

    static void assertValidSarif(JsonNode root) {
        assertThat(root.isObject()).as("sarifLog is an object").isTrue();
        assertThat(root.path("version").asString()).as("version").isEqualTo("2.1.0");
        assertThat(root.path("$schema").asString()).as("$schema").endsWith("sarif-2.1.0.json");
        assertThat(root.path("runs").isArray()).as("runs is an array").isTrue();
        for (JsonNode run : root.get("runs")) {
            JsonNode driver = run.path("tool").path("driver");
            assertThat(driver.isObject()).as("run.tool.driver is required").isTrue();
            assertThat(driver.path("name").isString())
                    .as("driver.name is required")
                    .isTrue();
            if (driver.has("informationUri")) {
                assertThat(driver.get("informationUri").asString()).startsWith("https://");
            }
            Set<String> ids = new HashSet<>();
            for (JsonNode rule : driver.path("rules")) {
                assertThat(rule.path("id").isString())
                        .as("reportingDescriptor.id is required")
                        .isTrue();
                assertThat(ids.add(rule.get("id").asString()))
                        .as("rule ids are unique")
                        .isTrue();
                assertThat(rule.path("shortDescription").path("text").isString())
                        .as("multiformatMessageString.text is required")
                        .isTrue();
                assertThat(rule.path("helpUri").asString()).startsWith("https://");
                assertThat(LEVELS)
                        .contains(
                                rule.path("defaultConfiguration").path("level").asString());
            }
            assertThat(run.path("results").isArray())
                    .as("run.results is an array")
                    .isTrue();
            for (JsonNode result : run.get("results")) {
                assertThat(result.path("message").path("text").isString())
                        .as("result.message.text is required")
                        .isTrue();
                assertThat(ids)
                        .as("result.ruleId names a driver rule")
                        .contains(result.path("ruleId").asString());
                int index = result.path("ruleIndex").asInt(-1);
                assertThat(driver.get("rules").get(index).get("id").asString())
                        .as("ruleIndex points at ruleId")
                        .isEqualTo(result.get("ruleId").asString());
                assertThat(LEVELS).contains(result.path("level").asString());
                assertThat(result.path("locations").isArray()).isTrue();
                for (JsonNode location : result.get("locations")) {
                    JsonNode physical = location.path("physicalLocation");
                    String uri = physical.path("artifactLocation").path("uri").asString();
                    assertThat(uri)
                            .as("relative uri")
                            .isNotEmpty()
                            .doesNotStartWith("/")
                            .doesNotContain(" ", "\\");
                    assertThat(physical.path("artifactLocation")
                                    .path("uriBaseId")
                                    .asString())
                            .isEqualTo("%SRCROOT%");
                    JsonNode region = physical.path("region");
                    if (!region.isMissingNode()) {
                        assertThat(region.path("startLine").asInt()).isGreaterThanOrEqualTo(1);
                        assertThat(region.path("startColumn").asInt()).isGreaterThanOrEqualTo(1);
                        assertThat(region.path("endLine").asInt())
                                .isGreaterThanOrEqualTo(region.get("startLine").asInt());
                        assertThat(region.path("endColumn").asInt()).isGreaterThanOrEqualTo(1);
                    }
                }
            }
        }
    }
}
