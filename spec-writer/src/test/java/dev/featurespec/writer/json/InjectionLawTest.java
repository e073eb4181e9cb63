package dev.featurespec.writer.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.featurespec.model.FeatureSpec;
import dev.featurespec.model.diagnostic.Diagnostic;
import dev.featurespec.model.diagnostic.Rule;
import dev.featurespec.model.diagnostic.Severity;
import dev.featurespec.model.validation.SpecValidator;
import dev.featurespec.parser.ParseResult;
import dev.featurespec.parser.json.JsonSpecReader;
import dev.featurespec.parser.markdown.MarkdownSpecParser;
import dev.featurespec.testkit.Corpus;
import dev.featurespec.testkit.SpecGenerator;
import dev.featurespec.testkit.TextInjection;
import dev.featurespec.writer.markdown.MarkdownSpecWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The injection law (issue 15): text from JSON never injects or loses structure. For each text field and
 * each hostile text, the JSON document either does not validate clean, and then FS120 names that very
 * field, or its Markdown reads back as the same spec.
 */
class InjectionLawTest {
    private static final SpecValidator VALIDATOR = SpecValidator.create();
    private static final MarkdownSpecWriter WRITER = MarkdownSpecWriter.create();
    private static final MarkdownSpecParser PARSER = MarkdownSpecParser.create();
    /** Base specs per field and text; {@code -Dfeaturespec.laws.seeds=N} runs more (N / 300). */
    private static final int BASES = Math.max(1, Integer.getInteger("featurespec.laws.seeds", 3000) / 300);

    static Stream<Arguments> cases() {
        return Stream.of(TextInjection.Field.values())
                .flatMap(f -> TextInjection.HOSTILE.stream().map(t -> Arguments.of(f, t)));
    }

    static Stream<Path> corpus() {
        return Corpus.everySpecOrSkip().stream();
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void noRealSpecIsReportedAsNotWritable(Path file) throws IOException {
        ParseResult parsed = PARSER.parse(Files.readString(file, StandardCharsets.UTF_8));

        assertThat(parsed.validate(VALIDATOR)).noneMatch(d -> d.rule() == Rule.NOT_WRITABLE);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void noGeneratedSpecIsReportedAsNotWritable(long seed) {
        FeatureSpec spec = new SpecGenerator(seed).next();

        assertThat(VALIDATOR.validate(spec)).noneMatch(d -> d.rule() == Rule.NOT_WRITABLE);
    }

    static java.util.stream.LongStream seeds() {
        return java.util.stream.LongStream.range(0, BASES * 10L);
    }

    @ParameterizedTest(name = "{0} += {1}")
    @MethodSource("cases")
    void hostileTextIsReportedOrReadsBackTheSame(TextInjection.Field field, String text) {
        int[] held = new int[2]; // seeds the law was checked on, with lists and with tables
        for (long seed = 0; seed < BASES; seed++) {
            // odd seeds write requirements and criteria as tables, even ones as lists
            FeatureSpec spec = seed % 2 == 0
                    ? field.inject(new SpecGenerator(seed).tables(false).next(), text)
                    : TextInjection.withItemTables(
                            field.inject(TextInjection.tableReady(new SpecGenerator(seed).next()), text));
            ParseResult fromJson =
                    JsonSpecReader.create().parse(JsonSpecWriter.create().write(spec));
            assertThat(fromJson.diagnostics()).as("seed %d", seed).isEmpty();
            List<Diagnostic> errors = fromJson.validate(VALIDATOR).stream()
                    .filter(d -> d.severity() == Severity.ERROR)
                    .toList();
            List<Diagnostic> notWritable =
                    errors.stream().filter(d -> d.rule() == Rule.NOT_WRITABLE).toList();
            if (!notWritable.isEmpty()) {
                assertThat(notWritable)
                        .as("seed %d", seed)
                        .anySatisfy(d -> assertThat(d.pointer()).isEqualTo(field.pointer()));
                held[(int) (seed % 2)]++;
                continue;
            }
            if (!errors.isEmpty()) {
                continue; // invalid for another reason (a blank field, say): not this law's business
            }
            String md = WRITER.write(fromJson.spec());
            assertThat(PARSER.parse(md).spec()).as("seed %d:%n%s", seed, md).isEqualTo(fromJson.spec());
            held[(int) (seed % 2)]++;
        }
        assertThat(held[0]).as("seeds checked with item lists").isPositive();
        assertThat(held[1]).as("seeds checked with item tables").isPositive();
    }
}
