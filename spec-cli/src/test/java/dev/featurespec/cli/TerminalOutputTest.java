package dev.featurespec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.featurespec.cli.Cli.Run;
import dev.featurespec.cli.internal.TerminalText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Text output cannot be steered by what it quotes: control characters in titles, requirement texts and
 * paths are printed as escapes, so a spec cannot clear the screen or set the window title, and a folder
 * name cannot forge a diagnostic line. JSON and SARIF keep the text exactly, escaped by JSON.
 */
class TerminalOutputTest {
    /** Clears the screen, sets the window title to "pwned", rings the bell. */
    private static final String ATTACK = "\u001b[2J\u001b]0;pwned\u0007";

    @TempDir
    Path dir;

    static Stream<Arguments> texts() {
        return Stream.of(
                Arguments.of("plain text, `code` and \\backslashes\\", "plain text, `code` and \\backslashes\\"),
                Arguments.of("a\u001b[2Jb", "a\\x1b[2Jb"),
                Arguments.of("line\nbreak\r\ttab", "line\\nbreak\\r\\ttab"),
                Arguments.of("bell\u0007 nul\u0000 del\u007f", "bell\\x07 nul\\x00 del\\x7f"),
                Arguments.of("c1\u0085nel\u009bcsi", "c1\\x85nel\\x9bcsi"),
                Arguments.of("ls\u2028ps\u2029", "ls\\u2028ps\\u2029"),
                Arguments.of("rlo\u202egnp.exe lri\u2067x\u2069", "rlo\\u202egnp.exe lri\\u2067x\\u2069"),
                Arguments.of("lrm\u200e rlm\u200f alm\u061c", "lrm\\u200e rlm\\u200f alm\\u061c"),
                Arguments.of("accents é, CJK 中文, emoji \uD83C\uDFAF", "accents é, CJK 中文, emoji \uD83C\uDFAF"));
    }

    @ParameterizedTest
    @MethodSource("texts")
    void controlCharactersBecomeEscapes(String text, String escaped) {
        assertThat(TerminalText.escape(text)).isEqualTo(escaped);
    }

    @Test
    void everyControlAndSeparatorCharacterIsEscaped() {
        for (char c = 0; c < 0x3000; c++) {
            String escaped = TerminalText.escape(String.valueOf(c));
            boolean control = Character.getType(c) == Character.CONTROL
                    || Character.getType(c) == Character.LINE_SEPARATOR
                    || Character.getType(c) == Character.PARAGRAPH_SEPARATOR;
            if (control) {
                assertThat(escaped).as("U+%04X", (int) c).startsWith("\\");
            }
        }
    }

    @Test
    void aStoryTitleCannotControlTheTerminal() throws IOException {
        Path spec = dir.resolve("spec.md");
        Files.writeString(spec, """
                # Feature Specification: T

                ## User Scenarios & Testing

                ### User Story 1 - Evil%s (Priority: P1)

                Nothing here.
                """.formatted(ATTACK));

        Run run = Cli.run("validate", spec.toString());

        assertThat(run.out()).doesNotContain("\u001b", "\u0007");
        assertThat(run.out()).contains("Evil\\x1b[2J\\x1b]0;pwned\\x07");
        List<String> lines = run.out().lines().toList();
        assertThat(lines.subList(0, lines.size() - 1)).isNotEmpty().allMatch(l -> l.startsWith(spec + ":"));
        assertThat(lines.get(lines.size() - 1)).startsWith("1 file: ");
    }

    @Test
    void jsonKeepsTheTitleExactly() throws IOException {
        Path spec = dir.resolve("spec.md");
        Files.writeString(
                spec,
                "# Feature Specification: T\n\n## User Scenarios & Testing\n\n" + "### User Story 1 - Evil" + ATTACK
                        + " (Priority: P1)\n\nNothing here.\n");

        Run run = Cli.run("validate", "--format", "json", spec.toString());

        assertThat(run.out()).doesNotContain("\u001b", "\u0007");
        JsonNode diagnostics = JsonMapper.builder().build().readTree(run.out()).get("diagnostics");
        assertThat(diagnostics.valueStream().map(d -> d.get("message").asString()))
                .anySatisfy(m -> assertThat(m).contains("Evil" + ATTACK));
    }

    @Test
    void aFolderNameWithANewlineCannotForgeALine() throws IOException {
        Path evil = dir.resolve("x\nspecs/forged/spec.md:1:1: error: forged [FS001]\n");
        Files.createDirectories(evil);
        Files.copy(Path.of("examples/with-mistakes/spec.md"), evil.resolve("spec.md"));

        Run run = Cli.run("validate", dir.toString());

        assertThat(run.out().lines()).noneMatch(line -> line.startsWith("specs/forged"));
        assertThat(run.out().lines())
                .allMatch(
                        line -> line.startsWith(dir + "/x\\nspecs/forged/spec.md:1:1: error: forged [FS001]\\n/spec.md")
                                || line.startsWith("1 file: "));
    }

    @Test
    void pathsOnStderrAreEscapedToo() {
        Run run = Cli.run("validate", "no\nsuch\u001b[2J.md");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("featurespec: no\\nsuch\\x1b[2J.md: no such file or folder\n");
    }

    @Test
    void fmtListingEscapesPaths() throws IOException {
        Path evil = Files.createDirectories(dir.resolve("a\rb"));
        Files.copy(Path.of("examples/with-mistakes/spec.md"), evil.resolve("spec.md"));

        Run run = Cli.run("fmt", "--check", dir.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEqualTo(dir + "/a\\rb/spec.md\n");
    }

    @Test
    void usageErrorsEscapeWhatTheyQuote() {
        Run run = Cli.run("validate", "--bogus\u001b[2J", "x.md");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err())
                .isEqualTo(
                        "featurespec validate: Unknown option: '--bogus\\x1b[2J' (see 'featurespec validate --help')\n");
    }
}
