package dev.featurespec.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.featurespec.cli.Cli;
import dev.featurespec.cli.Cli.Run;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A file that cannot be read is an error in every report: on stderr always, and in the JSON and SARIF
 * reports as a diagnostic ({@code FS050} too large, {@code FS051} not UTF-8 text, {@code FS059}
 * otherwise), so that CI recipes that upload the report and ignore the exit code still show it. Every
 * message is a plain sentence, with no Java class or method names.
 */
class UnreadableFilesTest {
    /** What a message must not show: Java class names, exception names, Jackson's limit notes. */
    static final Pattern JAVA_LEAK = Pattern.compile(
            "java\\.|javax\\.|tools\\.jackson|dev\\.featurespec\\.|[A-Za-z]+Exception|\\bclass\\b|`\\)|Input length"
                    + "|StreamReadConstraints|JsonToken");

    @TempDir
    Path dir;

    private Path good;
    private Path binary;
    private Path latin1;
    private Path huge;

    @BeforeEach
    void files() throws IOException {
        good = Files.copy(
                Path.of("examples/seed-format/spec.md"),
                Files.createDirectories(dir.resolve("a")).resolve("spec.md"));
        binary = Files.write(Files.createDirectories(dir.resolve("b")).resolve("spec.md"), new byte[] {'#', 0, 1});
        latin1 = Files.write(
                Files.createDirectories(dir.resolve("c")).resolve("spec.md"), new byte[] {'#', ' ', (byte) 0xE9, '\n'});
        huge = Files.createDirectories(dir.resolve("d")).resolve("spec.md");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(SpecFiles.MAX_INPUT_BYTES + 1L);
        }
    }

    @Test
    void jsonListsEveryUnreadableFileAsAnError() {
        Run run = Cli.run("validate", "--format", "json", dir.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().lines()).hasSize(3);
        JsonNode root = JsonMapper.builder().build().readTree(run.out());
        assertThat(root.get("files").asInt()).isEqualTo(4);
        assertThat(root.get("errors").asInt()).isEqualTo(3);
        List<String> unreadable = root.get("diagnostics")
                .valueStream()
                .filter(d -> !d.get("path").asString().equals(good.toString()))
                .map(d -> d.get("path").asString() + " " + d.get("severity").asString() + " "
                        + d.get("rule").asString() + " " + d.path("line").asInt(0) + " "
                        + d.get("message").asString())
                .toList();
        assertThat(unreadable)
                .containsExactly(
                        binary
                                + " error FS051 0 binary file (2 of its 3 bytes are control characters, the first at offset 1), not a spec",
                        latin1 + " error FS051 1 not valid UTF-8 (byte 0xE9 at offset 2); save the file as UTF-8",
                        huge + " error FS050 0 too large: 7340033 bytes; the limit is 7340032 bytes (7 MiB)");
    }

    @Test
    void sarifListsEveryUnreadableFileAsAnErrorResult() {
        // SARIF locations are relative to the checkout: run on the folder as a path relative to here
        Path relative = Path.of("").toAbsolutePath().relativize(dir);

        Run run = Cli.run("validate", "--format", "sarif", relative.toString());

        assertThat(run.exit()).isEqualTo(2);
        JsonNode root = JsonMapper.builder().build().readTree(run.out());
        SarifAssert.assertValidSarif(root);
        List<String> results = root.get("runs")
                .get(0)
                .get("results")
                .valueStream()
                .filter(r -> r.get("level").asString().equals("error"))
                .map(r -> r.get("ruleId").asString() + " "
                        + r.at("/locations/0/physicalLocation/artifactLocation/uri")
                                .asString())
                .toList();
        assertThat(results)
                .containsExactly(
                        "FS051 " + SarifReport.uri(relative.resolve("b/spec.md").toString()),
                        "FS051 " + SarifReport.uri(relative.resolve("c/spec.md").toString()),
                        "FS050 " + SarifReport.uri(relative.resolve("d/spec.md").toString()));
    }

    @Test
    void textLeavesThemOnStderrOnly() {
        Run run = Cli.run("validate", dir.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err())
                .isEqualTo("featurespec: " + binary
                        + ": binary file (2 of its 3 bytes are control characters, the first at offset 1), not a spec\n"
                        + "featurespec: " + latin1 + ":1: not valid UTF-8 (byte 0xE9 at offset 2); save the file as"
                        + " UTF-8\n"
                        + "featurespec: " + huge + ": too large: 7340033 bytes; the limit is 7340032 bytes (7 MiB)\n");
        assertThat(run.out()).endsWith("1 file: 0 errors, 0 warnings\n");
    }

    @Test
    void aFileThatFailsToReadIsFs059() {
        Path mem = Path.of("/proc/self/mem"); // readable, but reading its first page fails (EIO)
        assumeTrue(Files.isReadable(mem), "Linux /proc");

        Run run = Cli.run("validate", "--format", "json", mem.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("featurespec: /proc/self/mem: cannot read: input/output error\n");
        JsonNode d = JsonMapper.builder()
                .build()
                .readTree(run.out())
                .get("diagnostics")
                .get(0);
        assertThat(d.get("rule").asString()).isEqualTo("FS059");
        assertThat(d.get("message").asString()).isEqualTo("cannot read: input/output error");
    }

    @Test
    void aFileWithoutReadPermissionIsFs059() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.md"), "# T\n");
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("-w-------"));
        assumeTrue(!Files.isReadable(secret), "not running as root");

        Run run = Cli.run("validate", "--format", "sarif", secret.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("featurespec: " + secret + ": cannot read: permission denied\n");
        assertThat(run.out()).contains("\"ruleId\": \"FS059\"");
    }

    static Stream<Arguments> ioFailures() {
        return Stream.of(
                Arguments.of(new AccessDeniedException("/x/spec.md"), "permission denied"),
                Arguments.of(new UncheckedIOException(new AccessDeniedException("/x")), "permission denied"),
                Arguments.of(new NoSuchFileException("/x/spec.md"), "no such file or folder"),
                Arguments.of(new MalformedInputException(2), "not valid UTF-8"),
                Arguments.of(new FileSystemException("/x", null, "No space left on device"), "no space left on device"),
                Arguments.of(new IOException("java.nio.file.AccessDeniedException: /x"), "/x"),
                Arguments.of(new IOException("Broken pipe"), "broken pipe"),
                Arguments.of(new IOException("I/O error"), "I/O error"),
                Arguments.of(new IOException(), "input/output error"));
    }

    @ParameterizedTest
    @MethodSource("ioFailures")
    void ioFailuresAreSaidInPlainWords(Exception e, String reason) {
        assertThat(IoErrors.reason(e)).isEqualTo(reason);
    }

    @Test
    void configurationAndProfileMessagesNameNoJava() throws IOException {
        Path spec = good;
        List<String[]> cases = List.of(
                new String[] {"cfg-latin1.yaml", "rules:\n  FS111: \u00e9rror\n", "latin1"},
                new String[] {"cfg-deep.yaml", "rules: " + "[".repeat(100) + "\n", "utf8"},
                new String[] {"cfg-type.yaml", "profile: [a, b]\n", "utf8"},
                new String[] {"profile-key.yaml", "name: x\nfoo: 1\n", "profile"},
                new String[] {"profile-type.yaml", "name: [x]\n", "profile"},
                new String[] {"profile-deep.yaml", "name: x\nsections: 5\n", "profile"},
                new String[] {"profile-latin1.yaml", "name: \u00e9\n", "profile-latin1"},
                new String[] {"profile-empty.yaml", "# nothing\n", "profile"},
                new String[] {"profile-syntax.yaml", "name: [x\n", "profile"},
                new String[] {"profile-nameless.yaml", "description: x\n", "profile"},
                new String[] {"profile-level.yaml", "name: x\nsections:\n  - key: a\n    level: 99\n", "profile"});
        for (String[] c : cases) {
            Path file = dir.resolve(c[0]);
            if (c[2].endsWith("latin1")) {
                Files.write(file, c[1].getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            } else {
                Files.writeString(file, c[1]);
            }
            Run run = c[2].startsWith("profile")
                    ? Cli.run("validate", "--profile", file.toString(), spec.toString())
                    : Cli.run("validate", "--config", file.toString(), spec.toString());

            assertThat(run.exit()).as(c[0]).isEqualTo(2);
            assertThat(run.err().lines())
                    .as(c[0])
                    .singleElement()
                    .satisfies(
                            line -> assertThat(line).startsWith("featurespec: ").doesNotContainPattern(JAVA_LEAK));
        }
    }

    @Test
    void aPathThePlatformCannotNameIsAUsageErrorInWords() {
        Run run = Cli.run("validate", "a\u0000b.md");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err())
                .isEqualTo("featurespec validate: Invalid value for positional parameter at index 0..* (PATH|-):"
                        + " 'a\\x00b.md' is not a valid path: Nul character not allowed"
                        + " (see 'featurespec validate --help')\n");
    }

    @Test
    void profileMessagesSayWhatIsWrong() throws IOException {
        Path unknown = Files.writeString(dir.resolve("p1.yaml"), "name: x\nfoo: 1\n");
        Path latin1 = Files.write(dir.resolve("p2.yaml"), new byte[] {'n', 'a', 'm', 'e', ':', ' ', (byte) 0xE9, '\n'});
        Path empty = Files.writeString(dir.resolve("p3.yaml"), "# nothing\n");

        assertThat(Cli.run("validate", "--profile", unknown.toString(), good.toString())
                        .err())
                .isEqualTo(
                        "featurespec: --profile: " + unknown
                                + ": unknown key 'foo' (line 2, column 6; known keys: description, headings, name, sections)\n");
        assertThat(Cli.run("validate", "--profile", latin1.toString(), good.toString())
                        .err())
                .isEqualTo("featurespec: --profile: " + latin1 + ": not valid UTF-8; save the file as UTF-8\n");
        assertThat(Cli.run("validate", "--profile", empty.toString(), good.toString())
                        .err())
                .isEqualTo("featurespec: --profile: " + empty + ": the file is empty\n");
        Path level =
                Files.writeString(dir.resolve("p4.yaml"), "name: x\nsections:\n  - key: assumptions\n    level: 99\n");
        assertThat(Cli.run("validate", "--profile", level.toString(), good.toString())
                        .err())
                .isEqualTo("featurespec: --profile: " + level
                        + ": the level of section assumptions must be 1 to 6, was 99 (line 4, column 12)\n");
    }

    @Test
    void configurationLimitMessagesHaveNoJacksonNote() throws IOException {
        Path cfg = Files.writeString(dir.resolve("deep.yaml"), "rules: " + "[".repeat(100) + "\n");

        Run run = Cli.run("validate", "--config", cfg.toString(), good.toString());

        assertThat(run.err())
                .isEqualTo("featurespec: " + cfg + ": not valid YAML: Document nesting depth (33) exceeds the maximum"
                        + " allowed (32)\n");
    }

    @Test
    void aConfigurationThatIsNotUtf8SaysSo() throws IOException {
        Path cfg = Files.write(dir.resolve("latin1.yaml"), new byte[] {'#', ' ', (byte) 0xE9, '\n'});

        Run run = Cli.run("validate", "--config", cfg.toString(), good.toString());

        assertThat(run.err())
                .isEqualTo("featurespec: " + cfg + ": configuration is not valid UTF-8; save the file as UTF-8\n");
    }
}
