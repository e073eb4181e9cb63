package dev.featurespec.parser.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.featurespec.model.Clarification;
import dev.featurespec.model.FeatureSpec;
import dev.featurespec.model.KeyEntity;
import dev.featurespec.model.Section;
import dev.featurespec.model.Statement;
import dev.featurespec.model.diagnostic.Diagnostic;
import dev.featurespec.model.template.Languages;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One behaviour per test: how each part of a spec is read. */
class StructureTest {
    private static final MarkdownSpecParser PARSER = MarkdownSpecParser.create();

    private static FeatureSpec parse(String md) {
        return PARSER.parse(md).spec();
    }

    @Test
    void clarificationWithArrowAndAnswerLabel() {
        FeatureSpec spec = parse("""
                ## Clarifications

                ### Session 2026-05-01 (pricing)

                - Q: Which currency? → B: Euro only.
                """);
        var session = spec.clarifications().get(0);
        assertThat(session.date()).isEqualTo("2026-05-01");
        assertThat(session.topic()).contains("pricing");
        assertThat(session.entries())
                .containsExactly(new Clarification(Optional.of("Which currency?"), "Euro only.", Optional.of("B")));
    }

    @Test
    void clarificationWithAnswerInNextSiblingBullet() {
        FeatureSpec spec = parse("""
                ## Clarifications

                ### Session 2026-05-01

                - Q: Which currency?
                - A: Euro only.
                """);
        assertThat(spec.clarifications().get(0).entries())
                .containsExactly(Clarification.of("Which currency?", "Euro only."));
    }

    @Test
    void clarificationSessionNestedInAnotherSectionIsRead() {
        FeatureSpec spec = parse("""
                ## Requirements

                ### Session 2026-05-02

                - Q: Limit? -> A: 10 per day.
                """);
        assertThat(spec.clarifications()).hasSize(1);
        assertThat(spec.clarifications().get(0).entries().get(0).answer()).isEqualTo("10 per day.");
    }

    @Test
    void keyEntitiesSplitNameAndDescription() {
        FeatureSpec spec = parse("""
                ### Key Entities

                - **Ticket**: a paid right to pass, with `expiry`.
                - **Gate:** a barrier.
                """);
        assertThat(spec.keyEntities())
                .containsExactly(
                        new KeyEntity("Ticket", "a paid right to pass, with `expiry`."),
                        new KeyEntity("Gate", "a barrier."));
    }

    @Test
    void edgeCasesAndAssumptionsAreBulletsAsWritten() {
        FeatureSpec spec = parse("""
                ### Edge Cases

                - What if the card is *expired*?

                ## Assumptions

                - Gates have power.
                  Backup lasts 1 h.
                """);
        assertThat(spec.edgeCases()).containsExactly("What if the card is *expired*?");
        assertThat(spec.assumptions()).containsExactly("Gates have power.\nBackup lasts 1 h.");
    }

    @Test
    void requirementTableKeepsOtherColumnsAsAttributes() {
        FeatureSpec spec = parse("""
                ### Functional Requirements

                | ID | Requirement | Priority |
                |----|-------------|----------|
                | FR-001 | System MUST beep. | High |
                """);
        var r = spec.functionalRequirements().get(0);
        assertThat(r.id()).contains("FR-001");
        assertThat(r.text()).isEqualTo("System MUST beep.");
        assertThat(r.attributes()).isEqualTo(Map.of("Priority", "High"));
    }

    @Test
    void requirementsUnderSubHeadingsGetTheirGroup() {
        FeatureSpec spec = parse("""
                ### Functional Requirements

                #### Payments

                - **FR-001**: System MUST charge.
                """);
        assertThat(spec.functionalRequirements().get(0).attributes()).containsEntry("group", "Payments");
        assertThat(spec.extraSections()).isEmpty();
    }

    @Test
    void requirementLabelInParentheses() {
        FeatureSpec spec = parse("""
                ### Functional Requirements

                - **FR-007 (Branding: Title)**: System MUST show the title.
                """);
        var r = spec.functionalRequirements().get(0);
        assertThat(r.label()).contains("Branding: Title");
        assertThat(r.text()).isEqualTo("System MUST show the title.");
    }

    @Test
    void translatedRequirementAndCriterionPrefixes() {
        FeatureSpec spec = parse("""
                ### Requisitos Funcionales

                - **RF-001**: El sistema DEBE sonar.

                ## Criterios de Éxito

                - **CE-001**: Suena en 1 s.
                """);
        assertThat(spec.functionalRequirements().get(0).id()).contains("RF-001");
        assertThat(spec.successCriteria().get(0).id()).contains("CE-001");
        assertThat(spec.language()).contains("es");
    }

    @Test
    void extendedSectionsBecomeStatementTrees() {
        FeatureSpec spec = parse("""
                ### Observability & Operations

                - Emits `pending` and `done`.
                  - Logged at INFO.
                """);
        assertThat(spec.observability().orElseThrow().statements())
                .containsExactly(
                        new Statement("Emits `pending` and `done`.", List.of(Statement.of("Logged at INFO."))));
        assertThat(spec.observability().orElseThrow().taskStates()).containsExactly("pending", "done");
    }

    @Test
    void storyBodyOutsideTypedFieldsGoesToNotes() {
        FeatureSpec spec = parse("""
                ### User Story 1 - Pay (Priority: P1)

                A rider pays.

                **Why this priority**: Money.

                | a | b |
                |---|---|
                | 1 | 2 |

                **Acceptance Scenarios**:

                1. **Given** a rider, **When** paying, **Then** a receipt prints
                """);
        var story = spec.userStories().get(0);
        assertThat(story.description()).contains("A rider pays.");
        assertThat(story.whyThisPriority()).contains("Money.");
        assertThat(story.notes()).contains("| a | b |\n|---|---|\n| 1 | 2 |");
        assertThat(story.acceptanceScenarios()).hasSize(1);
    }

    @Test
    void unknownMetadataIsKeptInOrder() {
        FeatureSpec spec = parse("""
                # Feature Specification: Gate

                **Feature Branch**: `004-gate`
                **Owner**: Team B
                **Epic**: GATE-1
                """);
        assertThat(spec.metadata().other()).containsExactly(Map.entry("Owner", "Team B"), Map.entry("Epic", "GATE-1"));
    }

    @Test
    void fullWidthColonTitleAndMetadata() {
        FeatureSpec spec = parse("""
                # 功能规格：闸机

                **功能分支**：`004-gate`
                """);
        assertThat(spec.title()).isEqualTo("闸机");
        assertThat(spec.metadata().featureBranch()).contains("004-gate");
        assertThat(spec.language()).contains("zh");
    }

    @Test
    void duplicateMetadataIsReportedAndKept() {
        var r = PARSER.parse("""
                # Feature Specification: Gate

                **Status**: Draft
                **Status**: Final
                """);
        assertThat(r.spec().metadata().status()).contains("Draft");
        assertThat(r.spec().extraSections().get(0).markdown()).isEqualTo("**Status**: Final");
        assertThat(r.spec().extraSections().get(0).after()).isEqualTo(Section.METADATA);
        assertThat(r.diagnostics())
                .extracting(Diagnostic::toString)
                .contains(
                        "4:1: warning: Metadata 'Status' is given twice; the second value is kept as an extra [FS007]");
    }

    @Test
    void onlyTheChosenLanguagesAreRecognised() {
        MarkdownSpecParser english = MarkdownSpecParser.builder()
                .languages(List.of(Languages.english()))
                .build();
        var r = english.parse("## 前提\n\n- x\n\n## 要件\n\n- **FR-001**: x\n");
        // 前提 (Japanese for Assumptions) is not a word of English, and its content says nothing
        assertThat(r.spec().assumptions()).isEmpty();
        assertThat(r.spec().extraSections().get(0).heading()).contains("前提");
        // 要件 is not one either, but what it holds is: it is read by its content, and that is reported
        assertThat(r.spec().functionalRequirements())
                .extracting(q -> q.id().orElseThrow())
                .containsExactly("FR-001");
        assertThat(r.diagnostics())
                .extracting(Diagnostic::toString)
                .contains("5:1: info: Heading '要件' is in words no language gives; read as section 'Requirements'"
                        + " by its content [FS019]");
    }

    @Test
    void scenarioPlainKeywordsOnSeparateLines() {
        FeatureSpec spec = parse("""
                ### User Story 1 - Order (Priority: P1)

                **Acceptance Scenarios**:

                - Given a cart
                  When the rider orders
                  Then an order exists
                """);
        var s = spec.userStories().get(0).acceptanceScenarios().get(0);
        assertThat(s.given()).contains("a cart");
        assertThat(s.when()).contains("the rider orders");
        assertThat(s.then()).contains("an order exists");
    }

    @Test
    void titleWithoutKnownPrefixIsKeptWhole() {
        assertThat(parse("# Spec draft: notes\n").title()).isEqualTo("Spec draft: notes");
        assertThat(parse("# Feature Specification (Event-based)\n").title())
                .isEqualTo("Feature Specification (Event-based)");
    }

    @Test
    void storyHeadingVariantsGiveNumberAndTitle() {
        FeatureSpec spec = parse("""
                ### US-3: Export data

                ### Story 4 – Import data (P2)

                ### ~~User Story 5 - Old idea (Priority: P3)~~
                """);
        assertThat(spec.userStories())
                .extracting(s -> s.number() + " " + s.title() + " "
                        + s.priority().map(Object::toString).orElse("-"))
                .containsExactly("3 Export data -", "4 Import data P2", "5 ~~Old idea~~ P3");
    }

    @Test
    void primaryUserStoryOutsideUserScenariosStaysInItsExtra() {
        FeatureSpec spec = parse("""
                ## Background

                ### Primary User Story

                Someone wants something.
                """);
        assertThat(spec.userStories()).isEmpty();
        assertThat(spec.extraSections())
                .singleElement()
                .satisfies(
                        e -> assertThat(e.markdown()).isEqualTo("### Primary User Story\n\nSomeone wants something."));
    }

    @Test
    void requirementHeadingsInRequirementsAreRequirements() {
        FeatureSpec spec = parse("""
                ## Requirements

                ### FR-1: Search

                Body text.

                ### FR-2: Filter
                """);
        assertThat(spec.functionalRequirements())
                .extracting(r -> r.id().orElse("") + " " + r.text())
                .containsExactly("FR-1 Search", "FR-2 Filter");
        assertThat(spec.extraSections().get(0).markdown()).isEqualTo("Body text.");
    }

    @Test
    void requirementAsBoldParagraphInFunctionalRequirements() {
        FeatureSpec spec = parse("""
                ### Functional Requirements

                **FR-1: Single page layout**

                - left: filters
                """);
        assertThat(spec.functionalRequirements())
                .extracting(r -> r.id().orElse("") + " " + r.text())
                .containsExactly("FR-1 Single page layout");
        assertThat(spec.extraSections().get(0).markdown()).isEqualTo("- left: filters");
    }

    @Test
    void successCriteriaWithoutIdsAreKept() {
        FeatureSpec spec = parse("""
                ## Success Criteria

                ### Measurable Outcomes

                - Nine in ten riders finish in 2 minutes.
                """);
        assertThat(spec.successCriteria()).singleElement().satisfies(sc -> {
            assertThat(sc.id()).isEmpty();
            assertThat(sc.text()).isEqualTo("Nine in ten riders finish in 2 minutes.");
        });
    }
}
