package dev.featurespec.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.featurespec.cli.Cli.Run;
import dev.featurespec.cli.internal.StandardStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A failed write to standard output (a full disk, a closed pipe) is an error: one line on stderr and
 * exit code 2, for every command and every output format, never exit code 0 with truncated output.
 */
class OutputFailureTest {
    private static final String SEED = "examples/seed-format/spec.md";
    private static final String FULL = "featurespec: cannot write to standard output: no space left on device\n";

    @TempDir
    Path dir;

    /** Standard output on a device that is full: every write fails, as on /dev/full. */
    private static StandardStream fullDevice() {
        return StandardStream.of(new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                throw new IOException("No space left on device");
            }
        });
    }

    static Stream<Arguments> everyCommandThatPrints() {
        return Stream.of(
                Arguments.of((Object) new String[] {"validate", SEED}),
                Arguments.of((Object) new String[] {"validate", "--format", "json", SEED}),
                Arguments.of((Object) new String[] {"validate", "--format", "sarif", SEED}),
                Arguments.of((Object) new String[] {"validate", "examples/"}),
                Arguments.of((Object) new String[] {"convert", "--to", "json", SEED}),
                Arguments.of((Object) new String[] {"convert", "--to", "yaml", SEED}),
                Arguments.of((Object) new String[] {"convert", "--to", "markdown", SEED}),
                Arguments.of((Object) new String[] {"fmt", SEED}),
                Arguments.of((Object) new String[] {"fmt", "--check", "examples/with-mistakes/spec.md"}),
                Arguments.of((Object) new String[] {"new", "--title", "Export"}),
                Arguments.of((Object) new String[] {"schema"}),
                Arguments.of((Object) new String[] {"--help"}),
                Arguments.of((Object) new String[] {"--version"}),
                Arguments.of((Object) new String[] {"validate", "--help"}));
    }

    @ParameterizedTest
    @MethodSource("everyCommandThatPrints")
    void aFullDeviceIsOneLineAndExit2(String[] args) {
        Run run = Cli.runWithOut(fullDevice(), args);

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo(FULL);
    }

    @Test
    void aWriterThatFailsWithoutSayingWhyIsStillAnError() {
        Writer broken = new Writer() {
            @Override
            public void write(char[] cbuf, int off, int len) throws IOException {
                throw new IOException();
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };

        Run run = Cli.runWithOut(new PrintWriter(broken), "schema");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("featurespec: cannot write to standard output: the write failed\n");
    }

    @Test
    void fmtWriteRewritesTheFileEvenWhenTheListingCannotBePrinted() throws IOException {
        Path spec = dir.resolve("spec.md");
        Files.copy(Path.of("examples/with-mistakes/spec.md"), spec);
        String canonical = Cli.run("fmt", spec.toString()).out();

        Run run = Cli.runWithOut(fullDevice(), "fmt", "--write", spec.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo(FULL);
        assertThat(spec).hasContent(canonical.stripTrailing());
    }

    @Test
    void realDevFullInAForkedProcess() throws Exception {
        File full = new File("/dev/full");
        assumeTrue(full.exists() && full.canWrite(), "/dev/full exists (Linux)");

        for (String[] args :
                new String[][] {{"convert", "--to", "json", SEED}, {"validate", "--format", "sarif", SEED}, {"schema"}
                }) {
            Run run = ForkedCli.in(dir).stdout(full).run(args);

            assertThat(run.exit()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(run.err()).as(String.join(" ", args)).isEqualTo(FULL);
        }
    }
}
