package dev.featurespec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.featurespec.cli.Cli.Run;
import dev.featurespec.testkit.SchemaAssert;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Walks {@code testdata/diff}: each {@code case.old.md} and {@code case.new.md} beside the expected
 * output of {@code featurespec diff} on them, {@code case.diff.txt} (text) and {@code case.diff.json}
 * (JSON, which must also match the diff schema). Adding a case is adding two specs and running with
 * {@code -Dfeaturespec.updateGolden=true}, which rewrites the expected files from the actual output;
 * read them before committing.
 */
class DiffGoldenTest {
    private static final Path ROOT = Path.of("testdata", "diff");
    private static final boolean UPDATE = Boolean.getBoolean("featurespec.updateGolden");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> files = Files.list(ROOT)) {
            return files
                    .map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".old.md"))
                    .map(n -> n.substring(0, n.length() - ".old.md".length()))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    private static String[] args(String name, String... options) {
        return Stream.concat(
                        Stream.concat(Stream.of("diff"), Stream.of(options)),
                        Stream.of(
                                ROOT.resolve(name + ".old.md").toString().replace('\\', '/'),
                                ROOT.resolve(name + ".new.md").toString().replace('\\', '/')))
                .toArray(String[]::new);
    }

    private static void check(String actual, Path expected) throws IOException {
        if (UPDATE) {
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).as("%s", expected).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void textOutput(String name) throws IOException {
        Run run = Cli.run(args(name));
        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isEqualTo(run.out().endsWith(": no semantic change\n") ? 0 : 1);
        check(run.out(), ROOT.resolve(name + ".diff.txt"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void jsonOutput(String name) throws IOException {
        Run run = Cli.run(args(name, "--format", "json"));
        assertThat(run.err()).isEmpty();
        SchemaAssert.assertValidJson(DiffCommandTest.DIFF_SCHEMA, run.out());
        check(run.out(), ROOT.resolve(name + ".diff.json"));
    }
}
