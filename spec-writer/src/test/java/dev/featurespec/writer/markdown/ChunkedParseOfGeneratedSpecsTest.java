package dev.featurespec.writer.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.featurespec.model.FeatureSpec;
import dev.featurespec.model.diagnostic.SourceDocument;
import dev.featurespec.model.template.Language;
import dev.featurespec.model.template.Languages;
import dev.featurespec.parser.ParseResult;
import dev.featurespec.parser.markdown.MarkdownSpecParser;
import dev.featurespec.testkit.SpecGenerator;
import java.lang.reflect.Method;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Markdown parser reads a document over 1 MiB in pieces that end before a top-level heading; here the
 * pieces are forced on generated specs of every shape (written by the canonical writer, in every built-in
 * language, with tables) and the result must be that of one parse of the whole document: the same spec,
 * diagnostics, source map and source document. The parser's own tests hold the same on the test data and
 * the corpus; the generator and the writer are only here. {@code -Dfeaturespec.chunked.seeds=N} runs
 * more seeds.
 */
class ChunkedParseOfGeneratedSpecsTest {
    private static final int SEEDS = Integer.getInteger("featurespec.chunked.seeds", 100);
    private static final MarkdownSpecWriter WRITER = MarkdownSpecWriter.create();
    private static final List<String> LANGUAGES =
            Languages.builtIn().stream().map(Language::code).toList();
    private static final MarkdownSpecParser WHOLE = chunking(Integer.MAX_VALUE, 1);
    private static final MarkdownSpecParser EVERY_HEADING = chunking(0, 1);
    private static final MarkdownSpecParser PAST_500 = chunking(0, 500);

    static LongStream seeds() {
        return LongStream.range(0, SEEDS);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void generatedSpecReadsTheSameInPieces(long seed) {
        FeatureSpec spec = new SpecGenerator(seed)
                .languages(LANGUAGES)
                .tables(seed % 3 == 0)
                .size(2 + (int) (seed % 7))
                .next();
        String md = WRITER.write(spec);
        ParseResult whole = WHOLE.parse(md);
        assertSame(EVERY_HEADING.parse(md), whole, "seed " + seed + " at every heading");
        assertSame(PAST_500.parse(md), whole, "seed " + seed + " in pieces of 500");
    }

    private static void assertSame(ParseResult actual, ParseResult expected, String what) {
        assertThat(actual.spec()).as("spec, %s", what).isEqualTo(expected.spec());
        assertThat(actual.diagnostics()).as("diagnostics, %s", what).isEqualTo(expected.diagnostics());
        assertThat(actual.sourceMap().asMap())
                .as("source map, %s", what)
                .isEqualTo(expected.sourceMap().asMap());
        SourceDocument a = actual.document().orElseThrow();
        SourceDocument e = expected.document().orElseThrow();
        assertThat(a.text()).as("document text, %s", what).isEqualTo(e.text());
        assertThat(a.spec()).as("document spec, %s", what).isEqualTo(e.spec());
        assertThat(a.extents().asMap())
                .as("extents, %s", what)
                .isEqualTo(e.extents().asMap());
    }

    /**
     * A parser that reads texts over {@code aboveChars} characters in pieces of at least {@code chunkChars}:
     * the builder's setting for tests is package-private, so it is reached by reflection from this module.
     */
    private static MarkdownSpecParser chunking(int aboveChars, int chunkChars) {
        try {
            MarkdownSpecParser.Builder b = MarkdownSpecParser.builder();
            Method chunking = MarkdownSpecParser.Builder.class.getDeclaredMethod("chunking", int.class, int.class);
            chunking.setAccessible(true);
            chunking.invoke(b, aboveChars, chunkChars);
            return b.build();
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("MarkdownSpecParser.Builder.chunking(int, int) is gone", e);
        }
    }
}
