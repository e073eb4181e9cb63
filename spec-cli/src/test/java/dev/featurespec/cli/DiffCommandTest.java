package dev.featurespec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.featurespec.cli.Cli.Run;
import dev.featurespec.cli.internal.SchemaCommand;
import dev.featurespec.model.FeatureSpec;
import dev.featurespec.testkit.SchemaAssert;
import dev.featurespec.testkit.SpecEdits;
import dev.featurespec.testkit.SpecGenerator;
import dev.featurespec.writer.json.JsonSpecWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code featurespec diff OLD NEW} end to end, in-process; {@code diff --git} is in {@link DiffGitTest}. */
class DiffCommandTest {
    /** The schema of {@code diff --format json}, on the class path. */
    static final String DIFF_SCHEMA = SchemaCommand.DIFF_RESOURCE.substring(1);

    static final String OLD = """
            # Feature Specification: Export

            **Feature Branch**: `002-export`
            **Created**: 2026-02-03
            **Status**: Draft

            ## User Scenarios & Testing *(mandatory)*

            ### User Story 1 - Export a report (Priority: P1)

            An analyst exports a report.

            **Acceptance Scenarios**:

            1. **Given** a report, **When** the analyst exports it, **Then** a CSV file is saved.

            ### User Story 2 - Share a report (Priority: P2)

            An analyst shares a report with a colleague.

            ## Requirements *(mandatory)*

            ### Functional Requirements

            - **FR-001**: System SHOULD export CSV.
            - **FR-002**: System MUST name the file after the report [NEEDS CLARIFICATION: which name?].
            - **FR-003**: System MUST keep exports for 30 days.

            ## Success Criteria *(mandatory)*

            ### Measurable Outcomes

            - **SC-001**: Exports finish in under 5 seconds.
            """;

    static final String NEW = """
            # Feature Specification: Export

            **Feature Branch**: `002-export`
            **Created**: 2026-02-03
            **Status**: Approved

            ## User Scenarios & Testing *(mandatory)*

            ### User Story 1 - Share a report (Priority: P1)

            An analyst shares a report with a colleague.

            ## Requirements *(mandatory)*

            ### Functional Requirements

            - **FR-001**: System MUST export CSV.
            - **FR-002**: System MUST name the file after the report
              title.
            - **FR-003**: System MUST keep exports for 30 days.
            - **FR-004**: System MUST NOT email exports.

            ## Success Criteria *(mandatory)*

            ### Measurable Outcomes

            * **SC-001**: Exports finish in under 5 seconds.
            """;

    @TempDir
    Path dir;

    Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        return file;
    }

    @Test
    void textListsEachChangeAtItsLine() throws IOException {
        Path old = write("old.md", OLD);
        Path now = write("new.md", NEW);
        Run run = Cli.run("diff", old.toString(), now.toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out())
                .isEqualTo(now + ":5: changed metadata status \"Draft\" → \"Approved\"\n"
                        + old + ":9: removed story 1 \"Export a report\" [breaking]\n"
                        + now + ":9: moved story 1 (was story 2, priority P2 → P1) \"Share a report\" [promoted]\n"
                        + now
                        + ":17: changed FR-001 (text, level SHOULD → MUST) \"System MUST export CSV.\" [stricter]\n"
                        + now
                        + ":18: changed FR-002 (text) \"System MUST name the file after the report title.\" [clarified]\n"
                        + now + ":21: added FR-004 \"System MUST NOT email exports.\" [stricter]\n"
                        + "1 spec: 6 changes (1 breaking, 2 stricter, 1 promoted, 1 clarified)\n");
    }

    @Test
    void noSemanticChangeExits0() throws IOException {
        Path old = write("old.md", OLD);
        Path reformatted =
                write("new.md", OLD.replace("- **SC-001**", "1. **SC-001**").replace("a CSV file", "a CSV\n   file"));
        Run run = Cli.run("diff", old.toString(), reformatted.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEqualTo("1 spec: no semantic change\n");
    }

    @Test
    void failOnExitsWith1OnlyForThoseSignificances() throws IOException {
        Path old = write("old.md", OLD);
        Path now = write("new.md", NEW);
        assertThat(Cli.run("diff", "--fail-on", "breaking", old.toString(), now.toString())
                        .exit())
                .isEqualTo(1);
        Path looser = write("looser.md", OLD.replace("System SHOULD export CSV", "System MAY export CSV"));
        assertThat(Cli.run("diff", "--fail-on", "breaking", old.toString(), looser.toString())
                        .exit())
                .isZero();
        assertThat(Cli.run("diff", "--fail-on", "BREAKING,looser", old.toString(), looser.toString())
                        .exit())
                .isEqualTo(1);
    }

    @Test
    void jsonHasTheChangesAndMatchesItsSchema() throws IOException {
        Path old = write("old.md", OLD);
        Path now = write("new.md", NEW);
        Run run = Cli.run("diff", "--format", "json", old.toString(), now.toString());
        assertThat(run.exit()).isEqualTo(1);
        SchemaAssert.assertValidJson(DIFF_SCHEMA, run.out());
        JsonNode root = JsonMapper.builder().build().readTree(run.out());
        assertThat(root.get("specs").get(0).get("status").asString()).isEqualTo("modified");
        JsonNode removed = root.get("changes").get(1);
        assertThat(removed.get("kind").asString()).isEqualTo("removed");
        assertThat(removed.get("id").asString()).isEqualTo("1");
        assertThat(removed.get("before").asString()).isEqualTo("/userStories/0");
        assertThat(removed.get("after").isNull()).isTrue();
        assertThat(removed.get("oldLine").asInt()).isEqualTo(9);
        assertThat(removed.get("oldValue").get("priority").asString()).isEqualTo("P1");
        JsonNode level = root.get("changes").get(3).get("fields").get(1);
        assertThat(level.toString()).isEqualTo("{\"field\":\"level\",\"old\":\"SHOULD\",\"new\":\"MUST\"}");
        assertThat(run.out()).endsWith("}\n");
    }

    @Test
    void jsonOfEveryElementKindMatchesTheSchema() throws IOException {
        // generated specs with seeded edits touch every kind of element; both versions go through JSON files
        Set<String> elements = new TreeSet<>();
        for (long seed = 0; seed < 12; seed++) {
            FeatureSpec spec = new SpecGenerator(seed).size(6).next();
            SpecEdits.Edited edited = new SpecEdits(seed).rate(50).apply(spec);
            Path old = write("old.json", JsonSpecWriter.create().write(edited.before()));
            Path now = write("new.json", JsonSpecWriter.create().write(edited.after()));
            Run run = Cli.run("diff", "--format", "json", old.toString(), now.toString());
            assertThat(run.err()).isEmpty();
            SchemaAssert.assertValidJson(DIFF_SCHEMA, run.out());
            JsonNode changes = JsonMapper.builder().build().readTree(run.out()).get("changes");
            assertThat(changes.size())
                    .as("seed %d", seed)
                    .isEqualTo(edited.edits().size());
            changes.forEach(c -> elements.add(c.get("element").asString()));
        }
        assertThat(elements)
                .containsAll(List.of(
                        "title",
                        "metadata",
                        "userStory",
                        "acceptanceScenario",
                        "edgeCase",
                        "functionalRequirement",
                        "keyEntity",
                        "successCriterion",
                        "section",
                        "statement",
                        "assumption",
                        "clarificationSession",
                        "clarification",
                        "extraSection"));
    }

    @Test
    void markdownIsAPullRequestCommentWithBreakingChangesFirst() throws IOException {
        Path old = write("old.md", OLD);
        Path now = write("new.md", NEW);
        Run run = Cli.run("diff", "--format", "markdown", old.toString(), now.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out())
                .isEqualTo("## Spec changes\n\n"
                        + "1 spec: 6 changes (1 breaking, 2 stricter, 1 promoted, 1 clarified).\n\n"
                        + "### `" + now + "`\n\n"
                        + "| | Change | Element | Details | Line |\n"
                        + "|---|---|---|---|---|\n"
                        + "| ⚠️ **breaking** | removed | story 1 | \"Export a report\" | old 9 |\n"
                        + "|  | changed | metadata status | \"Draft\" → \"Approved\" | 5 |\n"
                        + "| promoted | moved | story 1 | (was story 2, priority P2 → P1) \"Share a report\" | 9 |\n"
                        + "| stricter | changed | FR-001 | (text, level SHOULD → MUST) \"System MUST export CSV.\" | 17 |\n"
                        + "| clarified | changed | FR-002 | (text) \"System MUST name the file after the report title.\" | 18 |\n"
                        + "| stricter | added | FR-004 | \"System MUST NOT email exports.\" | 21 |\n");
    }

    @Test
    void controlCharactersAndPipesAreEscaped() throws IOException {
        Path old = write("old.md", OLD);
        Path now = write(
                "new.md", OLD.replace("System MUST keep exports", "System MUST keep \u001B[31mred\u001B[0m | exports"));
        Run text = Cli.run("diff", old.toString(), now.toString());
        assertThat(text.out()).contains("\"System MUST keep \\u001B[31mred\\u001B[0m | exports for 30 days.\"");
        assertThat(text.out()).doesNotContain("\u001B");
        Run markdown = Cli.run("diff", "--format", "markdown", old.toString(), now.toString());
        assertThat(markdown.out()).contains("\\u001B[31mred\\u001B[0m \\| exports");
    }

    @Test
    void readsJsonYamlAndStandardInput() throws IOException {
        Path old = write("old.md", OLD);
        Path now = write("new.md", NEW);
        String expected = Cli.run("diff", old.toString(), now.toString()).out();
        Path json = write(
                "new.json", Cli.run("convert", "--to", "json", now.toString()).out());
        Path yaml = write(
                "old.yaml", Cli.run("convert", "--to", "yaml", old.toString()).out());
        Run mixed = Cli.run("diff", yaml.toString(), json.toString());
        assertThat(mixed.exit()).isEqualTo(1);
        assertThat(mixed.out().lines().map(l -> l.replaceFirst("^[^:]*(:\\d+)?: ", "")))
                .isEqualTo(expected.lines()
                        .map(l -> l.replaceFirst("^[^:]*(:\\d+)?: ", ""))
                        .toList());
        Run stdin = Cli.runWithStdin(NEW, "diff", old.toString(), "-");
        assertThat(stdin.out()).isEqualTo(expected.replace(now.toString(), "<stdin>"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "json", "markdown"})
    void aMissingFileIsOneLineAndExit2(String format) throws IOException {
        Path old = write("old.md", OLD);
        Run run = Cli.run(
                "diff",
                "--format",
                format,
                old.toString(),
                dir.resolve("nope.md").toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("featurespec: " + dir.resolve("nope.md") + ": no such file or folder\n");
    }

    @Test
    void unreadableInputExits2WithItsDiagnostic() throws IOException {
        Path old = write("old.json", "{\"title\": ");
        Path now = write("new.md", NEW);
        Run run = Cli.run("diff", old.toString(), now.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith(old + ":1:").contains("[FS05");
    }

    @Test
    void usageErrorsExit2() throws IOException {
        Path old = write("old.md", OLD);
        Run one = Cli.run("diff", old.toString());
        assertThat(one.exit()).isEqualTo(2);
        assertThat(one.err()).startsWith("featurespec diff: diff needs OLD and NEW (or --git REV)");
        Run stdin = Cli.runWithStdin(OLD, "diff", "-", "-");
        assertThat(stdin.exit()).isEqualTo(2);
        assertThat(stdin.err()).startsWith("featurespec diff: only one of OLD and NEW can be - (standard input)");
        Run badSignificance = Cli.run("diff", "--fail-on", "scary", old.toString(), old.toString());
        assertThat(badSignificance.exit()).isEqualTo(2);
        assertThat(badSignificance.err()).startsWith("featurespec diff: Invalid value for option '--fail-on'");
    }

    @Test
    void schemaDiffPrintsTheSchemaOfTheJsonOutput() throws IOException {
        Run run = Cli.run("schema", "--diff");
        assertThat(run.exit()).isZero();
        JsonNode schema = JsonMapper.builder().build().readTree(run.out());
        assertThat(schema.get("$id").asString())
                .isEqualTo("https://featurespec.dev/schema/featurespec-diff-1.schema.json");
        assertThat(schema.get("$defs").get("Change").get("required").toString())
                .contains("\"kind\"", "\"before\"", "\"after\"", "\"id\"");
    }
}
