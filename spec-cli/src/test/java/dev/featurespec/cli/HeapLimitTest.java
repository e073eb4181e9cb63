package dev.featurespec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.featurespec.cli.Cli.Run;
import dev.featurespec.cli.internal.SpecFiles;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command within a 256 MB Java heap, in a JVM of that size ({@code java -Xmx256m}): the largest specs
 * the input limit lets in finish, and running out of memory is one line and exit code 2, never a stack
 * trace or exit code 1. Each case is one forked run of a few seconds to a minute, depending on the machine.
 */
class HeapLimitTest {
    private static final String HEAP = "-Xmx256m";

    @TempDir
    static Path dir;

    private static Path requirements;
    private static Path stories;

    /** 200,000 requirements, 6.4 MB; 100,000 stories, 4.1 MB: both under the 7 MiB input limit. */
    @BeforeAll
    static void specs() throws IOException {
        requirements = dir.resolve("requirements.md");
        try (BufferedWriter w = Files.newBufferedWriter(requirements, StandardCharsets.UTF_8)) {
            w.write("# Feature Specification: Two hundred thousand requirements\n\n");
            w.write("## Requirements\n\n### Functional Requirements\n\n");
            for (int i = 1; i <= 200_000; i++) {
                w.write(String.format("- **FR-%06d**: System MUST x.%n", i));
            }
        }
        stories = dir.resolve("stories.md");
        try (BufferedWriter w = Files.newBufferedWriter(stories, StandardCharsets.UTF_8)) {
            w.write("# Feature Specification: A hundred thousand stories\n\n## User Scenarios & Testing\n\n");
            for (int i = 1; i <= 100_000; i++) {
                w.write("### User Story " + i + " - S (Priority: P1)\n\n");
            }
        }
        assertThat(Files.size(requirements)).isBetween(6_000_000L, (long) SpecFiles.MAX_INPUT_BYTES);
        assertThat(Files.size(stories)).isLessThan(SpecFiles.MAX_INPUT_BYTES);
    }

    @Test
    void twoHundredThousandRequirementsValidate() throws Exception {
        Path out = dir.resolve("requirements.txt");

        Run run = ForkedCli.in(dir).jvm(HEAP).stdout(out.toFile()).run("validate", requirements.toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isEqualTo(1); // two mandatory sections are missing
        assertThat(lastLine(out)).isEqualTo("1 file: 2 errors, 200000 warnings");
    }

    @Test
    void twoHundredThousandRequirementsFormat() throws Exception {
        Path out = dir.resolve("requirements-canonical.md");

        Run run = ForkedCli.in(dir).jvm(HEAP).stdout(out.toFile()).run("fmt", requirements.toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isZero();
        assertThat(lastLine(out)).isEqualTo("- **FR-200000**: System MUST x.");
    }

    @Test
    void aHundredThousandStoriesValidateAsSarif() throws Exception {
        Path out = dir.resolve("stories.sarif");

        Run run = ForkedCli.in(dir)
                .jvm(HEAP)
                .stdout(out.toFile())
                .run("validate", "--format", "sarif", stories.toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isEqualTo(1);
        try (Stream<String> lines = Files.lines(out)) {
            // each story lacks a scenario and an independent test: two findings per story, and three more
            assertThat(lines.filter(l -> l.contains("\"ruleId\"")).count()).isEqualTo(200_003);
        }
        assertThat(lastLine(out)).isEqualTo("}");
    }

    @Test
    void runningOutOfMemoryIsOneLineAndExit2() throws Exception {
        Run run = ForkedCli.in(dir).jvm("-Xmx48m").run("validate", requirements.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().lines())
                .singleElement()
                .satisfies(line -> assertThat(line)
                        .startsWith("featurespec: ")
                        .contains("out of memory (the Java heap is limited to ")
                        .contains("run java with a larger -Xmx"));
        assertThat(run.err()).doesNotContain("\tat ", "Exception", "Error");
    }

    private static String lastLine(Path file) throws IOException {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.reduce((a, b) -> b).orElse("");
        }
    }
}
