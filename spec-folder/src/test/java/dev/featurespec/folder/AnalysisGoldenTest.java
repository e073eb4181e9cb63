package dev.featurespec.folder;

import static org.assertj.core.api.Assertions.assertThat;

import dev.featurespec.testkit.Corpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Walks the repository's {@code testdata/analyze}: each case folder ({@code spec.md}, {@code tasks.md},
 * {@code checklists/}, {@code plan.md}) beside its {@code expected.txt}, and {@code corpus/NAME.txt}, the
 * analysis of corpus folder NAME, checked by hand (skipped when the corpus is absent). Run with {@code
 * -Dfeaturespec.updateGolden=true} to write the expected files from the actual analysis, then read them
 * before committing.
 */
class AnalysisGoldenTest {
    static final Path ROOT = Path.of("..", "testdata", "analyze");
    private static final boolean UPDATE = Boolean.getBoolean("featurespec.updateGolden");
    private static final Traceability TRACEABILITY = Traceability.create();

    static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(ROOT)) {
            return dirs
                    .filter(Files::isDirectory)
                    .map(p -> p.getFileName().toString())
                    .filter(n -> !n.equals("corpus"))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    static Stream<String> corpusCases() throws IOException {
        try (Stream<Path> files = Files.list(ROOT.resolve("corpus"))) {
            return files
                    .map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".txt"))
                    .map(n -> n.substring(0, n.length() - 4))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void caseGivesExpectedAnalysis(String name) throws IOException {
        Path dir = ROOT.resolve(name);
        check(TRACEABILITY.analyze(FeatureFolder.read(dir)), dir.resolve("expected.txt"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpusCases")
    void corpusFolderGivesPinnedAnalysis(String name) throws IOException {
        Path dir = Corpus.folderOrSkip(name);
        check(
                TRACEABILITY.analyze(FeatureFolder.read(dir)),
                ROOT.resolve("corpus").resolve(name + ".txt"));
    }

    private static void check(Analysis analysis, Path expected) throws IOException {
        String actual = AnalysisText.of(analysis);
        if (UPDATE) {
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).as("%s", expected).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
    }
}
