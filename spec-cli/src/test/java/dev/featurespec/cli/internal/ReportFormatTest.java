package dev.featurespec.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.featurespec.model.diagnostic.Diagnostic;
import dev.featurespec.model.diagnostic.Rule;
import dev.featurespec.model.diagnostic.Severity;
import dev.featurespec.model.diagnostic.SourceRange;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ReportFormatTest {
    static final Diagnostic DUPLICATE = Diagnostic.of(
            Rule.DUPLICATE_ID,
            "FR-002 is declared twice (first at line 30)",
            "/functionalRequirements/2/id",
            SourceRange.of(31, 5, 31, 11));
    static final Diagnostic PLACEHOLDER = Diagnostic.of(
            Rule.UNFILLED_PLACEHOLDER,
            "[FEATURE NAME] is a template placeholder",
            "/title",
            SourceRange.of(1, 3, 1, 17));
    static final Diagnostic UNPLACED = Diagnostic.of(Rule.NO_P1_STORY, "No user story has priority P1", "", null);

    static final List<FileReport> FILES = List.of(
            new FileReport("specs/001 a/spec.md", List.of(DUPLICATE, UNPLACED, PLACEHOLDER)),
            new FileReport("specs/002/spec.md", List.of()));

    static String render(ReportFormat format, List<FileReport> files) {
        StringWriter sw = new StringWriter();
        format.write(files, new PrintWriter(sw, true));
        return sw.toString();
    }

    @Test
    void textIsOneLinePerDiagnosticByPositionThenSummary() {
        assertThat(render(ReportFormat.TEXT, FILES)).isEqualTo("""
                        specs/001 a/spec.md:1:3: warning: [FEATURE NAME] is a template placeholder [FS108]
                        specs/001 a/spec.md:31:5: error: FR-002 is declared twice (first at line 30) [FS105]
                        specs/001 a/spec.md: warning: No user story has priority P1 [FS112]
                        2 files: 1 error, 2 warnings
                        """);
    }

    @Test
    void textSummaryCountsInfosOnlyWhenThereAreAny() {
        Diagnostic info =
                Diagnostic.of(Rule.UNKNOWN_SECTION, "## Notes is not a known section", "/extraSections/0", null);
        assertThat(render(ReportFormat.TEXT, List.of(new FileReport("spec.md", List.of(info)))))
                .isEqualTo("""
                        spec.md: info: ## Notes is not a known section [FS015]
                        1 file: 0 errors, 0 warnings, 1 info
                        """);
    }

    @Test
    void jsonIsAnObjectWithCountsAndDiagnostics() {
        JsonNode root = JsonMapper.builder().build().readTree(render(ReportFormat.JSON, FILES));
        assertThat(root.propertyNames()).containsExactly("files", "errors", "warnings", "infos", "diagnostics");
        assertThat(root.get("files").asInt()).isEqualTo(2);
        assertThat(root.get("errors").asInt()).isEqualTo(1);
        assertThat(root.get("warnings").asInt()).isEqualTo(2);
        assertThat(root.get("diagnostics")).hasSize(3);
        assertThat(root.get("diagnostics").get(1).toString())
                .isEqualTo("{\"path\":\"specs/001 a/spec.md\",\"line\":31,\"column\":5,\"endLine\":31,\"endColumn\":11,"
                        + "\"severity\":\"error\",\"rule\":\"FS105\",\"message\":\"FR-002 is declared twice (first at"
                        + " line 30)\",\"pointer\":\"/functionalRequirements/2/id\"}");
    }

    @Test
    void jsonLeavesOutThePositionWhenThereIsNone() {
        JsonNode root = JsonMapper.builder().build().readTree(render(ReportFormat.JSON, FILES));
        assertThat(root.get("diagnostics").get(2).toString())
                .isEqualTo("{\"path\":\"specs/001 a/spec.md\",\"severity\":\"warning\",\"rule\":\"FS112\","
                        + "\"message\":\"No user story has priority P1\",\"pointer\":\"\"}");
    }

    @Test
    void sarifHasEveryRuleAndOneResultPerDiagnostic() {
        JsonNode root = JsonMapper.builder().build().readTree(render(ReportFormat.SARIF, FILES));
        SarifAssert.assertValidSarif(root);
        JsonNode run = root.get("runs").get(0);
        assertThat(run.get("tool").get("driver").get("rules")).hasSize(Rule.values().length);
        assertThat(run.get("results")).hasSize(3);
    }

    @Test
    void sarifResultCarriesRuleLevelMessageAndRegion() {
        JsonNode result = JsonMapper.builder()
                .build()
                .readTree(render(ReportFormat.SARIF, FILES))
                .get("runs")
                .get(0)
                .get("results")
                .get(1);
        assertThat(result.toString())
                .isEqualTo("{\"ruleId\":\"FS105\",\"ruleIndex\":" + Rule.DUPLICATE_ID.ordinal()
                        + ",\"level\":\"error\",\"message\":{\"text\":\"FR-002 is declared twice (first at line 30)\"},"
                        + "\"locations\":[{\"physicalLocation\":{\"artifactLocation\":{\"uri\":\"specs/001%20a/spec.md\","
                        + "\"uriBaseId\":\"%SRCROOT%\"},\"region\":{\"startLine\":31,\"startColumn\":5,\"endLine\":31,"
                        + "\"endColumn\":11}}}],\"properties\":{\"pointer\":\"/functionalRequirements/2/id\"}}");
    }

    @Test
    void sarifRuleHasAliasSummaryHelpAndDefaultLevel() {
        JsonNode rule = JsonMapper.builder()
                .build()
                .readTree(render(ReportFormat.SARIF, List.of()))
                .get("runs")
                .get(0)
                .get("tool")
                .get("driver")
                .get("rules")
                .get(Rule.UNKNOWN_SECTION.ordinal());
        assertThat(rule.toString())
                .isEqualTo("{\"id\":\"FS015\",\"name\":\"unknown-section\",\"shortDescription\":{\"text\":\"A section"
                        + " the profile does not name is kept as an extra section.\"},\"helpUri\":"
                        + "\"https://github.com/featurespec/featurespec/blob/main/docs/rules.md#fs015-unknown-section\","
                        + "\"defaultConfiguration\":{\"level\":\"note\"}}");
    }

    @Test
    void severityOverrideShowsInTheLevel() {
        List<FileReport> files = List.of(new FileReport("spec.md", List.of(PLACEHOLDER.withSeverity(Severity.ERROR))));
        JsonNode result = JsonMapper.builder()
                .build()
                .readTree(render(ReportFormat.SARIF, files))
                .get("runs")
                .get(0)
                .get("results")
                .get(0);
        assertThat(result.get("level").asString()).isEqualTo("error");
    }
}
