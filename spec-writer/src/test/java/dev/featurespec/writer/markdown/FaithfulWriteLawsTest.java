package dev.featurespec.writer.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.featurespec.model.FeatureSpec;
import dev.featurespec.model.Presentation;
import dev.featurespec.model.diagnostic.SourceDocument;
import dev.featurespec.model.diagnostic.SourceRange;
import dev.featurespec.model.template.Language;
import dev.featurespec.model.template.Languages;
import dev.featurespec.model.template.TemplateSection;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * changes no more lines than its budget; seeded random edits, patched in place, written per section or
 * written whole, read back as exactly the edited spec (or, where a section is written canonically, as
 * the canonical writer's output reads back), and few are written whole. On
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
            FeatureSpec back = PARSER.parse(out).spec();
            softly.assertThat(back)
                    .as("%s %s reads back", name, edit)
                    .isEqualTo(withWordsStillUsed(edited.get(), back));
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
    void randomEditsReadBackAsTheEditedSpec(Path file) throws IOException {
        String name = file.getFileName().toString();
        randomEdits(read(file), name.hashCode(), DOCUMENTS, name);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void randomEditsOfAGeneratedSpecReadBackAsTheEditedSpec(long seed) {
        randomEdits(WRITER.write(new SpecGenerator(seed).languages(LANGUAGES).next()), seed, GENERATED, "seed " + seed);
    }

    /**
     * Writes seeded random edits of {@code text} onto it: each result, patched, written per section or
     * written whole, reads back as exactly the edited spec; each is counted in {@code tally} by how it was
     * written.
     */
    private static void randomEdits(String text, long seed, Tally tally, String name) {
        SourceDocument doc = document(text);
        for (int i = 0; i < EDITS; i++) {
            FeatureSpec edited = new SpecEdits(seed * 31 + i).apply(doc.spec()).after();
            Optional<FaithfulWriter.Written> written = FaithfulWriter.write(doc, edited);
            String out;
            if (written.isPresent()) {
                tally.count(written.get().placement().name());
                out = written.get().text();
            } else {
                tally.whole(name + " " + i + ": "
                        + FaithfulWriter.whyNot(doc, edited).orElseThrow());
                out = WRITER.writeOnto(doc, edited);
            }
            FeatureSpec back = PARSER.parse(out).spec();
            String what = name + " edit " + i + " ("
                    + written.map(w -> w.placement().name()).orElse("WHOLE") + "):\n" + out;
            if (written.isPresent()) {
                headingsStay(doc, out, what);
            }
            if (written.isPresent() && written.get().placement() == FaithfulWriter.Placement.REORDERED) {
                // a new extra section went by its anchor: the same extra sections, read in the order they stand
                assertThat(back.extraSections()).as(what).containsExactlyInAnyOrderElementsOf(edited.extraSections());
                assertThat(back.toBuilder()
                                .extraSections(edited.extraSections())
                                .build())
                        .as(what)
                        .isEqualTo(withWordsStillUsed(edited, back));
            } else if (written.isPresent() && written.get().placement() != FaithfulWriter.Placement.PER_SECTION) {
                assertThat(back).as(what).isEqualTo(withWordsStillUsed(edited, back));
            } else if (!back.withoutPresentation().equals(edited.withoutPresentation())) {
                // a section written again is written with the template's headings, so only the content is
                // held to the edited spec (the headings the author wrote elsewhere stay as they were); and
                // it reads back as the canonical writer's output does: an edit the canonical writer cannot
                // express either (an empty table cell that was no attribute, a section removed under the
                // extra content anchored to it) reads back as it does there
                tally.canonical(name + " " + i);
                assertThat(back.withoutPresentation())
                        .as(what)
                        .isEqualTo(PARSER.parse(WRITER.write(edited)).spec().withoutPresentation());
            }
        }
    }

    /**
     * Each section of the base that {@code out} still has stands under its author's heading line, byte for
     * byte, even when it was written again: only its body is rewritten. Only a heading in words no built-in
     * language gives (read by what its section holds) may take the template's words, when a sub-section
     * new under it would otherwise make it read as something else.
     */
    private static void headingsStay(SourceDocument base, String out, String what) {
        SourceDocument written = document(out);
        List<String> before = List.of(base.text().split("\r\n|\r|\n", -1));
        List<String> after = List.of(out.split("\r\n|\r|\n", -1));
        for (TemplateSection s : TemplateSection.values()) {
            String key = SourceDocument.sectionKey(s);
            Optional<SourceRange> was = base.extents().get(key);
            Optional<SourceRange> is = written.extents().get(key);
            if (was.isPresent() && is.isPresent() && knownWords(base.spec(), s)) {
                assertThat(after.get(is.get().start().line() - 1))
                        .as("heading of %s in %s", s.key(), what)
                        .isEqualTo(before.get(was.get().start().line() - 1));
            }
        }
    }

    /** True when {@code spec}'s heading of {@code s} holds words a built-in language gives for it. */
    private static boolean knownWords(FeatureSpec spec, TemplateSection s) {
        for (Presentation.Heading h : spec.presentation().headings()) {
            if (h.section() == s && !h.headless()) {
                String text = h.text().toLowerCase(java.util.Locale.ROOT);
                return Languages.builtIn().stream()
                        .flatMap(l -> l.words(s.heading()).stream())
                        .anyMatch(w -> text.contains(w.toLowerCase(java.util.Locale.ROOT)));
            }
        }
        return true; // the canonical heading
    }

    /**
     * {@code edited} without the author's words {@code back} no longer records: an edit that removes the
     * last element written with a word (the only table, the last story label) takes the word with it.
     * Every word {@code back} records must still be {@code edited}'s.
     */
    private static FeatureSpec withWordsStillUsed(FeatureSpec edited, FeatureSpec back) {
        Map<String, String> words = new LinkedHashMap<>(edited.presentation().words());
        words.keySet().retainAll(back.presentation().words().keySet());
        return edited.toBuilder()
                .presentation(new Presentation(edited.presentation().headings(), words))
                .build();
    }

    /** How many random edits were written each way, and which were written whole. */
    private static final class Tally {
        private final java.util.Map<String, AtomicInteger> counts = new java.util.concurrent.ConcurrentHashMap<>();
        private final java.util.Map<String, AtomicInteger> whole = new java.util.concurrent.ConcurrentSkipListMap<>();
        private final java.util.Set<String> canonical = new java.util.concurrent.ConcurrentSkipListSet<>();

        void count(String placement) {
            counts.computeIfAbsent(placement, k -> new AtomicInteger()).incrementAndGet();
        }

        void canonical(String what) {
            count("AS_CANONICAL");
            canonical.add(what);
        }

        void whole(String what) {
            count("WHOLE");
            whole.computeIfAbsent(what, k -> new AtomicInteger()).incrementAndGet();
        }

        int get(String placement) {
            AtomicInteger n = counts.get(placement);
            return n == null ? 0 : n.get();
        }

        @Override
        public String toString() {
            return "placed " + get("PLACED") + ", placed with extra sections reordered " + get("REORDERED")
                    + ", per section " + get("PER_SECTION") + ", whole " + get("WHOLE")
                    + ", unchanged " + get("UNCHANGED") + "; " + get("AS_CANONICAL")
                    + " read back as the canonical writer's output does, not as edited";
        }
    }

    private static final Tally DOCUMENTS = new Tally();
    private static final Tally GENERATED = new Tally();

    @AfterAll
    static void randomEditsAreWrittenInPlaceOrPerSection() {
        System.out.println("random edits of the golden cases and corpus: " + DOCUMENTS + "; written whole: "
                + DOCUMENTS.whole + "; read back as canonical: " + DOCUMENTS.canonical);
        System.out.println("random edits of generated specs: " + GENERATED + "; written whole: " + GENERATED.whole);
        if (EDITS != 3) {
            return; // the counts below are those of the default run
        }
        // measured 2026-11-30 (see docs/format.md): none is written whole; a change that writes one whole fails
        // here, and the line above lists it by document, edit and reason
        assertThat(DOCUMENTS.get("WHOLE"))
                .as("golden cases and corpus written whole: %s", DOCUMENTS)
                .isZero();
        if (SEEDS == 300) {
            assertThat(GENERATED.get("WHOLE"))
                    .as("generated specs written whole: %s", GENERATED)
                    .isZero();
        }
    }
}
