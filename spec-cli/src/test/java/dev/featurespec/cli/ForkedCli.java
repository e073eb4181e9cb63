package dev.featurespec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the command in a JVM of its own, as {@code java -Xmx256m -jar featurespec.jar …} would: the same
 * main class on the test class path (the jar is built after the tests), with the heap and the standard
 * streams the test chooses. For what an in-process run cannot show: a heap limit, {@code /dev/full},
 * the exit code {@code System.exit} returns.
 */
final class ForkedCli {
    /** Long enough for a 6.4 MB spec on a loaded two-core machine. */
    private static final long TIMEOUT_SECONDS = 300;

    private final Path dir;
    private final List<String> jvmOptions = new ArrayList<>();
    private File stdin;
    private File stdout;

    private ForkedCli(Path dir) {
        this.dir = dir;
    }

    /** A run whose captured output goes to files in {@code dir}. */
    static ForkedCli in(Path dir) {
        return new ForkedCli(dir);
    }

    ForkedCli jvm(String... options) {
        jvmOptions.addAll(List.of(options));
        return this;
    }

    ForkedCli stdin(File file) {
        this.stdin = file;
        return this;
    }

    /** Standard output goes to {@code file} ({@code /dev/full}, say) instead of being captured. */
    ForkedCli stdout(File file) {
        this.stdout = file;
        return this;
    }

    Cli.Run run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(FeatureSpecCommand.class.getName());
        command.addAll(List.of(args));
        Path out = Files.createTempFile(dir, "stdout", ".txt");
        Path err = Files.createTempFile(dir, "stderr", ".txt");
        ProcessBuilder pb = new ProcessBuilder(command)
                .redirectOutput(stdout != null ? stdout : out.toFile())
                .redirectError(err.toFile());
        if (stdin != null) {
            pb.redirectInput(stdin);
        }
        Process process = pb.start();
        boolean done = process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (!done) {
            process.destroyForcibly().waitFor();
        }
        assertThat(done)
                .as("featurespec %s ended within %d s", args, TIMEOUT_SECONDS)
                .isTrue();
        String captured = stdout != null ? "" : Files.readString(out, StandardCharsets.UTF_8);
        return new Cli.Run(process.exitValue(), captured, Files.readString(err, StandardCharsets.UTF_8));
    }
}
