package dev.featurespec.writer.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.featurespec.model.AcceptanceScenario;
import dev.featurespec.model.ExtraSection;
import dev.featurespec.model.FeatureSpec;
import dev.featurespec.model.Statement;
import dev.featurespec.model.UserStory;
import dev.featurespec.testkit.SpecGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Writer-only properties over generated specs: the writer places every text verbatim. */
class GeneratedSpecsTest {
    private static final MarkdownSpecWriter WRITER = MarkdownSpecWriter.create();

    static LongStream seeds() {
        return LongStream.range(0, 500);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void writesEveryGeneratedTextVerbatimAndEscapesNothing(long seed) {
        FeatureSpec spec = new SpecGenerator(seed).next();

        String md = WRITER.write(spec);

        // generated texts are canonical-safe, so the writer never needs a backslash
        assertThat(md).doesNotContain("\\");
        for (String text : singleLineTexts(spec)) {
            assertThat(md).contains(text);
        }
    }

    @Test
    void generatesTheSameSpecsForTheSameSeed() {
        SpecGenerator a = new SpecGenerator(99).size(6);
        SpecGenerator b = new SpecGenerator(99).size(6);

        for (int i = 0; i < 20; i++) {
            assertThat(a.next()).isEqualTo(b.next());
        }
    }

    @Test
    void generatesLargerSpecsForALargerSize() {
        int small = 0;
        int large = 0;
        for (long seed = 0; seed < 50; seed++) {
            small += WRITER.write(new SpecGenerator(seed).size(2).next()).length();
            large += WRITER.write(new SpecGenerator(seed).size(20).next()).length();
        }

        assertThat(large).isGreaterThan(small * 4);
    }

    @Test
    void coversEveryFieldOverAThousandSpecs() {
        List<FeatureSpec> specs = new ArrayList<>();
        SpecGenerator generator = new SpecGenerator(1);
        for (int i = 0; i < 1000; i++) {
            specs.add(generator.next());
        }

        assertCovered(specs, s -> s.title().isEmpty(), "empty title");
        assertCovered(specs, s -> s.frontMatter().isPresent(), "front matter");
        assertCovered(specs, s -> !s.metadata().other().isEmpty(), "other metadata");
        assertCovered(specs, s -> s.metadata().isEmpty(), "no metadata");
        assertCovered(
                specs, s -> s.userStories().stream().anyMatch(st -> st.suffix().isPresent()), "story suffix");
        assertCovered(
                specs,
                s -> s.userStories().stream().anyMatch(st -> st.priority().isEmpty()),
                "no priority");
        assertCovered(
                specs, s -> s.userStories().stream().anyMatch(st -> st.notes().isPresent()), "story notes");
        assertCovered(
                specs,
                s -> s.userStories().stream()
                        .anyMatch(st -> st.description().orElse("").contains("\n\n")),
                "two-paragraph description");
        assertCovered(specs, s -> !s.edgeCases().isEmpty(), "edge cases");
        assertCovered(
                specs,
                s -> s.functionalRequirements().stream().anyMatch(r -> r.label().isPresent()),
                "FR label");
        assertCovered(specs, s -> s.functionalRequirements().stream().anyMatch(r -> r.id().isEmpty()), "FR without id");
        assertCovered(
                specs,
                s -> s.functionalRequirements().stream()
                        .anyMatch(r -> !r.attributes().isEmpty()),
                "FR table");
        assertCovered(
                specs,
                s -> s.successCriteria().stream().anyMatch(c -> !c.attributes().isEmpty()),
                "SC table");
        assertCovered(
                specs,
                s -> s.functionalRequirements().stream()
                        .anyMatch(r -> r.attributes().containsKey("group")),
                "FR group");
        assertCovered(
                specs,
                s -> s.successCriteria().stream().anyMatch(c -> c.attributes().containsKey("group")),
                "SC group");
        assertCovered(
                specs,
                s -> s.keyEntities().stream().anyMatch(e -> e.description().isEmpty()),
                "bare entity");
        assertCovered(specs, s -> s.apiContract().isPresent(), "API contract");
        assertCovered(
                specs,
                s -> s.securityImpact().map(x -> x.statements().isEmpty()).orElse(false),
                "empty security section");
        assertCovered(
                specs,
                s -> s.observability().stream()
                        .flatMap(o -> o.statements().stream())
                        .anyMatch(st -> st.children().stream()
                                .anyMatch(c -> !c.children().isEmpty())),
                "statements three deep");
        assertCovered(specs, s -> !s.assumptions().isEmpty(), "assumptions");
        assertCovered(
                specs, s -> s.clarifications().stream().anyMatch(c -> c.topic().isPresent()), "clarification topic");
        assertCovered(
                specs,
                s -> s.clarifications().stream()
                        .flatMap(c -> c.entries().stream())
                        .anyMatch(e -> e.answerLabel().isPresent()),
                "answer label");
        assertCovered(
                specs,
                s -> s.clarifications().stream()
                        .flatMap(c -> c.entries().stream())
                        .anyMatch(e -> e.question().isEmpty()),
                "answer-only entry");
        assertCovered(
                specs, s -> s.extraSections().stream().anyMatch(e -> e.heading().isEmpty()), "loose extra");
        assertCovered(
                specs, s -> s.extraSections().stream().anyMatch(e -> e.heading().isPresent()), "headed extra");
        assertCovered(specs, s -> allTexts(s).stream().anyMatch(t -> t.contains("[NEEDS CLARIFICATION:")), "marker");
        assertCovered(specs, s -> allTexts(s).stream().anyMatch(t -> t.contains("&")), "ampersand");
        assertCovered(specs, s -> allTexts(s).stream().anyMatch(t -> t.contains("`")), "code span");
        assertCovered(specs, s -> allTexts(s).stream().anyMatch(t -> t.contains("*emphasis*")), "emphasis");
        assertCovered(specs, s -> allTexts(s).stream().anyMatch(t -> t.contains("\n")), "multi-line text");
        assertCovered(specs, s -> allTexts(s).stream().anyMatch(t -> t.contains("日本語")), "unicode");
    }

    @Test
    void picksLanguagesFromTheGivenCodes() {
        SpecGenerator generator = new SpecGenerator(3).languages(List.of("ja", "de"));
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            generator.next().language().ifPresent(seen::add);
        }

        assertThat(seen).contains("ja", "de").allMatch(c -> c.equals("ja") || c.equals("de"));
    }

    private static void assertCovered(List<FeatureSpec> specs, Predicate<FeatureSpec> has, String what) {
        assertThat(specs.stream().anyMatch(has)).as(what).isTrue();
    }

    /** Texts the writer places on one line after a fixed prefix, so they appear verbatim. */
    private static List<String> singleLineTexts(FeatureSpec spec) {
        return allTexts(spec).stream().filter(t -> !t.contains("\n")).toList();
    }

    private static List<String> allTexts(FeatureSpec spec) {
        List<String> out = new ArrayList<>();
        out.add(spec.title());
        spec.metadata().input().ifPresent(out::add);
        out.addAll(spec.metadata().other().values());
        for (UserStory s : spec.userStories()) {
            out.add(s.title());
            s.description().ifPresent(out::add);
            s.whyThisPriority().ifPresent(out::add);
            s.independentTest().ifPresent(out::add);
            s.notes().ifPresent(out::add);
            s.acceptanceScenarios().stream().map(AcceptanceScenario::text).forEach(out::add);
        }
        out.addAll(spec.edgeCases());
        spec.functionalRequirements().forEach(r -> out.add(r.text()));
        spec.keyEntities().forEach(e -> out.add(e.description()));
        spec.successCriteria().forEach(c -> out.add(c.text()));
        List<Statement> statements = new ArrayList<>();
        spec.apiContract().ifPresent(x -> statements.addAll(x.statements()));
        spec.configurationImpact().ifPresent(x -> statements.addAll(x.statements()));
        spec.securityImpact().ifPresent(x -> statements.addAll(x.statements()));
        spec.observability().ifPresent(x -> statements.addAll(x.statements()));
        for (int i = 0; i < statements.size(); i++) {
            out.add(statements.get(i).text());
            statements.addAll(statements.get(i).children());
        }
        out.addAll(spec.assumptions());
        spec.clarifications()
                .forEach(c -> c.entries().forEach(e -> {
                    out.add(e.answer());
                    e.question().ifPresent(out::add);
                }));
        spec.extraSections().stream().map(ExtraSection::markdown).forEach(out::add);
        return out;
    }
}
