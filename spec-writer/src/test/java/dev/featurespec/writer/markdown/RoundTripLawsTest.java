package dev.featurespec.writer.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.featurespec.model.FeatureSpec;
import dev.featurespec.model.template.Language;
import dev.featurespec.model.template.Languages;
import dev.featurespec.parser.markdown.MarkdownSpecParser;
import dev.featurespec.testkit.Corpus;
import dev.featurespec.testkit.Fixtures;
import dev.featurespec.testkit.GoldenCase;
import dev.featurespec.testkit.SourceWords;
import dev.featurespec.testkit.SpecGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The writer's laws, checked with the Markdown parser: a written spec reads back equal, writing is
 * idempotent, and real specs survive a round trip with no word lost. That canonical documents come back
 * byte for byte is {@link CanonicalGoldenTest}'s.
 */
class RoundTripLawsTest {
    private static final MarkdownSpecWriter WRITER = MarkdownSpecWriter.create();
    private static final MarkdownSpecParser PARSER = MarkdownSpecParser.create();
    private static final List<String> LANGUAGES = Languages.builtIn().stream()
            .map(Language::code)
            .filter(c -> !c.equals("en"))
            .toList();
    /** The parser's "nothing lost" definition of words, applied to the output. */
    private static final SourceWords WORDS = SourceWords.structural(Languages.builtIn());
    /** Generated specs per law; {@code -Dfeaturespec.laws.seeds=N} runs more. */
    private static final int SEEDS = Integer.getInteger("featurespec.laws.seeds", 3000);

    /** Seeds for the equality law. */
    static LongStream seeds() {
        return LongStream.range(0, SEEDS);
    }

    /** Other seeds for the idempotence law, so the two laws see different specs. */
    static LongStream otherSeeds() {
        return LongStream.range(SEEDS, 2L * SEEDS);
    }

    static Stream<String> goldenModels() {
        return Fixtures.canonical().keySet().stream().sorted();
    }

    static Stream<Path> goodCases() {
        return GoldenCase.goodCases().stream().map(GoldenCase::input);
    }

    static Stream<Path> corpus() {
        return Corpus.specsOrSkip().stream();
    }

    private static FeatureSpec generated(long seed) {
        return new SpecGenerator(seed).languages(LANGUAGES).next();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void readsAGeneratedSpecBackEqual(long seed) {
        FeatureSpec spec = generated(seed);
        String md = WRITER.write(spec);

        assertThat(PARSER.parse(md).spec()).as("seed %d:%n%s", seed, md).isEqualTo(spec);
    }

    @ParameterizedTest
    @MethodSource("otherSeeds")
    void writesAGeneratedSpecIdempotently(long seed) {
        String md = WRITER.write(generated(seed));

        assertThat(WRITER.write(PARSER.parse(md).spec())).as("seed %d", seed).isEqualTo(md);
    }

    @ParameterizedTest
    @MethodSource("goldenModels")
    void readsEachGoldenModelBackEqual(String name) {
        FeatureSpec spec = Fixtures.canonical().get(name);

        assertThat(PARSER.parse(WRITER.write(spec)).spec()).isEqualTo(spec);
    }

    @ParameterizedTest
    @MethodSource("goodCases")
    void roundTripsEachGoodParserCase(Path file) throws IOException {
        FeatureSpec parsed =
                PARSER.parse(Files.readString(file, StandardCharsets.UTF_8)).spec();
        String md = WRITER.write(parsed);

        assertThat(PARSER.parse(md).spec()).as(md).isEqualTo(parsed);
        assertThat(WRITER.write(PARSER.parse(md).spec())).isEqualTo(md);
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void roundTripsEachCorpusSpecEqual(Path file) throws IOException {
        FeatureSpec parsed =
                PARSER.parse(Files.readString(file, StandardCharsets.UTF_8)).spec();
        String md = WRITER.write(parsed);

        assertThat(PARSER.parse(md).spec()).as(md).isEqualTo(parsed);
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void losesNoWordOfACorpusSpec(Path file) throws IOException {
        String source = Files.readString(file, StandardCharsets.UTF_8);

        String md = WRITER.write(PARSER.parse(source).spec());

        assertThat(WORDS.missing(source, SourceWords.of(md), Set.of())).as(md).isEmpty();
    }
}
