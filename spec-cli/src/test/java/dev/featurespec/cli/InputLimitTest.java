package dev.featurespec.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.featurespec.cli.Cli.Run;
import dev.featurespec.cli.internal.CliConfig;
import dev.featurespec.cli.internal.SpecFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The input limit is applied while reading, to every source: regular files, files whose size says
 * nothing ({@code /dev/zero}), named pipes, standard input, in every format; and configuration files are
 * capped before they are parsed.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class InputLimitTest {
    private static final int LIMIT = SpecFiles.MAX_INPUT_BYTES;
    private static final String TOO_LARGE = "too large: the limit is 7340032 bytes (7 MiB)";

    @TempDir
    Path dir;

    @Test
    void theLimitIsSevenMebibytes() {
        assertThat(LIMIT).isEqualTo(7 * 1024 * 1024);
    }

    @Test
    void devZeroIsRefusedWhileReading() {
        assumeTrue(Files.isReadable(Path.of("/dev/zero")), "/dev/zero exists");

        Run run = Cli.run("validate", "/dev/zero");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("featurespec: /dev/zero: " + TOO_LARGE + "\n");
    }

    @Test
    void aNamedPipeIsRefusedWhileReading() throws Exception {
        Path fifo = dir.resolve("spec.md");
        assumeTrue(mkfifo(fifo), "mkfifo is available");
        Thread writer = new Thread(() -> {
            try (OutputStream out = Files.newOutputStream(fifo)) {
                byte[] line = "- **FR-001**: System MUST x.\n".getBytes(StandardCharsets.UTF_8);
                for (long written = 0; written <= 2L * LIMIT; written += line.length) {
                    out.write(line);
                }
            } catch (IOException e) {
                // the reader stops one byte past the limit and closes the pipe: a broken pipe here
            }
        });
        writer.start();

        Run run = Cli.run("convert", "--to", "json", fifo.toString());
        writer.join(TimeUnit.SECONDS.toMillis(30));

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("featurespec: " + fifo + ": " + TOO_LARGE + "\n");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void standardInputOverTheLimitIsRefused() {
        String big = "#".repeat(LIMIT + 1);

        Run run = Cli.runWithStdin(big, "validate", "-");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("featurespec: <stdin>: " + TOO_LARGE + "\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"spec.md", "spec.json", "spec.yaml"})
    void aRegularFileOverTheLimitIsRefusedBeforeReading(String name) throws IOException {
        Path file = dir.resolve(name);
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(LIMIT + 1L); // sparse: no need to write 7 MiB
        }

        Run run = Cli.run("validate", file.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err())
                .isEqualTo("featurespec: " + file + ": too large: 7340033 bytes; the limit is 7340032 bytes (7 MiB)\n");
    }

    @Test
    void aFileOfExactlyTheLimitIsRead() throws IOException {
        Path file = dir.resolve("spec.md");
        byte[] bytes = new byte[LIMIT];
        Arrays.fill(bytes, (byte) ' ');
        byte[] title = "# T\n".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(title, 0, bytes, 0, title.length);
        Files.write(file, bytes);

        assertThat(SpecFiles.read(file).text()).hasSize(LIMIT).startsWith("# T\n");
    }

    @Test
    void aConfigurationWithASixteenMebibyteCommentIsRefusedAtOnce() throws IOException {
        Path spec = Files.copy(Path.of("examples/seed-format/spec.md"), dir.resolve("spec.md"));
        Path cfg = dir.resolve(".featurespec.yaml");
        try (OutputStream out = Files.newOutputStream(cfg)) {
            out.write('#');
            byte[] chunk = new byte[1 << 20];
            Arrays.fill(chunk, (byte) 'x');
            for (int i = 0; i < 16; i++) {
                out.write(chunk);
            }
            out.write('\n');
        }

        Run run = Cli.run("validate", "--config", cfg.toString(), spec.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err())
                .isEqualTo(
                        "featurespec: " + cfg + ": configuration file too large: the limit is 65536 bytes (64 KiB)\n");
    }

    @Test
    void aConfigurationThatNeverEndsIsRefused() {
        assumeTrue(Files.isReadable(Path.of("/dev/zero")), "/dev/zero exists");

        Run run = Cli.run("validate", "--config", "/dev/zero", "examples/seed-format/spec.md");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err())
                .isEqualTo("featurespec: /dev/zero: configuration file too large: the limit is 65536 bytes (64 KiB)\n");
    }

    @Test
    void aConfigurationOfExactlyTheLimitIsRead() throws IOException {
        Path cfg = dir.resolve(".featurespec.yaml");
        String body = "rules:\n  FS111: off\n";
        Files.writeString(cfg, body + "#".repeat(CliConfig.MAX_BYTES - body.length() - 1) + "\n");

        assertThat(Files.size(cfg)).isEqualTo(CliConfig.MAX_BYTES);
        assertThat(CliConfig.load(cfg).rules()).hasSize(1);
    }

    @Test
    void aProfileFileOverItsLimitIsRefusedBeforeParsing() throws IOException {
        Path profile = dir.resolve("mine.yaml");
        try (RandomAccessFile f = new RandomAccessFile(profile.toFile(), "rw")) {
            f.setLength(16L << 20);
        }

        Run run = Cli.run("validate", "--profile", profile.toString(), "examples/seed-format/spec.md");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("featurespec: --profile: " + profile + ": larger than 1048576 bytes\n");
    }

    static boolean mkfifo(Path path) {
        try {
            Process p = new ProcessBuilder("mkfifo", path.toString())
                    .redirectErrorStream(true)
                    .start();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
