package dev.featurespec.parser.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.featurespec.model.AcceptanceScenario;
import dev.featurespec.model.Clarification;
import dev.featurespec.model.FeatureSpec;
import dev.featurespec.model.Priority;
import dev.featurespec.model.Requirement;
import dev.featurespec.model.SuccessCriterion;
import dev.featurespec.model.UserStory;
import dev.featurespec.model.diagnostic.Diagnostic;
import dev.featurespec.model.diagnostic.Rule;
import dev.featurespec.model.template.Languages;
import dev.featurespec.parser.ParseResult;
import dev.featurespec.testkit.GoldenCase;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A spec written from the template in words no language file gives is read by what its sections hold:
 * its stories, scenarios, requirements, criteria and Q/A come out as typed values, and each heading read
 * that way is reported once (FS019). Two inputs: {@code testdata/good/unknown-language-sw.md}, Swahili,
 * which no built-in language knows, and {@code testdata/good/lang-zh-TW.md} read with English only, the
 * case of a real Traditional Chinese spec before featurespec had words for it.
 */
class RecognitionTest {
    private static ParseResult read(String name, MarkdownSpecParser parser) throws IOException {
        return parser.parse(Files.readAllBytes(GoldenCase.root().resolve("good").resolve(name)));
    }

    private static List<String> byContent(ParseResult r) {
        return r.diagnostics().stream()
                .filter(d -> d.rule() == Rule.SECTION_READ_BY_CONTENT)
                .map(Diagnostic::toString)
                .toList();
    }

    @Test
    void aSwahiliSpecYieldsItsStoriesScenariosRequirementsCriteriaAndQuestions() throws IOException {
        ParseResult r = read("unknown-language-sw.md", MarkdownSpecParser.create());
        FeatureSpec spec = r.spec();

        assertThat(spec.userStories())
                .extracting(
                        UserStory::number, UserStory::title, s -> s.priority().orElseThrow())
                .containsExactly(
                        tuple(1, "Kuingia kwa barua pepe", Priority.of(1)),
                        tuple(2, "Kufunga akaunti", Priority.of(2)));
        // the story word is structure, as a known language's is: no label is kept
        assertThat(spec.userStories().get(0).label()).isEmpty();
        assertThat(spec.userStories().get(0).description()).contains("Mwanachama anaingia kwa barua pepe na nenosiri.");
        assertThat(spec.userStories().get(0).acceptanceScenarios())
                .extracting(
                        s -> s.given().orElseThrow(),
                        s -> s.when().orElseThrow(),
                        s -> s.then().orElseThrow())
                .containsExactly(
                        tuple(
                                "mwanachama amesajiliwa",
                                "anaingiza barua pepe na nenosiri sahihi",
                                "anaona ukurasa wa mwanachama"),
                        tuple("mwanachama amesajiliwa", "anaingiza nenosiri lisilo sahihi", "anaona ujumbe wa kosa"));
        assertThat(spec.userStories().get(1).acceptanceScenarios())
                .extracting(AcceptanceScenario::then)
                .containsExactly(Optional.of("akaunti inafungwa kwa dakika kumi na tano"));
        // labels in unknown words end the description and are kept, as written, in the story's notes
        assertThat(spec.userStories().get(0).notes())
                .contains("**Kwa nini kipaumbele hiki**: Bila kuingia, hakuna kipengele kingine kinachofanya kazi.\n\n"
                        + "**Jaribio huru**: Ingia kwa akaunti ya majaribio na uone ukurasa wa mwanachama.\n\n"
                        + "**Matukio ya kukubalika**:");

        assertThat(spec.functionalRequirements())
                .extracting(q -> q.id().orElseThrow(), Requirement::text)
                .containsExactly(
                        tuple("FR-001", "Mfumo LAZIMA umruhusu mwanachama kuingia kwa barua pepe na nenosiri."),
                        tuple("FR-002", "Mfumo LAZIMA ufunge akaunti baada ya majaribio matano yasiyo sahihi."));
        assertThat(spec.successCriteria())
                .extracting(c -> c.id().orElseThrow(), SuccessCriterion::text)
                .containsExactly(
                        tuple("SC-001", "Asilimia 95 ya wanachama wanaingia ndani ya sekunde 30."),
                        tuple("SC-002", "Majaribio yote ya kuvunja nenosiri yanazuiwa baada ya kosa la tano."));
        assertThat(spec.clarifications()).hasSize(1);
        assertThat(spec.clarifications().get(0).date()).isEqualTo("2025-11-06");
        assertThat(spec.clarifications().get(0).entries())
                .extracting(Clarification::question, Clarification::answer)
                .containsExactly(
                        tuple(
                                Optional.of("Akaunti ifungwe baada ya majaribio mangapi?"),
                                "Baada ya majaribio matano mfululizo"),
                        tuple(Optional.of("Je, \"nikumbuke\" inaruhusiwa?"), "Ndiyo, kwa siku thelathini"));
        // what nothing recognises stays an extra section, as for any unknown heading
        assertThat(spec.extraSections())
                .extracting(e -> e.heading().orElseThrow())
                .containsExactly("Hali za Pembeni", "Vyombo Muhimu");

        assertThat(r.diagnostics())
                .noneMatch(d -> d.rule() == Rule.MISSING_SECTION || d.rule() == Rule.UNKNOWN_SECTION);
        assertThat(byContent(r))
                .containsExactly(
                        "7:1: info: Heading 'Ufafanuzi' is in words no language gives; read as section"
                                + " 'Clarifications' by its content [FS019]",
                        "9:1: info: Heading 'Kikao 2025-11-06' is in words no language gives; read as clarification"
                                + " session 2025-11-06 by its content [FS019]",
                        "14:1: info: Heading 'Hali za Watumiaji na Majaribio *(lazima)*' is in words no language"
                                + " gives; read as section 'User Scenarios & Testing' by its content [FS019]",
                        "16:1: info: Heading 'Hadithi ya Mtumiaji 1 - Kuingia kwa barua pepe (Kipaumbel…' is in"
                                + " words no language gives; read as user story 1 by its content [FS019]",
                        "29:1: info: Heading 'Hadithi ya Mtumiaji 2 - Kufunga akaunti (Kipaumbele: P2)' is in words"
                                + " no language gives; read as user story 2 by its content [FS019]",
                        "41:1: info: Heading 'Mahitaji *(lazima)*' is in words no language gives; read as section"
                                + " 'Requirements' by its content [FS019]",
                        "43:1: info: Heading 'Mahitaji ya Kiutendaji' is in words no language gives; read as section"
                                + " 'Functional Requirements' by its content [FS019]",
                        "52:1: info: Heading 'Vigezo vya Mafanikio *(lazima)*' is in words no language gives; read as"
                                + " section 'Success Criteria' by its content [FS019]",
                        "54:1: info: Heading 'Matokeo Yanayopimika' is in words no language gives; read as section"
                                + " 'Measurable Outcomes' by its content [FS019]");
    }

    @Test
    void aTraditionalChineseSpecReadWithoutItsWordsYieldsWhatItsWordsGive() throws IOException {
        ParseResult withWords = read("lang-zh-TW.md", MarkdownSpecParser.create());
        ParseResult withoutWords = read(
                "lang-zh-TW.md",
                MarkdownSpecParser.builder()
                        .languages(List.of(Languages.english()))
                        .build());
        FeatureSpec known = withWords.spec();
        FeatureSpec shaped = withoutWords.spec();

        assertThat(byContent(withWords)).isEmpty();
        assertThat(known.language()).contains("zh-TW");
        assertThat(shaped.userStories())
                .extracting(
                        UserStory::number, UserStory::title, s -> s.priority().orElseThrow())
                .containsExactly(tuple(1, "以電子郵件登入", Priority.of(1)), tuple(2, "帳號鎖定", Priority.of(2)));
        for (int i = 0; i < 2; i++) {
            assertThat(shaped.userStories().get(i).acceptanceScenarios())
                    .extracting(AcceptanceScenario::given, AcceptanceScenario::when, AcceptanceScenario::then)
                    .isEqualTo(known.userStories().get(i).acceptanceScenarios().stream()
                            .map(s -> tuple(s.given(), s.when(), s.then()))
                            .toList());
        }
        assertThat(shaped.userStories().get(0).acceptanceScenarios().get(0).then())
                .contains("系統顯示會員首頁");
        assertThat(shaped.functionalRequirements()).isEqualTo(known.functionalRequirements());
        assertThat(shaped.functionalRequirements())
                .extracting(q -> q.id().orElseThrow())
                .containsExactly("FR-001", "FR-002", "FR-003");
        assertThat(shaped.successCriteria()).isEqualTo(known.successCriteria());
        assertThat(shaped.clarifications()).isEqualTo(known.clarifications());
        assertThat(shaped.clarifications().get(0).entries()).hasSize(2);
        assertThat(withoutWords.diagnostics())
                .noneMatch(d -> d.rule() == Rule.MISSING_SECTION)
                .filteredOn(d -> d.rule() == Rule.SECTION_READ_BY_CONTENT)
                .extracting(d -> d.range().orElseThrow().start().line())
                .containsExactly(8, 10, 15, 17, 32, 50, 52, 63, 65);
    }

    @Test
    void functionalRequirementsAtLevelTwoStandForRequirements() {
        // as in real specs that drop the ## Requirements level: ## 功能需求, ## Functional Requirements
        String spec = """
                # Feature Specification: Gate

                ## Functional Requirements

                - **FR-001**: System MUST open the gate.

                ## Measurable Outcomes

                - **SC-001**: The gate opens within 1 s.
                """;
        ParseResult r = MarkdownSpecParser.create().parse(spec);

        assertThat(r.spec().functionalRequirements()).hasSize(1);
        assertThat(r.spec().successCriteria()).hasSize(1);
        assertThat(r.diagnostics())
                .filteredOn(d -> d.rule() == Rule.MISSING_SECTION)
                .extracting(Diagnostic::toString)
                .containsExactly(
                        "1:1: error: Mandatory section 'User Scenarios & Testing' is missing (profile speckit) [FS003]");

        // one level down, under a heading the template does not name, it does not
        ParseResult nested =
                MarkdownSpecParser.create().parse(spec.replace("## Functional", "## Notes\n\n### Functional"));
        assertThat(nested.diagnostics())
                .filteredOn(d -> d.rule() == Rule.MISSING_SECTION)
                .extracting(Diagnostic::toString)
                .contains("1:1: error: Mandatory section 'Requirements' is missing (profile speckit) [FS003]");
    }

    @Test
    void onlyANumberedListWithThreeBoldWordsInEachItemIsReadAsScenariosByShape() {
        String spec = """
                # Feature Specification: Gate

                ## User Scenarios & Testing

                ### User Story 1 - Scan (Priority: P1)

                - **Kamera** inasoma, **tiketi** halali, **mlango** unafunguka

                1. **Ikiwa** tiketi halali, **Wakati** inasomwa, **Basi** mlango unafunguka
                2. **Ikiwa** tiketi si halali, **Wakati** inasomwa
                """;
        var story = MarkdownSpecParser.create().parse(spec).spec().userStories().get(0);

        // the bulleted list is no scenario list; the numbered one is not either, as its second item has two
        assertThat(story.acceptanceScenarios()).isEmpty();
        assertThat(story.notes().orElseThrow()).contains("- **Kamera**", "1. **Ikiwa**");

        var numbered = MarkdownSpecParser.create()
                .parse(spec.replace("2. **Ikiwa** tiketi si halali, **Wakati** inasomwa", ""))
                .spec()
                .userStories()
                .get(0);
        assertThat(numbered.acceptanceScenarios())
                .extracting(AcceptanceScenario::given, AcceptanceScenario::when, AcceptanceScenario::then)
                .containsExactly(
                        tuple(Optional.of("tiketi halali"), Optional.of("inasomwa"), Optional.of("mlango unafunguka")));
    }
}
