package dev.featurespec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.featurespec.testkit.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code validate --jobs N} checks files on N threads; what it prints and its exit code must be exactly
 * those of a run on one thread, whatever finishes first.
 */
class ParallelValidateTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"text", "json", "sarif"})
    void everyTestdataFileGivesTheSameReportOnAnyNumberOfThreads(String format) throws IOException {
        List<String> args = new ArrayList<>(List.of("validate", "--format", format));
        args.addAll(testdataFiles());
        // an unreadable file among them: reported in its place (stderr, and the JSON/SARIF reports)
        Path binary = Files.write(dir.resolve("binary.md"), new byte[] {'#', ' ', 0, 1, 2});
        args.add(args.size() / 2, binary.toString());

        assertSameOnAnyNumberOfThreads(args);
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "json"})
    void theWholeCorpusGivesTheSameReportOnAnyNumberOfThreads(String format) {
        Path corpus = Corpus.dir().orElse(null);
        Assumptions.assumeTrue(corpus != null, "shared corpus not found; skipping");
        List<String> args = new ArrayList<>(List.of("validate", "--format", format));
        Corpus.specs().forEach(p -> args.add(p.toString()));
        args.add(corpus.resolve("speckit-folders").toString());
        args.add(corpus.resolve("speckit-revisions").toString()); // no spec.md inside: a usage error

        Cli.Run sequential = run(args, "1");
        assertThat(sequential.out()).isEmpty();
        assertThat(sequential.err()).contains("no spec.md found in this folder");

        args.remove(args.size() - 1);
        Cli.Run one = assertSameOnAnyNumberOfThreads(args);
        assertThat(one.exit()).isEqualTo(1);
        if (format.equals("text")) {
            int files = Corpus.specs().size() + Corpus.folders().size();
            assertThat(one.out()).contains("\n" + files + " files: ");
            // files in the order given: the first diagnostic line is of the first corpus spec
            String first = Corpus.specs().get(0).toString();
            assertThat(one.out().lines().filter(l -> l.startsWith("/")).findFirst())
                    .hasValueSatisfying(l -> assertThat(l).startsWith(first + ":"));
        }
    }

    @Test
    void standardInputIsReportedFirstAsBefore() throws IOException {
        Path spec = Files.writeString(dir.resolve("spec.md"), "# Feature Specification: X\n\n## Nothing\n");
        String stdin = "# Feature Specification: Y\n";
        for (String jobs : List.of("1", "2", "4")) {
            Cli.Run run = Cli.runWithStdin(stdin, "validate", "--jobs", jobs, spec.toString(), "-");
            assertThat(run.out().lines().findFirst())
                    .hasValueSatisfying(l -> assertThat(l).startsWith("<stdin>"));
        }
    }

    @Test
    void jobsBelowOneIsAUsageError() {
        Cli.Run run = Cli.run("validate", "--jobs", "0", "examples/seed-format/spec.md");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--jobs must be at least 1, not 0");
        assertThat(run.out()).isEmpty();
    }

    /** The run on one thread, after checking that 2, 3 and 8 threads give the same output and exit code. */
    private static Cli.Run assertSameOnAnyNumberOfThreads(List<String> args) {
        Cli.Run one = run(args, "1");
        assertThat(one.out()).isNotBlank();
        for (String jobs : List.of("2", "3", "8")) {
            Cli.Run many = run(args, jobs);
            assertThat(many.out()).as("stdout with --jobs " + jobs).isEqualTo(one.out());
            assertThat(many.err()).as("stderr with --jobs " + jobs).isEqualTo(one.err());
            assertThat(many.exit()).as("exit code with --jobs " + jobs).isEqualTo(one.exit());
        }
        return one;
    }

    private static Cli.Run run(List<String> args, String jobs) {
        List<String> all = new ArrayList<>(args);
        all.add(1, "--jobs");
        all.add(2, jobs);
        return Cli.run(all.toArray(String[]::new));
    }

    private static List<String> testdataFiles() throws IOException {
        List<String> files = new ArrayList<>();
        for (String kind : List.of("good", "bad")) {
            try (Stream<Path> s = Files.list(Path.of("testdata", kind))) {
                s.filter(p -> {
                            String n = p.getFileName().toString();
                            return (n.endsWith(".md") && !n.endsWith(".canonical.md")) || n.endsWith(".json");
                        })
                        .sorted()
                        .forEach(p -> files.add(p.toString()));
            }
        }
        assertThat(files).hasSizeGreaterThan(100);
        return files;
    }
}
