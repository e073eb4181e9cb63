package dev.featurespec.parser.internal.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.featurespec.model.Priority;
import dev.featurespec.model.template.Languages;
import dev.featurespec.model.template.Profile;
import dev.featurespec.model.template.ProfileSection;
import dev.featurespec.model.template.TemplateSection;
import dev.featurespec.model.template.internal.Vocabulary;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The heading classifier on its own: heading text and level in, kind out, nothing else touched. */
class HeadingClassifierTest {
    private static final HeadingClassifier CLASSIFIER =
            new HeadingClassifier(new Vocabulary(Languages.builtIn(), null));

    private static HeadingKind classify(String text) {
        return CLASSIFIER.classify(text, 3);
    }

    @Test
    void levelOneIsTheTitleWithoutItsPrefix() {
        assertThat(CLASSIFIER.classify("Feature Specification: Checkout", 1))
                .isEqualTo(new HeadingKind.Title("Checkout", "en", "Feature Specification"));
        assertThat(CLASSIFIER.classify("Especificação de Funcionalidade: Pagamento", 1))
                .isEqualTo(new HeadingKind.Title("Pagamento", "pt", "Especificação de Funcionalidade"));
    }

    @Test
    void titleWithoutAKnownPrefixIsKeptWhole() {
        assertThat(CLASSIFIER.classify("Checkout: the new flow", 1))
                .isEqualTo(new HeadingKind.Title("Checkout: the new flow", null, null));
        assertThat(CLASSIFIER.classify("User Story 1 - Pay", 1))
                .isEqualTo(new HeadingKind.Title("User Story 1 - Pay", null, null));
    }

    @Test
    void sectionHeadingsWithMarkersNumbersAndOtherLanguages() {
        assertThat(classify("Functional Requirements"))
                .isEqualTo(new HeadingKind.KnownSection(TemplateSection.FUNCTIONAL_REQUIREMENTS, "en"));
        assertThat(classify("Key Entities *(include if feature involves data)*"))
                .isEqualTo(new HeadingKind.KnownSection(TemplateSection.KEY_ENTITIES, "en"));
        assertThat(classify("User Scenarios & Testing *(mandatory)*"))
                .isEqualTo(new HeadingKind.KnownSection(TemplateSection.USER_SCENARIOS, "en"));
        assertThat(classify("3. Success Criteria"))
                .isEqualTo(new HeadingKind.KnownSection(TemplateSection.SUCCESS_CRITERIA, "en"));
        assertThat(classify("Casos Extremos"))
                .isEqualTo(new HeadingKind.KnownSection(TemplateSection.EDGE_CASES, "pt"));
    }

    @Test
    void aProfileHeadingIsASectionOfNoLanguage() {
        Profile profile = new Profile(
                "team",
                "a team's own heading words",
                List.of(ProfileSection.of(TemplateSection.ASSUMPTIONS, false, null)),
                Map.of(TemplateSection.ASSUMPTIONS, List.of("Premises")));
        HeadingClassifier classifier = new HeadingClassifier(new Vocabulary(Languages.builtIn(), profile));
        assertThat(classifier.classify("Premises", 2))
                .isEqualTo(new HeadingKind.KnownSection(TemplateSection.ASSUMPTIONS, ""));
    }

    @Test
    void storyHeadingWithPriorityAndSuffix() {
        assertThat(classify("User Story 2 - Pay by card (Priority: P1) 🎯 MVP"))
                .isEqualTo(new HeadingKind.Story(
                        2, "User Story 2", "Pay by card", Priority.of(1), "🎯 MVP", null, "en", "Priority"));
    }

    @Test
    void storyHeadingVariants() {
        assertThat(classify("US-003: Refunds (P2)"))
                .isEqualTo(new HeadingKind.Story(3, "US-003", "Refunds", Priority.of(2), null, null, "en", null));
        assertThat(classify("User Story 4 - Exports"))
                .isEqualTo(new HeadingKind.Story(4, "User Story 4", "Exports", null, null, null, "en", null));
        assertThat(classify("História de Usuário 1 - Pagar (Prioridade: P3)"))
                .isEqualTo(new HeadingKind.Story(
                        1, "História de Usuário 1", "Pagar", Priority.of(3), null, null, "pt", "Prioridade"));
        assertThat(classify("用户故事 1 - 支付（优先级：P1）"))
                .isEqualTo(new HeadingKind.Story(1, "用户故事 1", "支付", Priority.of(1), null, null, "zh", "优先级"));
    }

    @Test
    void struckStoryKeepsItsStrikeInTheTitle() {
        assertThat(classify("~~User Story 5 - Old flow (Priority: P3)~~"))
                .isEqualTo(new HeadingKind.Story(
                        5, "User Story 5", "~~Old flow~~", Priority.of(3), null, null, "en", "Priority"));
    }

    @Test
    void invalidPriorityIsGivenBackAsWrittenAndStaysInTheTitle() {
        assertThat(classify("User Story 1 - Pay (Priority: High)"))
                .isEqualTo(new HeadingKind.Story(
                        1, "User Story 1", "Pay (Priority: High)", null, null, "High", "en", null));
    }

    @Test
    void sessionHeadingWithDateAndTopic() {
        assertThat(classify("Session 2025-10-01 (pricing)"))
                .isEqualTo(new HeadingKind.Session("2025-10-01", "pricing", "en", "Session"));
        assertThat(classify("Session 2025-10-01 - pricing"))
                .isEqualTo(new HeadingKind.Session("2025-10-01", "pricing", "en", "Session"));
        assertThat(classify("Sessão 2025-10-01"))
                .isEqualTo(new HeadingKind.Session("2025-10-01", null, "pt", "Sessão"));
        assertThat(classify("Session 2025-10")).isEqualTo(new HeadingKind.Session("2025-10", null, "en", "Session"));
    }

    @Test
    void wordsAreGivenBackAsWritten() {
        assertThat(CLASSIFIER.classify("feature spec：Checkout", 1))
                .isEqualTo(new HeadingKind.Title("Checkout", "en", "feature spec"));
        assertThat(((HeadingKind.Story) classify("User Story 1 - Pay (priority P2)")).priorityWord())
                .isEqualTo("priority");
        assertThat(((HeadingKind.Story) classify("用户故事 1 - 支付 (Priority: P1)")).priorityWord())
                .isEqualTo("Priority");
        assertThat(classify("SESSION: 2025-10-01"))
                .isEqualTo(new HeadingKind.Session("2025-10-01", null, "en", "SESSION"));
    }

    @Test
    void sessionWordAloneAndSessionWordBeforeWords() {
        assertThat(classify("Session")).isEqualTo(new HeadingKind.SessionWord("en"));
        assertThat(classify("Session notes")).isEqualTo(new HeadingKind.Unknown());
    }

    @Test
    void templateStoryHeadingsCarryWhatTheyAreOtherwise() {
        assertThat(classify("Primary User Story"))
                .isEqualTo(new HeadingKind.PrimaryStory("en", new HeadingKind.Unknown()));
        assertThat(classify("Acceptance Scenarios"))
                .isEqualTo(new HeadingKind.AcceptanceScenarios("en", new HeadingKind.Unknown()));
    }

    @Test
    void requirementHeading() {
        assertThat(classify("FR-001: Export as CSV"))
                .isEqualTo(new HeadingKind.RequirementHeading("FR-001", "Export as CSV"));
        assertThat(classify("FR-002")).isEqualTo(new HeadingKind.RequirementHeading("FR-002", ""));
        assertThat(classify("FR-001a - Import")).isEqualTo(new HeadingKind.RequirementHeading("FR-001a", "Import"));
        assertThat(classify("FR-001ab")).isEqualTo(new HeadingKind.Unknown());
    }

    @Test
    void unknownHeadingsAreNotKnown() {
        HeadingKind unknown = classify("Open Questions");
        assertThat(unknown).isEqualTo(new HeadingKind.Unknown());
        assertThat(unknown.known()).isFalse();
        assertThat(unknown.language()).isNull();
        assertThat(classify("Casos Extremos").language()).isEqualTo("pt");
        assertThat(classify("FR-003: Audit").known()).isFalse();
        assertThat(classify("Session 2025-10-01").known()).isTrue();
        assertThat(classify("Primary User Story").known()).isTrue();
    }

    @Test
    void levelDoesNotChangeTheKindBelowTheTitle() {
        for (int level = 2; level <= 6; level++) {
            assertThat(CLASSIFIER.classify("Assumptions", level))
                    .isEqualTo(new HeadingKind.KnownSection(TemplateSection.ASSUMPTIONS, "en"));
        }
    }

    @Test
    void aStoryInWordsNoLanguageGivesIsToldByItsShape() {
        assertThat(CLASSIFIER.storyByShape("Hadithi ya Mtumiaji 2 - Kulipa kwa kadi (Kipaumbele: P1) 🎯 MVP"))
                .isEqualTo(
                        new HeadingKind.Story(2, null, "Kulipa kwa kadi", Priority.of(1), "🎯 MVP", null, null, null));
        assertThat(CLASSIFIER.storyByShape("Opowieść 3: Logowanie (Ważność：P2)"))
                .isEqualTo(new HeadingKind.Story(3, null, "Logowanie", Priority.of(2), null, null, null, null));
        // the shape needs words, a number, a separator and a priority in parentheses
        assertThat(CLASSIFIER.storyByShape("Phase 1 - Setup")).isNull();
        assertThat(CLASSIFIER.storyByShape("Phase 1 - Setup (owner: team)")).isNull();
        assertThat(CLASSIFIER.storyByShape("2025 - Roadmap (Priority: P1)")).isNull();
        assertThat(CLASSIFIER.storyByShape("Story 1 (Priority: P1)")).isNull();
        assertThat(CLASSIFIER.storyByShape("Story 1 - " + "x".repeat(500) + " (Priority: P1)"))
                .isNull();
    }

    @Test
    void aSessionInWordsNoLanguageGivesIsWordsThenADate() {
        assertThat(CLASSIFIER.sessionByShape("Kikao 2025-11-06 (bei)"))
                .isEqualTo(new HeadingKind.Session("2025-11-06", "bei", null, null));
        assertThat(CLASSIFIER.sessionByShape("Sesja: 2025-11-06"))
                .isEqualTo(new HeadingKind.Session("2025-11-06", null, null, null));
        assertThat(CLASSIFIER.sessionByShape("Notes from the meeting")).isNull();
        assertThat(CLASSIFIER.sessionByShape("2025-11-06")).isNull();
    }
}
