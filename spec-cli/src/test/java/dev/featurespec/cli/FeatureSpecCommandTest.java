package dev.featurespec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.featurespec.cli.Cli.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FeatureSpecCommandTest {
    @TempDir
    Path dir;

    @Test
    void versionPrintsTheProjectVersion() {
        Run run = Cli.run("--version");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("featurespec 0.1.0-SNAPSHOT\nJava ");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void helpListsEveryCommand() {
        Run run = Cli.run("--help");
        assertThat(run.exit()).isZero();
        assertThat(run.out())
                .startsWith("Usage: featurespec [-hV] [COMMAND]")
                .contains("  validate ", "  convert ", "  fmt ", "  new ", "  schema ", "  diff ")
                .contains("Exit codes:", "  2   usage or I/O error");
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate", "convert", "fmt", "new", "schema", "diff", "analyze"})
    void everyCommandHasHelp(String command) {
        Run run = Cli.run(command, "--help");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("Usage: featurespec " + command + " ");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void aProcessBuildsOnlyTheSubcommandItRuns() {
        assertThat(FeatureSpecCommand.commandLine("validate", "x.md").getSubcommands())
                .containsOnlyKeys("validate");
        assertThat(FeatureSpecCommand.commandLine("--help").getSubcommands())
                .containsOnlyKeys("validate", "convert", "fmt", "new", "schema", "diff", "analyze");
    }

    @Test
    void noCommandPrintsUsageAndExits2() {
        Run run = Cli.run();
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("Usage: featurespec [-hV] [COMMAND]");
    }

    @Test
    void unknownOptionIsOneLineAndExit2() {
        Run run = Cli.run("validate", "--bogus", "x.md");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err())
                .isEqualTo("featurespec validate: Unknown option: '--bogus' (see 'featurespec validate --help')\n");
    }

    @Test
    void unknownCommandExits2() {
        Run run = Cli.run("lint");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("featurespec: Unmatched argument at index 0: 'lint'");
    }

    @Test
    void missingPathIsOneLineAndExit2() {
        Run run = Cli.run("validate", "no/such/spec.md");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("featurespec: no/such/spec.md: no such file or folder\n");
    }

    @Test
    void folderWithoutSpecsIsOneLineAndExit2() throws IOException {
        Files.writeString(dir.resolve("README.md"), "# not a spec\n");
        Run run = Cli.run("validate", dir.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("featurespec: " + dir + ": no spec.md found in this folder\n");
    }

    @Test
    void invalidUtf8IsOneLineAndExit2() throws IOException {
        Path spec = dir.resolve("spec.md");
        Files.write(spec, new byte[] {'#', ' ', 'T', '\n', 'a', (byte) 0xC3, '(', '\n'});
        Run run = Cli.run("validate", spec.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err())
                .isEqualTo("featurespec: " + spec
                        + ":2: not valid UTF-8 (byte 0xC3 at offset 5); save the file as UTF-8\n");
    }

    @Test
    void binaryFileIsOneLineAndExit2() throws IOException {
        Path spec = dir.resolve("spec.md");
        Files.write(spec, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        Run run = Cli.run("validate", spec.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err())
                .isEqualTo(
                        "featurespec: " + spec
                                + ": binary file (3 of its 8 bytes are control characters, the first at offset 4), not a spec\n");
    }

    @Test
    void aStrayNulIsAWarningNotABinaryFile() throws IOException {
        Path spec = dir.resolve("spec.md");
        Files.writeString(spec, "# Feature Specification: Gate\n\n**Feature Branch**: \0 006-gate\n");
        Run run = Cli.run("validate", spec.toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.out())
                .contains(spec + ":3:21: warning: A NUL character (U+0000) replaced with U+FFFD [FS018]\n");
        assertThat(run.exit()).isEqualTo(1); // the mandatory sections are missing, nothing else
    }

    @Test
    void verboseShowsTheStackTrace() throws IOException {
        Path cfg = dir.resolve(".featurespec.yaml");
        Files.writeString(cfg, "rules: [\n");
        Path spec = dir.resolve("spec.md");
        Files.writeString(spec, "# T\n");
        Run quiet = Cli.run("validate", "--config", cfg.toString(), spec.toString());
        Run verbose = Cli.run("validate", "--verbose", "--config", cfg.toString(), spec.toString());
        assertThat(quiet.exit()).isEqualTo(2);
        assertThat(quiet.err().lines()).hasSize(1);
        assertThat(quiet.err())
                .isEqualTo("featurespec: " + cfg + ":1: not valid YAML: while parsing a flow node; expected the node"
                        + " content, but found '<stream end>'\n");
        assertThat(verbose.exit()).isEqualTo(2);
        assertThat(verbose.err()).startsWith(quiet.err()).contains("\tat ");
    }

    @Test
    void unknownConfigKeyIsAUsageError() throws IOException {
        Path cfg = dir.resolve(".featurespec.yaml");
        Files.writeString(cfg, "profile: extended\nseverity: high\n");
        Run run = Cli.run("validate", "--config", cfg.toString(), dir.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err())
                .isEqualTo("featurespec: " + cfg + ": unknown key 'severity' (known keys: profile, rules)\n");
    }

    @Test
    void unknownProfileIsAUsageError() throws IOException {
        Path spec = dir.resolve("spec.md");
        Files.writeString(spec, "# T\n");
        Run run = Cli.run("validate", "--profile", "nope", spec.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err())
                .isEqualTo("featurespec: --profile: unknown profile 'nope': not a built-in profile (speckit,"
                        + " extended) and not a file\n");
    }

    @Test
    void fmtRejectsCheckAndWriteTogether() {
        Run run = Cli.run("fmt", "--check", "--write", "x.md");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("featurespec fmt: Error: --check, --write are mutually exclusive");
    }

    @Test
    void convertNeedsTo() {
        Run run = Cli.run("convert", "x.md");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err())
                .isEqualTo("featurespec convert: Missing required option: '--to=json|yaml|markdown'"
                        + " (see 'featurespec convert --help')\n");
    }

    @Test
    void newRejectsAnUnknownProfile() {
        Run run = Cli.run("new", "--title", "X", "--profile", "mine");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err())
                .isEqualTo("featurespec: --profile: unknown profile 'mine' (built in: speckit, extended)\n");
    }

    @Test
    void newRejectsABadDate() {
        Run run = Cli.run("new", "--title", "X", "--date", "03/02/2026");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("featurespec: --date: '03/02/2026' is not a date of the form 2026-02-03\n");
    }
}
