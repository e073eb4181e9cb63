package dev.featurespec.writer.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.featurespec.model.FeatureSpec;
import dev.featurespec.model.diagnostic.SourceDocument;
import dev.featurespec.model.template.Language;
import dev.featurespec.model.template.Languages;
import dev.featurespec.parser.markdown.MarkdownSpecParser;
import dev.featurespec.testkit.Corpus;
import dev.featurespec.testkit.GoldenCase;
import dev.featurespec.testkit.LineDiff;
import dev.featurespec.testkit.SpecEdits;
import dev.featurespec.testkit.SpecGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The laws of {@link MarkdownSpecWriter#writeOnto}: a spec written onto the text it was read from gives
 * that text back byte for byte; each edit of the budget table reads back as exactly the edited spec and
 * changes no more lines than its budget; seeded random edits read back as exactly the edited spec. On
 * every golden case, every corpus spec (specs, feature folders, revisions) and generated specs.
 */
class FaithfulWriteLawsTest {
    private static final MarkdownSpecWriter WRITER = MarkdownSpecWriter.create();
    private static final MarkdownSpecParser PARSER = MarkdownSpecParser.create();
    private static final List<String> LANGUAGES = Languages.builtIn().stream()
            .map(Language::code)
            .filter(c -> !c.equals("en"))
            .toList();
    /** Generated specs per law; {@code -Dfeaturespec.laws.seeds=N} runs more. */
    private static final int SEEDS = Integer.getInteger("featurespec.laws.seeds", 300);
    /** Random edits per document; {@code -Dfeaturespec.faithful.edits=N} runs more. */
    private static final int EDITS = Integer.getInteger("featurespec.faithful.edits", 3);

    /** Every Markdown document the laws run on: golden inputs and the whole corpus. */
    static Stream<Path> documents() {
        List<Path> out = new ArrayList<>();
        GoldenCase.goodCases().forEach(c -> out.add(c.input()));
        GoldenCase.badCases().stream().filter(c -> c.extension().equals("md")).forEach(c -> out.add(c.input()));
        out.addAll(corpus());
        return out.stream();
    }

    /** The corpus specs, feature-folder specs and revisions; none when the corpus is absent. */
    static List<Path> corpus() {
        List<Path> out = new ArrayList<>(Corpus.specs());
        Corpus.folders().stream()
                .map(f -> f.resolve("spec.md"))
                .filter(Files::isRegularFile)
                .forEach(out::add);
        Corpus.dir()
                .map(d -> d.resolve("speckit-revisions"))
                .filter(Files::isDirectory)
                .ifPresent(d -> {
                    try (Stream<Path> files = Files.list(d)) {
                        files.filter(p -> p.toString().endsWith(".md")).sorted().forEach(out::add);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
        return out;
    }

    static LongStream seeds() {
        return LongStream.range(0, SEEDS);
    }

    private static SourceDocument document(String text) {
        return PARSER.parse(text).document().orElseThrow();
    }

    private static String read(Path file) throws IOException {
        // bytes as UTF-8 text, a byte order mark kept
        return new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void theCorpusIsThereAndWhole() {
        List<Path> corpus = corpus();
        if (Corpus.dir().isPresent()) {
            // 84 specs, 42 feature folders, 48 revisions (old and new): no file is left out
            assertThat(corpus).hasSize(84 + 42 + 96);
        }
    }

    @ParameterizedTest
    @MethodSource("documents")
    void writingTheUneditedSpecGivesTheSameBytes(Path file) throws IOException {
        String text = read(file);
        SourceDocument doc = document(text);

        assertThat(WRITER.writeOnto(doc, PARSER.parse(text).spec())).isEqualTo(text);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void writingAGeneratedSpecOntoItsTextGivesTheSameBytes(long seed) {
        String text = WRITER.write(new SpecGenerator(seed).languages(LANGUAGES).next());

        assertThat(WRITER.writeOnto(document(text), PARSER.parse(text).spec())).isEqualTo(text);
    }

    @ParameterizedTest
    @MethodSource("documents")
    void eachTableEditReadsBackAndStaysInItsBudget(Path file) throws IOException {
        tableEdits(read(file), file.getFileName().toString());
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void eachTableEditOfAGeneratedSpecReadsBackAndStaysInItsBudget(long seed) {
        tableEdits(WRITER.write(new SpecGenerator(seed).languages(LANGUAGES).next()), "seed " + seed);
    }

    private static void tableEdits(String text, String name) {
        SourceDocument doc = document(text);
        SoftAssertions softly = new SoftAssertions();
        for (TableEdit edit : TableEdit.values()) {
            Optional<FeatureSpec> edited = edit.apply(doc);
            if (edited.isEmpty()) {
                continue;
            }
            String out = WRITER.writeOnto(doc, edited.get());
            LineDiff diff = LineDiff.of(text, out);
            softly.assertThat(PARSER.parse(out).spec())
                    .as("%s %s reads back", name, edit)
                    .isEqualTo(edited.get());
            softly.assertThat(diff.removed())
                    .as("%s %s lines removed", name, edit)
                    .isLessThanOrEqualTo(Math.max(edit.removed, ownLines(doc, edit) + 1));
            softly.assertThat(diff.added()).as("%s %s lines added", name, edit).isLessThanOrEqualTo(edit.added);
        }
        softly.assertAll();
    }

    /** The lines of the element {@code edit} removes, if any. */
    private static int ownLines(SourceDocument doc, TableEdit edit) {
        if (edit != TableEdit.LAST_SC_REMOVED) {
            return 0;
        }
        int last = doc.spec().successCriteria().size() - 1;
        return doc.extents()
                .get("/successCriteria/" + last)
                .map(r -> r.end().line() - r.start().line() + 1)
                .orElse(0);
    }

    @ParameterizedTest
    @MethodSource("documents")
    @org.junit.jupiter.api.Disabled("WIP")
    void randomEditsReadBackAsTheEditedSpec(Path file) throws IOException {
        randomEdits(read(file), file.getFileName().toString().hashCode());
    }

    @ParameterizedTest
    @MethodSource("seeds")
    @org.junit.jupiter.api.Disabled("WIP")
    void randomEditsOfAGeneratedSpecReadBackAsTheEditedSpec(long seed) {
        randomEdits(WRITER.write(new SpecGenerator(seed).languages(LANGUAGES).next()), seed);
    }

    private static void randomEdits(String text, long seed) {
        SourceDocument doc = document(text);
        for (int i = 0; i < EDITS; i++) {
            FeatureSpec edited = new SpecEdits(seed * 31 + i).apply(doc.spec()).after();
            String out = WRITER.writeOnto(doc, edited);

            assertThat(PARSER.parse(out).spec()).as("edit %d:%n%s", i, out).isEqualTo(edited);
        }
    }
}
