package dev.featurespec.writer.internal.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.featurespec.model.FeatureSpec;
import dev.featurespec.model.template.Language;
import dev.featurespec.model.template.Languages;
import dev.featurespec.model.template.Profiles;
import dev.featurespec.model.template.Term;
import dev.featurespec.parser.markdown.MarkdownSpecParser;
import dev.featurespec.testkit.SpecGenerator;
import dev.featurespec.writer.internal.layout.MarkdownStyle.BoldForm;
import dev.featurespec.writer.internal.layout.MarkdownStyle.Numbering;
import dev.featurespec.writer.internal.markdown.BlockWriter;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every style reads back as the same spec: a spec written with other bullets, bold forms, arrows,
 * numbering, loose lists, story headings or synonyms of the template's words parses back equal, so a
 * writer that renders an element in its author's style keeps the model.
 */
class StyleRoundTripTest {
    private static final MarkdownSpecParser PARSER = MarkdownSpecParser.create();
    private static final List<String> LANGUAGES = Languages.builtIn().stream()
            .map(Language::code)
            .filter(c -> !c.equals("en"))
            .toList();
    /** Generated specs per style; {@code -Dfeaturespec.laws.seeds=N} runs more. */
    private static final int SEEDS = Math.max(1, Integer.getInteger("featurespec.laws.seeds", 3000) / 30);

    private static final Map<String, UnaryOperator<MarkdownStyle>> STYLES = Map.ofEntries(
            Map.entry("star bullets", s -> s.toBuilder().bullet('*').build()),
            Map.entry("plus bullets", s -> s.toBuilder().bullet('+').build()),
            Map.entry(
                    "ids **FR-001:**",
                    s -> s.toBuilder().idForm(BoldForm.STARS_COLON_INSIDE).build()),
            Map.entry(
                    "ids __FR-001__:",
                    s -> s.toBuilder().idForm(BoldForm.UNDERSCORES).build()),
            Map.entry(
                    "labels **Label:**",
                    s -> s.toBuilder().labelForm(BoldForm.STARS_COLON_INSIDE).build()),
            Map.entry(
                    "labels __Label__:",
                    s -> s.toBuilder().labelForm(BoldForm.UNDERSCORES).build()),
            Map.entry("arrow ->", s -> s.toBuilder().arrow("->").build()),
            Map.entry(
                    "scenarios all 1)",
                    s -> s.toBuilder().numbering(new Numbering(1, false, ')')).build()),
            Map.entry("loose lists", s -> s.toBuilder().looseItems(true).build()),
            Map.entry(
                    "story heading with a colon and no rule",
                    s -> s.toBuilder().storyHeading(": ", false).build()),
            Map.entry("last synonyms", StyleRoundTripTest::lastSynonyms));

    static Stream<Arguments> cases() {
        return STYLES.keySet().stream()
                .sorted()
                .flatMap(name -> LongStream.range(0, SEEDS).mapToObj(seed -> Arguments.of(name, seed)));
    }

    @ParameterizedTest(name = "{0}, seed {1}")
    @MethodSource("cases")
    void readsASpecWrittenInTheStyleBackEqual(String style, long seed) {
        FeatureSpec spec = new SpecGenerator(seed).languages(LANGUAGES).next();
        Language language = spec.language().flatMap(Languages::forCode).orElseGet(Languages::english);
        StringBuilder md = new StringBuilder();
        new TemplateLayout(
                        Profiles.forSpec(spec),
                        STYLES.get(style).apply(MarkdownStyle.canonical(language)),
                        false,
                        false)
                .write(spec, new BlockWriter(md, "\n"));

        // the style's words are the author's: they read back as the spec's presentation, nothing else
        assertThat(PARSER.parse(md.toString()).spec().withoutPresentation())
                .as("%s, seed %d:%n%s", style, seed, md)
                .isEqualTo(spec);
    }

    /**
     * The style with the last synonym its language gives for each heading, label and metadata name (not
     * the story word: a story label other than the canonical one is kept in the model).
     */
    private static MarkdownStyle lastSynonyms(MarkdownStyle style) {
        MarkdownStyle.Builder s = style.toBuilder();
        for (Term t : Term.values()) {
            List<String> words = style.language().words(t);
            boolean structural =
                    t.kind() == Term.Kind.HEADING || t.kind() == Term.Kind.LABEL || t.kind() == Term.Kind.METADATA;
            if (structural && words.size() > 1) {
                s.word(t, words.get(words.size() - 1));
            }
        }
        return s.build();
    }
}
