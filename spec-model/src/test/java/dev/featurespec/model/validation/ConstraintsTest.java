package dev.featurespec.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.featurespec.model.AcceptanceScenario;
import dev.featurespec.model.ApiContractSection;
import dev.featurespec.model.ClarificationSession;
import dev.featurespec.model.ExtraSection;
import dev.featurespec.model.FeatureSpec;
import dev.featurespec.model.ImpactSection;
import dev.featurespec.model.KeyEntity;
import dev.featurespec.model.Metadata;
import dev.featurespec.model.Priority;
import dev.featurespec.model.Requirement;
import dev.featurespec.model.Section;
import dev.featurespec.model.Statement;
import dev.featurespec.model.SuccessCriterion;
import dev.featurespec.model.UserStory;
import dev.featurespec.model.diagnostic.Diagnostic;
import dev.featurespec.model.diagnostic.Rule;
import dev.featurespec.model.diagnostic.Severity;
import dev.featurespec.testkit.Fixtures;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One passing and one failing case per constraint, with exact diagnostics, through {@link SpecValidator}. */
class ConstraintsTest {
    private static final SpecValidator VALIDATOR = SpecValidator.create();

    static List<Diagnostic> draft(FeatureSpec spec) {
        return VALIDATOR.validate(spec);
    }

    static List<Diagnostic> ready(FeatureSpec spec) {
        return VALIDATOR.validate(spec, ReadyForPlanning.class);
    }

    static Diagnostic d(Rule rule, Severity severity, String message, String pointer) {
        return new Diagnostic(rule, severity, message, pointer, Optional.empty());
    }

    static FeatureSpec withRequirement(Requirement requirement) {
        return Fixtures.ready().toBuilder()
                .functionalRequirements(List.of(requirement))
                .build();
    }

    static FeatureSpec withCriterion(SuccessCriterion criterion) {
        return Fixtures.ready().toBuilder().successCriteria(List.of(criterion)).build();
    }

    static FeatureSpec withStory(UserStory story) {
        return Fixtures.ready().toBuilder().userStories(List.of(story)).build();
    }

    @Test
    void aCompleteSpecPassesBothGroups() {
        assertThat(draft(Fixtures.ready())).isEmpty();
        assertThat(ready(Fixtures.ready())).isEmpty();
    }

    @Nested
    class RequirementIds {
        @ParameterizedTest
        @ValueSource(strings = {"FR-001", "FR-999", "RF-001", "NFR-012", "요구-001", "要件-001"})
        void canonicalIdsPass(String id) {
            assertThat(draft(withRequirement(Requirement.of(id, "System MUST work."))))
                    .isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"FR-X", "XYZ", "FR-", "-001", "FR-001-002", "FR 001", "F1R-001"})
        void somethingThatIsNotAnIdIsAnError(String id) {
            assertThat(draft(withRequirement(Requirement.of(id, "System MUST work."))))
                    .containsExactly(d(
                            Rule.REQUIREMENT_ID_FORMAT,
                            Severity.ERROR,
                            "'" + id
                                    + "' is not a requirement id (expected letters, a hyphen and a number, like FR-001)",
                            "/functionalRequirements/0/id"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"FR-1", "FR-01", "FR-0001", "FR-001a", "FR-019A", "FR-019.1", "fr-001", "FR1", "FR001"})
        void acceptedFormsAreWarnings(String id) {
            assertThat(draft(withRequirement(Requirement.of(id, "System MUST work."))))
                    .containsExactly(d(
                            Rule.REQUIREMENT_ID_NONCANONICAL,
                            Severity.WARNING,
                            id
                                    + " is not a canonical requirement id (expected letters, a hyphen and three digits, like FR-001)",
                            "/functionalRequirements/0/id"));
        }

        @Test
        void aRequirementWithoutIdIsAWarningAtTheRequirement() {
            Requirement noId = new Requirement(Optional.empty(), Optional.empty(), "System MUST log.", Map.of());
            assertThat(draft(withRequirement(noId)))
                    .containsExactly(d(
                            Rule.MISSING_REQUIREMENT_ID,
                            Severity.WARNING,
                            "requirement \"System MUST log.\" has no id (e.g. FR-001)",
                            "/functionalRequirements/0"));
        }
    }

    @Nested
    class CriterionIds {
        @ParameterizedTest
        @ValueSource(strings = {"SC-001", "CS-001", "CE-001"})
        void canonicalIdsPass(String id) {
            assertThat(draft(withCriterion(SuccessCriterion.of(id, "Fast.")))).isEmpty();
        }

        @Test
        void somethingThatIsNotAnIdIsAnError() {
            assertThat(draft(withCriterion(SuccessCriterion.of("SC-X", "Fast."))))
                    .containsExactly(d(
                            Rule.CRITERION_ID_FORMAT,
                            Severity.ERROR,
                            "'SC-X' is not a success criterion id (expected letters, a hyphen and a number, like SC-001)",
                            "/successCriteria/0/id"));
        }

        @Test
        void shortNumberIsAWarning() {
            assertThat(draft(withCriterion(SuccessCriterion.of("SC-1", "Fast."))))
                    .containsExactly(d(
                            Rule.CRITERION_ID_NONCANONICAL,
                            Severity.WARNING,
                            "SC-1 is not a canonical success criterion id (expected letters, a hyphen and three digits, like SC-001)",
                            "/successCriteria/0/id"));
        }

        @Test
        void aCriterionWithoutIdIsAWarning() {
            assertThat(draft(withCriterion(new SuccessCriterion(Optional.empty(), "Fast.", Map.of()))))
                    .containsExactly(d(
                            Rule.MISSING_REQUIREMENT_ID,
                            Severity.WARNING,
                            "success criterion \"Fast.\" has no id (e.g. SC-001)",
                            "/successCriteria/0"));
        }
    }

    @Nested
    class UniqueIds {
        @Test
        void aRepeatedRequirementIdIsReportedAtTheRepeat() {
            FeatureSpec spec = Fixtures.ready().toBuilder()
                    .functionalRequirements(List.of(
                            Requirement.of("FR-001", "System MUST a."),
                            Requirement.of("FR-007", "System MUST b."),
                            Requirement.of("FR-003", "System MUST c."),
                            Requirement.of("FR-007", "System MUST d.")))
                    .build();
            assertThat(draft(spec))
                    .containsExactly(d(
                            Rule.DUPLICATE_ID,
                            Severity.ERROR,
                            "FR-007 is declared twice (first at functionalRequirements[1])",
                            "/functionalRequirements/3/id"));
        }

        @Test
        void aRepeatedCriterionIdIsReported() {
            FeatureSpec spec = Fixtures.ready().toBuilder()
                    .successCriteria(List.of(SuccessCriterion.of("SC-001", "a"), SuccessCriterion.of("SC-001", "b")))
                    .build();
            assertThat(draft(spec))
                    .containsExactly(d(
                            Rule.DUPLICATE_ID,
                            Severity.ERROR,
                            "SC-001 is declared twice (first at successCriteria[0])",
                            "/successCriteria/1/id"));
        }

        @Test
        void requirementsAndCriteriaHaveSeparateIdSpaces() {
            FeatureSpec spec = Fixtures.ready().toBuilder()
                    .functionalRequirements(List.of(Requirement.of("X-001", "System MUST a.")))
                    .successCriteria(List.of(SuccessCriterion.of("X-001", "b")))
                    .build();
            assertThat(draft(spec)).isEmpty();
        }
    }

    @Nested
    class Priorities {
        @Test
        void p9IsInRange() {
            assertThat(draft(
                            withStory(Fixtures.story(1, Priority.P1).toBuilder().build())))
                    .isEmpty();
            FeatureSpec spec = Fixtures.ready().toBuilder()
                    .addUserStory(Fixtures.story(3, Priority.of(9)))
                    .build();
            assertThat(draft(spec)).isEmpty();
        }

        @Test
        void p10IsAWarning() {
            FeatureSpec spec = Fixtures.ready().toBuilder()
                    .addUserStory(Fixtures.story(3, Priority.of(10)))
                    .build();
            assertThat(draft(spec))
                    .containsExactly(d(
                            Rule.PRIORITY_FORMAT,
                            Severity.WARNING,
                            "P10 is outside the priorities the template uses (P0 to P9)",
                            "/userStories/2/priority"));
        }

        @Test
        void storiesWithoutP1AreAWarning() {
            FeatureSpec spec = Fixtures.ready().toBuilder()
                    .userStories(List.of(Fixtures.story(1, Priority.of(2)), Fixtures.story(2, Priority.of(3))))
                    .build();
            assertThat(draft(spec))
                    .containsExactly(d(
                            Rule.NO_P1_STORY,
                            Severity.WARNING,
                            "no user story has priority P1 or P0 (priorities are P2, P3)",
                            "/userStories"));
        }

        @Test
        void storiesWithoutAnyPriorityAreNamedAsSuch() {
            UserStory none =
                    Fixtures.story(1, Priority.P1).toBuilder().priority(null).build();
            assertThat(draft(withStory(none)))
                    .containsExactly(d(
                            Rule.NO_P1_STORY,
                            Severity.WARNING,
                            "no user story has priority P1 or P0 (none has a priority)",
                            "/userStories"));
        }

        @Test
        void p0CountsAsTheMvpStory() {
            assertThat(draft(withStory(Fixtures.story(1, Priority.of(0))))).isEmpty();
        }

        @Test
        void aSpecWithoutStoriesNeedsNoP1InDefault() {
            FeatureSpec spec =
                    Fixtures.ready().toBuilder().userStories(List.of()).build();
            assertThat(draft(spec)).isEmpty();
        }
    }

    @Nested
    class Stories {
        @Test
        void aScenarioWithoutThenIsAWarningAtThen() {
            AcceptanceScenario noThen = new AcceptanceScenario(
                    Optional.of("a user"),
                    Optional.of("they pay"),
                    Optional.empty(),
                    List.of(),
                    "**Given** a user, **When** they pay");
            UserStory story = Fixtures.story(1, Priority.P1).toBuilder()
                    .acceptanceScenarios(List.of(noThen))
                    .build();
            assertThat(draft(withStory(story)))
                    .containsExactly(d(
                            Rule.INCOMPLETE_SCENARIO,
                            Severity.WARNING,
                            "acceptance scenario \"**Given** a user, **When** they pay\" has no Then part",
                            "/userStories/0/acceptanceScenarios/0/then"));
        }

        @Test
        void aBlankWhenIsIncomplete() {
            AcceptanceScenario blankWhen = new AcceptanceScenario(
                    Optional.of("a user"), Optional.of("  "), Optional.of("it works"), List.of(), "text");
            UserStory story = Fixtures.story(1, Priority.P1).toBuilder()
                    .acceptanceScenarios(List.of(blankWhen))
                    .build();
            assertThat(draft(withStory(story)))
                    .containsExactly(d(
                            Rule.INCOMPLETE_SCENARIO,
                            Severity.WARNING,
                            "acceptance scenario \"text\" has no When part",
                            "/userStories/0/acceptanceScenarios/0/when"));
        }

        @Test
        void aScenarioMissingSeveralPartsIsOneWarningAtTheFirst() {
            AcceptanceScenario onlyWhen = new AcceptanceScenario(
                    Optional.empty(), Optional.of("they pay"), Optional.empty(), List.of(), "**When** they pay");
            UserStory story = Fixtures.story(1, Priority.P1).toBuilder()
                    .acceptanceScenarios(List.of(onlyWhen))
                    .build();
            assertThat(draft(withStory(story)))
                    .containsExactly(d(
                            Rule.INCOMPLETE_SCENARIO,
                            Severity.WARNING,
                            "acceptance scenario \"**When** they pay\" has no Given or Then part",
                            "/userStories/0/acceptanceScenarios/0/given"));
        }

        @Test
        void aScenarioWithNoPartsNamesAllThree() {
            AcceptanceScenario prose = new AcceptanceScenario(
                    Optional.empty(), Optional.empty(), Optional.empty(), List.of(), "The user pays.");
            UserStory story = Fixtures.story(1, Priority.P1).toBuilder()
                    .acceptanceScenarios(List.of(prose))
                    .build();
            assertThat(draft(withStory(story)))
                    .extracting(Diagnostic::message)
                    .containsExactly("acceptance scenario \"The user pays.\" has no Given, When or Then part");
        }

        @Test
        void aStoryWithoutIndependentTestIsAWarning() {
            UserStory story = Fixtures.story(1, Priority.P1).toBuilder()
                    .independentTest(null)
                    .build();
            assertThat(draft(withStory(story)))
                    .containsExactly(d(
                            Rule.MISSING_INDEPENDENT_TEST,
                            Severity.WARNING,
                            "user story 1 \"Story 1\" has no independent test",
                            "/userStories/0/independentTest"));
        }

        @Test
        void aBlankStoryTitleIsAnError() {
            UserStory story =
                    Fixtures.story(1, Priority.P1).toBuilder().title(" ").build();
            assertThat(draft(withStory(story)))
                    .containsExactly(
                            d(Rule.BLANK_TEXT, Severity.ERROR, "user story title is blank", "/userStories/0/title"));
        }
    }

    @Nested
    class Requirements {
        @ParameterizedTest
        @ValueSource(strings = {"System must log.", "System logs.", "Users MUSTN'T see it."})
        void withoutUpperCaseKeywordIsAWarningAtTheText(String text) {
            assertThat(draft(withRequirement(Requirement.of("FR-001", text))))
                    .containsExactly(d(
                            Rule.MISSING_RFC2119_KEYWORD,
                            Severity.WARNING,
                            "FR-001 has no RFC 2119 keyword (MUST, SHOULD, MAY, …)",
                            "/functionalRequirements/0/text"));
        }

        @Test
        void aBlankTextIsAnErrorAndNotAlsoAMissingKeyword() {
            assertThat(draft(withRequirement(Requirement.of("FR-001", ""))))
                    .containsExactly(d(
                            Rule.BLANK_TEXT,
                            Severity.ERROR,
                            "requirement text is blank",
                            "/functionalRequirements/0/text"));
        }

        @Test
        void aBlankEdgeCaseIsAnErrorAtTheElement() {
            FeatureSpec spec = Fixtures.ready().toBuilder().addEdgeCase(" ").build();
            assertThat(draft(spec))
                    .containsExactly(d(Rule.BLANK_TEXT, Severity.ERROR, "edge case is blank", "/edgeCases/1"));
        }

        @Test
        void aBlankKeyEntityNameIsAnError() {
            FeatureSpec spec = Fixtures.ready().toBuilder()
                    .addKeyEntity(new KeyEntity("", "x"))
                    .build();
            assertThat(draft(spec))
                    .containsExactly(
                            d(Rule.BLANK_TEXT, Severity.ERROR, "key entity name is blank", "/keyEntities/1/name"));
        }
    }

    @Nested
    class Placeholders {
        static final FeatureSpec TEMPLATE = FeatureSpec.builder("[FEATURE NAME]")
                .metadata(Metadata.builder()
                        .featureBranch("[###-feature-name]")
                        .created("[DATE]")
                        .status("Draft")
                        .input("User description: \"$ARGUMENTS\"")
                        .build())
                .addUserStory(UserStory.builder(1, "[Brief Title]")
                        .priority(Priority.P1)
                        .description("[Describe this user journey in plain language]")
                        .whyThisPriority("[Explain the value and why it has this priority level]")
                        .independentTest("[Describe how this can be tested independently]")
                        .addAcceptanceScenario(
                                AcceptanceScenario.of("[initial state]", "[action]", "[expected outcome]"))
                        .build())
                .addEdgeCase("What happens when [boundary condition]?")
                .addFunctionalRequirement(Requirement.of("FR-001", "System MUST [specific capability]."))
                .addKeyEntity(
                        new KeyEntity("[Entity 1]", "[What it represents, key attributes without implementation]"))
                .addSuccessCriterion(SuccessCriterion.of("SC-001", "[Measurable metric for primary user flow]."))
                .build();

        static final List<String> POINTERS = List.of(
                "/metadata/created",
                "/metadata/featureBranch",
                "/metadata/input",
                "/title",
                "/userStories/0/acceptanceScenarios/0/given",
                "/userStories/0/acceptanceScenarios/0/then",
                "/userStories/0/acceptanceScenarios/0/when",
                "/userStories/0/description",
                "/userStories/0/independentTest",
                "/userStories/0/title",
                "/userStories/0/whyThisPriority",
                "/edgeCases/0",
                "/functionalRequirements/0/text",
                "/keyEntities/0/description",
                "/keyEntities/0/name",
                "/successCriteria/0/text");

        @Test
        void everyTemplatePlaceholderIsAWarningInDefault() {
            List<Diagnostic> found = draft(TEMPLATE);
            assertThat(found).allSatisfy(d -> {
                assertThat(d.rule()).isEqualTo(Rule.UNFILLED_PLACEHOLDER);
                assertThat(d.severity()).isEqualTo(Severity.WARNING);
            });
            assertThat(found).extracting(Diagnostic::pointer).containsExactlyInAnyOrderElementsOf(POINTERS);
        }

        @Test
        void placeholdersAreErrorsWhenReadyForPlanning() {
            List<Diagnostic> found = ready(TEMPLATE).stream()
                    .filter(d -> d.rule() == Rule.UNFILLED_PLACEHOLDER)
                    .toList();
            assertThat(found).extracting(Diagnostic::pointer).containsExactlyInAnyOrderElementsOf(POINTERS);
            assertThat(found).extracting(Diagnostic::severity).containsOnly(Severity.ERROR);
        }

        @Test
        void theMessageNamesThePlaceholder() {
            FeatureSpec spec =
                    Fixtures.ready().toBuilder().title("[FEATURE NAME]").build();
            assertThat(draft(spec))
                    .containsExactly(d(
                            Rule.UNFILLED_PLACEHOLDER,
                            Severity.WARNING,
                            "unfilled template placeholder [FEATURE NAME]",
                            "/title"));
        }

        @Test
        void placeholdersInNestedStatementsAndMetadataAreFound() {
            FeatureSpec spec = Fixtures.ready().toBuilder()
                    .metadata(Metadata.builder()
                            .created("2026-02-03")
                            .put("Epic/Key", "[Entity 3]")
                            .build())
                    .securityImpact(new ImpactSection(List.of(
                            new Statement("Auth", List.of(Statement.of("x"), Statement.of("[error scenario]"))))))
                    .build();
            assertThat(draft(spec))
                    .containsExactly(
                            d(
                                    Rule.UNFILLED_PLACEHOLDER,
                                    Severity.WARNING,
                                    "unfilled template placeholder [Entity 3]",
                                    "/metadata/other/Epic~1Key"),
                            d(
                                    Rule.UNFILLED_PLACEHOLDER,
                                    Severity.WARNING,
                                    "unfilled template placeholder [error scenario]",
                                    "/securityImpact/statements/0/children/1/text"));
        }

        @Test
        void linksCodeAndCommentsAreNotPlaceholders() {
            FeatureSpec spec = Fixtures.ready().toBuilder()
                    .addAssumption("See [action](https://example.com/action) and [DATE][ref].")
                    .addExtraSection(ExtraSection.headed(
                            "Notes",
                            2,
                            "<!-- fill in [DATE] -->\n```\n[FEATURE NAME]\n```\nDone.",
                            Section.ASSUMPTIONS))
                    .build();
            assertThat(draft(spec)).isEmpty();
        }
    }

    @Nested
    class Clarifications {
        static FeatureSpec withMarkers(int count) {
            FeatureSpec.Builder b = Fixtures.ready().toBuilder().functionalRequirements(List.of());
            for (int i = 1; i <= count; i++) {
                b.addFunctionalRequirement(
                        Requirement.of(String.format("FR-%03d", i), "System MUST x [NEEDS CLARIFICATION: q" + i + "]"));
            }
            return b.build();
        }

        @Test
        void threeMarkersAreAllowedInADraft() {
            assertThat(draft(withMarkers(3))).isEmpty();
        }

        @Test
        void aFourthMarkerIsAnErrorAtItsText() {
            assertThat(draft(withMarkers(5)))
                    .containsExactly(d(
                            Rule.TOO_MANY_CLARIFICATIONS,
                            Severity.ERROR,
                            "5 [NEEDS CLARIFICATION] markers, at most 3 allowed (marker 4: \"q4\")",
                            "/functionalRequirements/3/text"));
        }

        @Test
        void markersAreCountedAcrossTheWholeSpecInDocumentOrder() {
            FeatureSpec spec = withMarkers(2).toBuilder()
                    .title("Checkout [NEEDS CLARIFICATION: name?]")
                    .addEdgeCase("Declined? [NEEDS CLARIFICATION]")
                    .build();
            assertThat(draft(spec))
                    .containsExactly(d(
                            Rule.TOO_MANY_CLARIFICATIONS,
                            Severity.ERROR,
                            "4 [NEEDS CLARIFICATION] markers, at most 3 allowed (marker 4: \"q2\")",
                            "/functionalRequirements/1/text"));
        }

        @Test
        void openMarkersAreErrorsWhenReadyForPlanning() {
            assertThat(ready(withMarkers(1)))
                    .containsExactly(d(
                            Rule.OPEN_CLARIFICATION,
                            Severity.ERROR,
                            "[NEEDS CLARIFICATION: q1] is still open",
                            "/functionalRequirements/0/text"));
        }

        @Test
        void markerInAScenarioPartIsCountedOnce() {
            UserStory story = Fixtures.story(1, Priority.P1).toBuilder()
                    .acceptanceScenarios(List.of(AcceptanceScenario.of("a [NEEDS CLARIFICATION: who?]", "b", "c")))
                    .build();
            assertThat(ready(withStory(story)))
                    .containsExactly(d(
                            Rule.OPEN_CLARIFICATION,
                            Severity.ERROR,
                            "[NEEDS CLARIFICATION: who?] is still open",
                            "/userStories/0/acceptanceScenarios/0/given"));
        }
    }

    @Nested
    class MandatorySections {
        @Test
        void emptySectionsAreErrorsWhenReadyForPlanning() {
            FeatureSpec spec = Fixtures.ready().toBuilder()
                    .userStories(List.of())
                    .successCriteria(List.of())
                    .securityImpact(new ImpactSection(List.of()))
                    .observability(null)
                    .build();
            assertThat(ready(spec))
                    .containsExactly(
                            d(
                                    Rule.EMPTY_MANDATORY_SECTION,
                                    Severity.ERROR,
                                    "mandatory section Observability & Operations is empty",
                                    "/observability"),
                            d(
                                    Rule.EMPTY_MANDATORY_SECTION,
                                    Severity.ERROR,
                                    "mandatory section Security & Secrets Impact is empty",
                                    "/securityImpact"),
                            d(
                                    Rule.EMPTY_MANDATORY_SECTION,
                                    Severity.ERROR,
                                    "mandatory section success criteria is empty",
                                    "/successCriteria"),
                            d(
                                    Rule.EMPTY_MANDATORY_SECTION,
                                    Severity.ERROR,
                                    "mandatory section user stories is empty",
                                    "/userStories"));
        }

        @Test
        void aDraftMayHaveEmptySections() {
            FeatureSpec spec = FeatureSpec.builder("Checkout").build();
            assertThat(draft(spec)).isEmpty();
        }

        @Test
        void aStockSpecNeedsNoExtendedSections() {
            FeatureSpec spec = Fixtures.ready().toBuilder()
                    .apiContract(null)
                    .configurationImpact(null)
                    .securityImpact(null)
                    .observability(null)
                    .build();
            assertThat(ready(spec)).isEmpty();
        }
    }

    @Nested
    class Dates {
        @Test
        void aNonIsoCreatedDateIsInfo() {
            FeatureSpec spec = Fixtures.ready().toBuilder()
                    .metadata(Metadata.builder().created("Feb 3, 2026").build())
                    .build();
            assertThat(draft(spec))
                    .containsExactly(d(
                            Rule.NON_ISO_DATE,
                            Severity.INFO,
                            "'Feb 3, 2026' is not an ISO 8601 date (expected the form 2026-02-03)",
                            "/metadata/created"));
        }

        @Test
        void anImpossibleSessionDateIsInfo() {
            FeatureSpec spec = Fixtures.ready().toBuilder()
                    .addClarificationSession(ClarificationSession.of("2026-02-30", List.of()))
                    .build();
            assertThat(draft(spec))
                    .containsExactly(d(
                            Rule.NON_ISO_DATE,
                            Severity.INFO,
                            "'2026-02-30' is not an ISO 8601 date (expected the form 2026-02-03)",
                            "/clarifications/1/date"));
        }
    }

    @Nested
    class ExtraSections {
        @Test
        void anExtraAfterAnAbsentSectionIsAWarning() {
            FeatureSpec spec = Fixtures.ready().toBuilder()
                    .apiContract(null)
                    .configurationImpact(null)
                    .securityImpact(null)
                    .observability(null)
                    .addExtraSection(ExtraSection.headed("Versioning", 3, "v2 only", Section.API_CONTRACT))
                    .build();
            assertThat(draft(spec))
                    .containsExactly(d(
                            Rule.MISPLACED_EXTRA_SECTION,
                            Severity.WARNING,
                            "extra section \"Versioning\" is placed after apiContract, which this spec does not have",
                            "/extraSections/0/after"));
        }

        @Test
        void anExtraAfterAPresentSectionPasses() {
            FeatureSpec spec = Fixtures.ready().toBuilder()
                    .apiContract(new ApiContractSection(List.of(Statement.of("No change."))))
                    .addExtraSection(ExtraSection.loose("More.", Section.API_CONTRACT))
                    .build();
            assertThat(draft(spec)).isEmpty();
        }
    }
}
