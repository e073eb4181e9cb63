package dev.featurespec.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.featurespec.cli.Cli;
import dev.featurespec.testkit.Corpus;
import dev.featurespec.testkit.SchemaAssert;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code featurespec analyze} and {@code convert} of task lists and checklists, run in-process from the
 * repository root (the module's test working directory).
 */
class AnalyzeCommandTest {
    private static final Path CASES = Path.of("testdata", "analyze");
    private static final String DANGLING = CASES.resolve("dangling").toString();

    @Test
    void textReportsEachFindingWithItsFileAndLineAndFailsOnErrors() {
        Cli.Run run = Cli.run("analyze", DANGLING);
        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        String dir = "testdata/analyze/dangling/";
        assertThat(run.out().lines())
                .containsExactly(
                        dir
                                + "tasks.md:6:1: error: T002 cites US3, which the spec does not declare (its stories are US1, US2) [FS201]",
                        dir + "tasks.md:6:1: error: T002 cites FR-009, which the spec does not declare [FS202]",
                        dir + "tasks.md:8:1: error: Phase \"Phase 2: User Story 4 - Audit log (FR-010)\" is for US4,"
                                + " which the spec does not declare (its stories are US1, US2) [FS201]",
                        dir + "tasks.md:8:1: error: Phase \"Phase 2: User Story 4 - Audit log (FR-010)\" cites FR-010,"
                                + " which the spec does not declare [FS202]",
                        dir + "tasks.md:10:1: warning: US2 has tasks only in phases of other stories (T003 under"
                                + " \"Phase 2: User Story 4 - Audit log (FR-010)\", which is for US4) [FS205]",
                        "2 files: 4 errors, 1 warning");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void aCleanFolderPassesAndWarningsFailOnlyWhenStrict() {
        assertThat(Cli.run("analyze", CASES.resolve("clean").toString()).exit()).isZero();
        String uncovered = CASES.resolve("uncovered").toString();
        assertThat(Cli.run("analyze", uncovered).exit()).isZero();
        assertThat(Cli.run("analyze", "--strict", uncovered).exit()).isEqualTo(1);
    }

    @Test
    void jsonHasTheDiagnosticsAndACoverageArrayValidAgainstItsSchema() {
        Cli.Run run = Cli.run("analyze", "--format", "json", DANGLING);
        SchemaAssert.against(SchemaAssert.ANALYSIS).assertValidJson(run.out());
        JsonNode root = JsonMapper.builder().build().readTree(run.out());
        assertThat(root.get("errors").asInt()).isEqualTo(4);
        JsonNode us3 = root.get("coverage").get(6);
        assertThat(us3.get("id").asString()).isEqualTo("US3");
        assertThat(us3.get("kind").asString()).isEqualTo("story");
        assertThat(us3.get("status").asString()).isEqualTo("orphaned");
        assertThat(us3.get("tasks").get(0).asString()).isEqualTo("T002");
        assertThat(root.get("coverage").get(0).get("folder").asString()).isEqualTo("testdata/analyze/dangling");
    }

    @Test
    void sarifIsValid() {
        Cli.Run run = Cli.run("analyze", "--format", "sarif", DANGLING);
        JsonNode root = JsonMapper.builder().build().readTree(run.out());
        SarifAssert.assertValidSarif(root);
        assertThat(root.get("runs").get(0).get("results")).hasSize(5);
    }

    @Test
    void markdownIsATraceabilityMatrix() {
        Cli.Run run = Cli.run(
                "analyze",
                "--format",
                "markdown",
                CASES.resolve("checklist-references").toString());
        assertThat(run.out())
                .contains("| ID | Kind | Status | Text | Tasks | Checklist items |")
                .contains("| US1 | story | ✅ covered | Invite a teammate | T001 |  |")
                .contains("| FR-9 | requirement | ⚠️ orphaned |  |  | CHK001 |")
                .contains("- ⚠️ `testdata/analyze/checklist-references/checklists/requirements.md:6:1` CHK002 cites"
                        + " Spec §Error Handling, which is neither a heading nor an id of spec.md (FS206)");
    }

    @Test
    void aFileStandsForItsFeatureFolder() {
        Cli.Run byFile =
                Cli.run("analyze", CASES.resolve("dangling").resolve("tasks.md").toString());
        assertThat(byFile.out()).isEqualTo(Cli.run("analyze", DANGLING).out());
    }

    @Test
    void aFolderWithoutFeatureFoldersIsAUsageError(@TempDir Path empty) {
        Cli.Run run = Cli.run("analyze", empty.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("no feature folder (no spec.md) found in this folder");
        assertThat(Cli.run("analyze", empty.resolve("missing").toString()).err())
                .contains("no such file or folder");
    }

    @Test
    void allCorpusFoldersAreAnalysedInOneRun() {
        Path root = Corpus.dir().map(d -> d.resolve("speckit-folders")).orElse(null);
        org.junit.jupiter.api.Assumptions.assumeTrue(root != null, "corpus absent");
        Cli.Run run = Cli.run("analyze", "--format", "json", root.toString());
        assertThat(run.exit()).isEqualTo(1);
        JsonNode report = JsonMapper.builder().build().readTree(run.out());
        assertThat(report.get("files").asInt())
                .as("42 specs, 42 task lists, 38 checklists")
                .isEqualTo(122);
        assertThat(report.get("coverage")
                        .valueStream()
                        .map(c -> c.get("folder").asString())
                        .distinct()
                        .count())
                .isEqualTo(41); // one corpus spec declares no story, requirement or criterion
        SchemaAssert.against(SchemaAssert.ANALYSIS).assertValidJson(run.out());
    }

    @Test
    void convertReadsTaskListsAndChecklistsByNameAndContent(@TempDir Path dir) throws IOException {
        Path tasks = dir.resolve("tasks.md");
        Files.writeString(
                tasks, "# Tasks: X\n\n## Phase 1: Setup\n\n- [x] T001 [P] Create `src/a.py`\n", StandardCharsets.UTF_8);
        Cli.Run json = Cli.run("convert", "--to", "json", tasks.toString());
        assertThat(json.exit()).isZero();
        SchemaAssert.against(SchemaAssert.TASKS).assertValidJson(json.out());
        assertThat(json.out()).contains("\"parallel\": true", "\"files\": [\n            \"src/a.py\"");
        Cli.Run back = Cli.runWithStdin(json.out(), "convert", "--from", "json", "--to", "markdown", "-");
        assertThat(back.out()).isEqualTo("# Tasks: X\n\n## Phase 1: Setup\n\n- [x] T001 [P] Create `src/a.py`\n");

        Cli.Run checklist = Cli.runWithStdin(
                "# Checklist\n\n## Clarity\n\n- [ ] CHK001 Is it clear? [Gap]\n",
                "convert",
                "--kind",
                "checklist",
                "--to",
                "yaml",
                "-");
        assertThat(checklist.out()).contains("id: CHK001", "tags:\n          - Gap");
        SchemaAssert.against(SchemaAssert.CHECKLIST).assertValidYaml(checklist.out());
    }

    @Test
    void convertReportsAnUnreadableTaskList() {
        Cli.Run run = Cli.runWithStdin(
                "{\"title\": ", "convert", "--kind", "tasks", "--from", "json", "--to", "markdown", "-");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).startsWith("<stdin>:").contains("[FS052]");
    }
}
