package dev.featurespec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.featurespec.cli.Cli.Run;
import dev.featurespec.model.FeatureSpec;
import dev.featurespec.parser.ParseResult;
import dev.featurespec.parser.json.JsonSpecReader;
import dev.featurespec.parser.markdown.MarkdownSpecParser;
import dev.featurespec.testkit.SchemaAssert;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every command end to end, in-process, on the shipped examples and on small specs in a temp folder. */
class CommandsTest {
    static final String SEED = "examples/seed-format/spec.md";
    static final String SPECKIT = "examples/speckit-format/spec.md";
    static final String MISTAKES = "examples/with-mistakes/spec.md";

    static final String SMALL = """
            # Feature Specification: Export

            **Feature Branch**: `002-export`
            **Created**: 2026-02-03
            **Status**: Draft

            ## User Scenarios & Testing *(mandatory)*

            ### User Story 1 - Export a report (Priority: P1)

            An analyst exports a report.

            **Why this priority**: It is the feature.

            **Independent Test**: Export one report and open it.

            **Acceptance Scenarios**:

            1. **Given** a report, **When** the analyst exports it, **Then** a CSV file is saved.

            ## Requirements *(mandatory)*

            ### Functional Requirements

            - **FR-001**: System MUST export CSV.
            - **FR-001**: System MUST name the file after the report.
            - **FR-002**: Exports are quick.

            ## Success Criteria *(mandatory)*

            ### Measurable Outcomes

            - **SC-001**: Exports finish in under 5 seconds.
            """;

    @TempDir
    Path dir;

    Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        return file;
    }

    // ---- validate

    @Test
    void validateExamplesFailsOnlyBecauseOfTheBadOne() {
        Run run = Cli.run("validate", "examples/");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).isEmpty();
        assertThat(run.out().lines().filter(l -> l.startsWith("examples/")))
                .isNotEmpty()
                .allMatch(l -> l.startsWith(MISTAKES));
        assertThat(run.out()).endsWith("3 files: 3 errors, 7 warnings\n");
    }

    @Test
    void validateReportsTheMistakesInTextSortedByPosition() {
        Run run = Cli.run("validate", MISTAKES);
        assertThat(run.out()).isEqualTo("""
                        examples/with-mistakes/spec.md:1:1: error: Mandatory section 'Success Criteria' is missing (profile speckit) [FS003]
                        examples/with-mistakes/spec.md:1:1: warning: unfilled template placeholder [FEATURE NAME] [FS108]
                        examples/with-mistakes/spec.md:3:1: warning: unfilled template placeholder [###-feature-name] [FS108]
                        examples/with-mistakes/spec.md:4:1: warning: unfilled template placeholder [DATE] [FS108]
                        examples/with-mistakes/spec.md:10:1: warning: user story 1 "Export a report" has no independent test [FS113]
                        examples/with-mistakes/spec.md:16:1: warning: Scenario 1 of user story 1 has no Then step [FS011]
                        examples/with-mistakes/spec.md:29:1: error: FR-002 is declared twice (first at line 28) [FS105]
                        examples/with-mistakes/spec.md:31:1: warning: FR-004 has no RFC 2119 keyword (MUST, SHOULD, MAY, …) [FS111]
                        examples/with-mistakes/spec.md:32:1: error: 4 [NEEDS CLARIFICATION] markers, at most 3 allowed (marker 4: "what size limit?") [FS109]
                        examples/with-mistakes/spec.md: warning: no user story has priority P1 or P0 (priorities are P2) [FS112]
                        1 file: 3 errors, 7 warnings
                        """);
    }

    @Test
    void cleanExamplesHaveNoDiagnostics() {
        Run run = Cli.run("validate", "--strict", SEED, SPECKIT);
        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEqualTo("2 files: 0 errors, 0 warnings\n");
    }

    @Test
    void warningsPassUnlessStrict() throws IOException {
        Path spec = write("spec.md", SMALL.replace("- **FR-001**: System MUST name", "- **FR-003**: System MUST name"));
        assertThat(Cli.run("validate", spec.toString()).exit()).isZero();
        Run strict = Cli.run("validate", "--strict", spec.toString());
        assertThat(strict.exit()).isEqualTo(1);
        assertThat(strict.out())
                .isEqualTo(spec + ":27:1: warning: FR-002 has no RFC 2119 keyword (MUST, SHOULD, MAY, …) [FS111]\n"
                        + "1 file: 0 errors, 1 warning\n");
    }

    @Test
    void validateReadsStandardInputAsMarkdown() throws IOException {
        Run run = Cli.runWithStdin(Files.readString(Path.of(MISTAKES)), "validate", "-");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo(Cli.run("validate", MISTAKES).out().replace(MISTAKES, "<stdin>"));
    }

    @Test
    void validateReadsStandardInputInTheFormatFromBeforeTheFiles() throws IOException {
        String json = Cli.run("convert", "--to", "json", MISTAKES).out();
        Path file = write("mistakes.json", json);
        String fromFile = Cli.run("validate", file.toString()).out();

        Run run = Cli.runWithStdin(json, "validate", "--from", "json", SEED, "-");
        assertThat(run.exit()).isEqualTo(1);
        String diagnostics = fromFile.substring(0, fromFile.lastIndexOf("1 file: "));
        assertThat(diagnostics).contains(":49:13: error: FR-002 is declared twice");
        assertThat(run.out())
                .isEqualTo(diagnostics.replace(file.toString(), "<stdin>")
                        + fromFile.substring(fromFile.lastIndexOf("1 file: ")).replace("1 file: ", "2 files: "));
    }

    @Test
    void validateJsonIsAnObjectWithTheDiagnostics() {
        Run run = Cli.run("validate", "--format", "json", MISTAKES);
        assertThat(run.exit()).isEqualTo(1);
        JsonNode root = JsonMapper.builder().build().readTree(run.out());
        assertThat(root.get("errors").asInt()).isEqualTo(3);
        assertThat(root.get("diagnostics")).hasSize(10);
        assertThat(root.get("diagnostics").get(6).toString())
                .isEqualTo("{\"path\":\"examples/with-mistakes/spec.md\",\"line\":29,\"column\":1,\"endLine\":29,"
                        + "\"endColumn\":58,\"severity\":\"error\",\"rule\":\"FS105\",\"message\":\"FR-002 is declared"
                        + " twice (first at line 28)\",\"pointer\":\"/functionalRequirements/2/id\"}");
    }

    @Test
    void validateSarifOnTheExamples() {
        Run run = Cli.run("validate", "--format", "sarif", "examples");
        assertThat(run.exit()).isEqualTo(1);
        JsonNode root = JsonMapper.builder().build().readTree(run.out());
        dev.featurespec.cli.internal.SarifAccess.assertValidSarif(root);
        JsonNode results = root.get("runs").get(0).get("results");
        assertThat(results).hasSize(10);
        assertThat(results.get(0)
                        .get("locations")
                        .get(0)
                        .get("physicalLocation")
                        .get("artifactLocation")
                        .get("uri")
                        .asString())
                .isEqualTo(MISTAKES);
    }

    @Test
    void configChangesSeveritiesAndTurnsRulesOff() throws IOException {
        Path spec = write("spec.md", SMALL);
        Path config = write(".featurespec.yaml", "rules:\n  duplicate-id: off\n  FS111: error\n");
        Run run = Cli.run("validate", "--config", config.toString(), spec.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out())
                .isEqualTo(spec + ":27:1: error: FR-002 has no RFC 2119 keyword (MUST, SHOULD, MAY, …) [FS111]\n"
                        + "1 file: 1 error, 0 warnings\n");
    }

    @Test
    void configProfileApplies() throws IOException {
        Path spec = write("spec.md", SMALL);
        Path config = write(".featurespec.yaml", "profile: extended\nrules:\n  duplicate-id: off\n  FS111: off\n");
        Run run = Cli.run("validate", "--config", config.toString(), spec.toString());
        assertThat(run.out())
                .contains(
                        "error: Mandatory section 'API Contract & Compatibility' is missing (profile extended) [FS003]");
    }

    @Test
    void suppressionCommentDropsTheNamedRuleOnTheNextLine() throws IOException {
        Path spec = write(
                "spec.md",
                SMALL.replace(
                        "- **FR-001**: System MUST name",
                        "<!-- featurespec-disable-next-line duplicate-id -->\n- **FR-001**: System MUST name"));
        Run run = Cli.run("validate", spec.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out())
                .isEqualTo(spec + ":28:1: warning: FR-002 has no RFC 2119 keyword (MUST, SHOULD, MAY, …) [FS111]\n"
                        + "1 file: 0 errors, 1 warning\n");
    }

    @Test
    void folderIsWalkedInSortedOrder() throws IOException {
        write("b/spec.md", SMALL);
        write("a/spec.md", SMALL);
        write("a/notes.md", "not a spec");
        Run run = Cli.run("validate", dir.toString());
        assertThat(run.out().lines().map(l -> l.replace(dir.toString(), "D").replaceAll(":.*", "")))
                .containsExactly("D/a/spec.md", "D/a/spec.md", "D/b/spec.md", "D/b/spec.md", "2 files");
    }

    @Test
    void jsonAndYamlFilesAreValidatedToo() throws IOException {
        Path json =
                write("spec.json", Cli.run("convert", "--to", "json", MISTAKES).out());
        Run run = Cli.run("validate", json.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("error: FR-002 is declared twice").endsWith("1 file: 2 errors, 7 warnings\n");
    }

    @Test
    void unreadableJsonIsReportedAsADiagnostic() throws IOException {
        Path json = write("spec.json", "{\"formatVersion\": 1, \"title\": ");
        Run run = Cli.run("validate", json.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("[FS052]").endsWith("1 file: 1 error, 0 warnings\n");
    }

    @Test
    void oneUnreadableFileDoesNotHideTheOthers() throws IOException {
        Path good = write("a/spec.md", SMALL);
        Files.createDirectories(dir.resolve("b"));
        Files.write(dir.resolve("b/spec.md"), new byte[] {'#', ' ', (byte) 0xFF, '\n'});
        Run run = Cli.run("validate", dir.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err())
                .isEqualTo("featurespec: " + dir.resolve("b/spec.md")
                        + ":1: not valid UTF-8 (byte 0xFF at offset 2); save the file as UTF-8\n");
        assertThat(run.out())
                .startsWith(good + ":26:1: error: FR-001 is declared twice")
                .endsWith("1 file: 1 error, 1 warning\n");
    }

    // ---- convert

    @Test
    void convertMarkdownToJsonMatchesTheSchema() {
        Run run = Cli.run("convert", "--to", "json", SEED);
        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
        SchemaAssert.assertValidJson(run.out());
        assertThat(run.out()).startsWith("{\n  \"formatVersion\": 1,\n  \"title\": \"Resumable Model Downloads\",");
    }

    @Test
    void convertMarkdownToYamlMatchesTheSchema() {
        Run run = Cli.run("convert", "--to", "yaml", SPECKIT);
        assertThat(run.exit()).isZero();
        SchemaAssert.assertValidYaml(run.out());
        assertThat(run.out()).startsWith("formatVersion: 1\ntitle: Team Invitations\n");
    }

    @Test
    void convertJsonBackToMarkdownGivesTheOriginal() throws IOException {
        Path json = write("spec.json", Cli.run("convert", "--to", "json", SEED).out());
        Run run = Cli.run("convert", "--to", "markdown", json.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEqualTo(Files.readString(Path.of(SEED)));
    }

    @Test
    void convertYamlBackToMarkdownGivesTheOriginal() throws IOException {
        Path yaml =
                write("spec.yml", Cli.run("convert", "--to", "yaml", SPECKIT).out());
        Run run = Cli.run("convert", "--to", "markdown", yaml.toString());
        assertThat(run.out()).isEqualTo(Files.readString(Path.of(SPECKIT)));
    }

    @Test
    void convertReadsStandardInputAsMarkdown() throws IOException {
        Run run = Cli.runWithStdin(Files.readString(Path.of(SPECKIT)), "convert", "--to", "json", "-");
        assertThat(run.exit()).isZero();
        assertThat(run.out())
                .isEqualTo(Cli.run("convert", "--to", "json", SPECKIT).out());
    }

    @Test
    void convertReadsStandardInputInTheFormatFrom() {
        String json = Cli.run("convert", "--to", "json", SPECKIT).out();
        Run run = Cli.runWithStdin(json, "convert", "--from", "json", "--to", "yaml", "-");
        assertThat(run.exit()).isZero();
        assertThat(run.out())
                .isEqualTo(Cli.run("convert", "--to", "yaml", SPECKIT).out());
    }

    @Test
    void convertWritesTheOutputFile() throws IOException {
        Path out = dir.resolve("spec.json");
        Run run = Cli.run("convert", "--to", "json", "-o", out.toString(), SEED);
        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(out))
                .isEqualTo(Cli.run("convert", "--to", "json", SEED).out());
    }

    @Test
    void convertOfBrokenJsonExits1WithTheDiagnostic() throws IOException {
        Path json = write("spec.json", "[1, 2");
        Run run = Cli.run("convert", "--to", "markdown", json.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith(json + ":").contains("[FS052]");
    }

    @Test
    void convertOfAMissingFileExits2() {
        Run run = Cli.run("convert", "--to", "json", "nope.md");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("featurespec: nope.md: no such file or folder\n");
    }

    // ---- fmt

    @Test
    void fmtCheckPassesOnCanonicalFiles() {
        Run run = Cli.run("fmt", "--check", SEED, SPECKIT);
        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEmpty();
    }

    @Test
    void fmtCheckListsFilesThatWouldChange() {
        Run run = Cli.run("fmt", "--check", "examples");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEqualTo(MISTAKES + "\n");
    }

    @Test
    void fmtPrintsTheCanonicalForm() throws IOException {
        Path spec = write("spec.md", SMALL.replace("**Status**: Draft", "**Status**:    Draft"));
        Run run = Cli.run("fmt", spec.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("**Status**: Draft").doesNotContain("   Draft");
        assertThat(spec)
                .hasContent(SMALL.replace("**Status**: Draft", "**Status**:    Draft")
                        .stripTrailing());
    }

    @Test
    void fmtWriteRewritesKeepingPermissionsAndIsIdempotent() throws IOException {
        Path spec = write("spec.md", Files.readString(Path.of(MISTAKES)));
        Files.setPosixFilePermissions(spec, PosixFilePermissions.fromString("rw-rw----"));
        Run first = Cli.run("fmt", "--write", spec.toString());
        assertThat(first.exit()).isZero();
        assertThat(first.out()).isEqualTo(spec + "\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(spec)))
                .isEqualTo("rw-rw----");
        assertThat(Cli.run("fmt", "--check", spec.toString()).exit()).isZero();
        Run second = Cli.run("fmt", "--write", spec.toString());
        assertThat(second.out()).isEmpty();
        assertThat(dir.toFile().list()).containsExactly("spec.md");
    }

    @Test
    void fmtWriteKeepsCrlfLineEndings() throws IOException {
        Path spec = dir.resolve("spec.md");
        Files.writeString(spec, SMALL.replace("\n", "\r\n").replace("**Status**: Draft", "**Status**:  Draft"));
        Run run = Cli.run("fmt", "--write", spec.toString());
        assertThat(run.exit()).isZero();
        String text = Files.readString(spec);
        assertThat(text)
                .contains("**Status**: Draft\r\n")
                .doesNotContain("\n\n")
                .doesNotContainPattern("[^\r]\n");
    }

    @Test
    void fmtRefusesJson() throws IOException {
        Path json = write("spec.json", "{}");
        Run run = Cli.run("fmt", json.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err())
                .isEqualTo("featurespec: " + json
                        + ": fmt formats Markdown; use 'featurespec convert' for JSON and YAML\n");
    }

    // ---- new

    @Test
    void newWritesASkeletonThatParsesBackWithoutErrors() {
        Run run = Cli.run("new", "--title", "Export reports", "--branch", "042-export");
        assertThat(run.exit()).isZero();
        ParseResult parsed = MarkdownSpecParser.create().parse(run.out());
        assertThat(parsed.diagnostics()).isEmpty();
        FeatureSpec spec = parsed.spec();
        assertThat(spec.title()).isEqualTo("Export reports");
        assertThat(spec.metadata().featureBranch()).contains("042-export");
        assertThat(spec.metadata().created()).contains(LocalDate.now().toString());
        assertThat(spec.hasExtendedSections()).isTrue();
    }

    @Test
    void newSkeletonValidatesCleanly() throws IOException {
        Path spec = write("spec.md", Cli.run("new", "--title", "Export reports").out());
        Run run = Cli.run("validate", "--strict", spec.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEqualTo("1 file: 0 errors, 0 warnings\n");
    }

    @Test
    void newWithSpeckitProfileHasNoExtendedSections() {
        Run run = Cli.run("new", "--title", "Fix login!", "--profile", "speckit", "--date", "2026-02-03");
        assertThat(run.out())
                .startsWith("# Feature Specification: Fix login!\n\n**Feature Branch**: `001-fix-login`  \n"
                        + "**Created**: 2026-02-03  \n")
                .doesNotContain("API Contract");
        assertThat(MarkdownSpecParser.create().parse(run.out()).spec().hasExtendedSections())
                .isFalse();
    }

    @Test
    void newOutputIsCanonical() throws IOException {
        Path spec = write("spec.md", Cli.run("new", "--title", "Export reports").out());
        assertThat(Cli.run("fmt", "--check", spec.toString()).exit()).isZero();
    }

    // ---- schema

    @Test
    void schemaPrintsTheCommittedSchema() throws IOException {
        Run run = Cli.run("schema");
        assertThat(run.exit()).isZero();
        String committed = Files.readString(
                Path.of("spec-model/src/main/resources/dev/featurespec/model/featurespec.schema.json"),
                StandardCharsets.UTF_8);
        assertThat(run.out()).isEqualTo(committed.endsWith("\n") ? committed : committed + "\n");
    }

    @Test
    void convertedJsonReadsBackEqual() {
        String json = Cli.run("convert", "--to", "json", SEED).out();
        FeatureSpec fromJson = JsonSpecReader.create().parse(json).spec();
        FeatureSpec fromMarkdown =
                MarkdownSpecParser.create().parse(readString(SEED)).spec();
        assertThat(fromJson).isEqualTo(fromMarkdown);
    }

    static String readString(String path) {
        try {
            return Files.readString(Path.of(path));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
