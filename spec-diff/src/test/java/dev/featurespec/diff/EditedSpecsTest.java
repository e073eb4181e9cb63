package dev.featurespec.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.featurespec.model.FeatureSpec;
import dev.featurespec.parser.markdown.MarkdownSpecParser;
import dev.featurespec.testkit.Corpus;
import dev.featurespec.testkit.SpecEdits;
import dev.featurespec.testkit.SpecEdits.Edit;
import dev.featurespec.testkit.SpecGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The diff's laws on edited specs: for a spec and a copy with seeded random edits ({@link SpecEdits}),
 * the diff reports exactly the edits made (kind, element, old and new pointer) with the significances
 * they imply, and applying the reported changes to the old spec gives the new one. Runs over generated
 * specs ({@value #DEFAULT_SEEDS} seeds; {@code -Dfeaturespec.diff.seeds=N} runs more) and over every
 * corpus spec ({@value #CORPUS_SEEDS} seeds each; skipped when the corpus is absent).
 */
class EditedSpecsTest {
    static final int DEFAULT_SEEDS = 400;
    static final int CORPUS_SEEDS = 4;
    private static final MarkdownSpecParser PARSER = MarkdownSpecParser.create();

    static LongStream seeds() {
        return LongStream.range(0, Long.getLong("featurespec.diff.seeds", DEFAULT_SEEDS));
    }

    static Stream<Path> corpus() {
        return Corpus.specsOrSkip().stream();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void generatedSpecEdits(long seed) {
        FeatureSpec spec = new SpecGenerator(seed).size(1 + (int) (seed % 8)).next();
        check(new SpecEdits(seed).rate(10 + (int) (seed % 30)).apply(spec), "seed " + seed);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void corpusSpecEdits(Path file) throws IOException {
        FeatureSpec spec = PARSER.parse(file).spec();
        for (long seed = 0; seed < CORPUS_SEEDS; seed++) {
            check(
                    new SpecEdits(file.getFileName().toString().hashCode() * 1000L + seed).apply(spec),
                    file.getFileName() + " seed " + seed);
        }
    }

    private static void check(SpecEdits.Edited edited, String what) {
        SpecDiff diff = SpecDiff.between(edited.before(), edited.after());
        Map<String, Change> reported = new TreeMap<>();
        for (Change c : diff.changes()) {
            String key = key(c);
            assertThat(reported.put(key, c))
                    .as("%s: reported twice: %s", what, key)
                    .isNull();
        }
        Map<String, Edit> made =
                edited.edits().stream().collect(Collectors.toMap(Edit::key, e -> e, (a, b) -> a, TreeMap::new));
        assertThat(made).as("%s: the edits are distinct", what).hasSameSizeAs(edited.edits());
        assertThat(reported.keySet()).as("%s: changes reported", what).isEqualTo(made.keySet());
        for (Edit e : edited.edits()) {
            Change c = reported.get(e.key());
            List<String> labels =
                    c.significance().stream().map(Significance::label).toList();
            assertThat(labels).as("%s: significance of %s", what, c.summary()).containsAll(e.significance());
        }
        assertThat(diff.applyTo(edited.before()))
                .as("%s: the changes applied to the old spec", what)
                .isEqualTo(edited.after());
        assertThat(SpecDiff.between(edited.after(), edited.after()).isEmpty())
                .as("%s: a spec has no change from itself", what)
                .isTrue();
    }

    private static String key(Change c) {
        return c.kind().label() + " " + c.element().label() + " " + c.before().orElse("-") + " -> "
                + c.after().orElse("-");
    }
}
