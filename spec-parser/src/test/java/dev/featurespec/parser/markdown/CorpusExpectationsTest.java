package dev.featurespec.parser.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.featurespec.model.FeatureSpec;
import dev.featurespec.model.Requirement;
import dev.featurespec.model.SuccessCriterion;
import dev.featurespec.testkit.Corpus;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the parser's counts against {@code corpus-expectations.tsv}: numbers verified by reading each
 * corpus file (see {@code corpus-expectations.md}). Skips when the corpus is absent.
 */
class CorpusExpectationsTest {
    private static final MarkdownSpecParser PARSER =
            MarkdownSpecParser.builder().build();

    record Expectation(String file, int stories, int frIds, int scIds, int scenarios, int entities, int entries) {
        @Override
        public String toString() {
            return file;
        }
    }

    static Stream<Expectation> expectations() throws IOException {
        Corpus.specsOrSkip();
        List<Expectation> out = new ArrayList<>();
        try (var in = CorpusExpectationsTest.class.getResourceAsStream("/corpus-expectations.tsv");
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            boolean header = true;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] f = line.split("\t");
                out.add(new Expectation(
                        f[0],
                        Integer.parseInt(f[1]),
                        Integer.parseInt(f[2]),
                        Integer.parseInt(f[3]),
                        Integer.parseInt(f[4]),
                        Integer.parseInt(f[5]),
                        Integer.parseInt(f[6])));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectations")
    void countsMatchVerifiedExpectations(Expectation e) throws IOException {
        FeatureSpec spec = PARSER.parse(Corpus.specOrSkip(e.file())).spec();
        Expectation actual = new Expectation(
                e.file(),
                spec.userStories().size(),
                (int) spec.functionalRequirements().stream()
                        .map(Requirement::id)
                        .flatMap(Optional::stream)
                        .filter(id -> !id.startsWith("NFR"))
                        .distinct()
                        .count(),
                (int) spec.successCriteria().stream()
                        .map(SuccessCriterion::id)
                        .flatMap(Optional::stream)
                        .distinct()
                        .count(),
                spec.userStories().stream()
                        .mapToInt(s -> s.acceptanceScenarios().size())
                        .sum(),
                spec.keyEntities().size(),
                spec.clarifications().stream().mapToInt(s -> s.entries().size()).sum());
        assertThat(actual).usingRecursiveComparison().isEqualTo(e);
    }
}
