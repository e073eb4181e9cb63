package dev.featurespec.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.featurespec.model.AcceptanceScenario;
import dev.featurespec.model.ApiContractSection;
import dev.featurespec.model.Clarification;
import dev.featurespec.model.ClarificationSession;
import dev.featurespec.model.FeatureSpec;
import dev.featurespec.model.ImpactSection;
import dev.featurespec.model.Metadata;
import dev.featurespec.model.Priority;
import dev.featurespec.model.Requirement;
import dev.featurespec.model.Statement;
import dev.featurespec.model.SuccessCriterion;
import dev.featurespec.model.UserStory;
import dev.featurespec.parser.markdown.MarkdownSpecParser;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The diff's rules, one behaviour per test, on small specs. */
class SpecDifferTest {
    private static final MarkdownSpecParser PARSER = MarkdownSpecParser.create();

    private static FeatureSpec md(String markdown) {
        return PARSER.parse(markdown).spec();
    }

    private static FeatureSpec frs(String... texts) {
        FeatureSpec.Builder b = FeatureSpec.builder("Export");
        for (int i = 0; i < texts.length; i++) {
            b.addFunctionalRequirement(Requirement.of(String.format("FR-%03d", i + 1), texts[i]));
        }
        return b.build();
    }

    private static List<String> summaries(FeatureSpec before, FeatureSpec after) {
        return SpecDiff.between(before, after).changes().stream()
                .map(Change::summary)
                .toList();
    }

    // ---- what is no change

    @Test
    void whitespaceAndLineWrappingAreNoChange() {
        String before = """
                # Feature Specification: Export

                ## Requirements *(mandatory)*

                ### Functional Requirements

                - **FR-001**: System MUST export
                  the report   as CSV.
                """;
        String after = """
                # Feature Specification: Export

                ## Requirements *(mandatory)*

                ### Functional Requirements

                * **FR-001**: System MUST export the report as CSV.
                """;
        assertThat(SpecDiff.between(md(before), md(after)).isEmpty()).isTrue();
    }

    @Test
    void listMarkersAndScenarioLayoutAreNoChange() {
        String before = """
                # Feature Specification: Export

                ### User Story 1 - Export a report (Priority: P1)

                **Acceptance Scenarios**:

                1. **Given** a report, **When** the analyst exports it, **Then** a file is saved, **And** it opens

                ## Success Criteria *(mandatory)*

                1. **SC-001**: Exports finish in 5 s.
                """;
        String after = """
                # Feature Specification: Export

                ### User Story 1 - Export a report (Priority: P1)

                **Acceptance Scenarios**:

                - **Given** a report, **When** the analyst exports it, **Then** a file is saved
                  - **And** it opens

                ## Success Criteria *(mandatory)*

                - **SC-001**: Exports finish in 5 s.
                """;
        FeatureSpec old = md(before);
        FeatureSpec now = md(after);
        assertThat(old).isNotEqualTo(now);
        assertThat(SpecDiff.between(old, now).changes()).isEmpty();
    }

    @Test
    void reAligningATableIsNoChange() {
        FeatureSpec old = FeatureSpec.builder("T")
                .addAssumption("| a | b |\n|---|---|\n| 1 | 2 |")
                .build();
        FeatureSpec now = FeatureSpec.builder("T")
                .addAssumption("| a   | b   |\n| ----- | ----- |\n| 1   | 2   |")
                .build();
        assertThat(SpecDiff.between(old, now).changes()).isEmpty();
    }

    // ---- meaning

    @Test
    void caseOnlyRewordingIsEditorial() {
        assertThat(summaries(frs("System MUST let users log in."), frs("System MUST let Users login.")))
                .containsExactly("changed FR-001 (text) \"System MUST let Users login.\" [editorial]");
    }

    @Test
    void aLowerCaseKeywordBecomingRfc2119IsStricterNotEditorial() {
        assertThat(summaries(frs("System must log exports."), frs("System MUST log exports.")))
                .containsExactly("changed FR-001 (text, level none → MUST) \"System MUST log exports.\" [stricter]");
    }

    @Test
    void levelsGetStricterLooserOrTurnAround() {
        assertThat(summaries(frs("System SHOULD log."), frs("System MUST log.")))
                .containsExactly("changed FR-001 (text, level SHOULD → MUST) \"System MUST log.\" [stricter]");
        assertThat(summaries(frs("System MUST log."), frs("System MAY log.")))
                .containsExactly("changed FR-001 (text, level MUST → MAY) \"System MAY log.\" [looser]");
        assertThat(summaries(frs("System MUST log."), frs("System MUST NOT log.")))
                .containsExactly("changed FR-001 (text, level MUST → MUST NOT) \"System MUST NOT log.\" [breaking]");
    }

    @Test
    void mandatoryRequirementsAddedAreStricterAndRemovedLooser() {
        assertThat(summaries(frs("System MUST log."), frs("System MUST log.", "System MUST NOT delete.")))
                .containsExactly("added FR-002 \"System MUST NOT delete.\" [stricter]");
        assertThat(summaries(frs("System MUST log.", "System MAY cache."), frs("System MUST log.")))
                .containsExactly("removed FR-002 \"System MAY cache.\"");
        assertThat(summaries(frs("System MUST log.", "System SHALL cache."), frs("System MUST log.")))
                .containsExactly("removed FR-002 \"System SHALL cache.\" [looser]");
    }

    @Test
    void clarificationMarkersAddedAreUnclearAndResolvedClarified() {
        assertThat(summaries(frs("System MUST log."), frs("System MUST log [NEEDS CLARIFICATION: where?].")))
                .containsExactly("changed FR-001 (text) \"System MUST log [NEEDS CLARIFICATION: where?].\" [unclear]");
        assertThat(summaries(frs("System MUST log [NEEDS CLARIFICATION: where?]."), frs("System MUST log to stderr.")))
                .containsExactly("changed FR-001 (text) \"System MUST log to stderr.\" [clarified]");
    }

    @Test
    void answersAddedAreClarifiedAndIdentifiedByQuestion() {
        FeatureSpec old = FeatureSpec.builder("T")
                .addClarificationSession(
                        ClarificationSession.of("2026-01-05", List.of(Clarification.of("Which store?", "Postgres"))))
                .build();
        FeatureSpec now = FeatureSpec.builder("T")
                .addClarificationSession(ClarificationSession.of(
                        "2026-01-05",
                        List.of(
                                Clarification.of("Which store?", "SQLite"),
                                Clarification.of("Who may export?", "Admins only"))))
                .addClarificationSession(
                        ClarificationSession.of("2026-02-01", List.of(Clarification.of("Retention?", "30 days"))))
                .build();
        SpecDiff diff = SpecDiff.between(old, now);
        assertThat(diff.changes())
                .extracting(Change::summary)
                .containsExactly(
                        "changed clarification (answer) \"Which store?\" → \"SQLite\"",
                        "added clarification \"Who may export?\" → \"Admins only\" [clarified]",
                        "added clarification session 2026-02-01 \"1 entry\" [clarified]");
        assertThat(diff.changes().get(0).before()).contains("/clarifications/0/entries/0");
    }

    @Test
    void aBreakingApiStatementAppearing() {
        FeatureSpec old = FeatureSpec.builder("T")
                .apiContract(new ApiContractSection(List.of(Statement.of("`GET /v1/jobs` lists jobs."))))
                .build();
        FeatureSpec now = FeatureSpec.builder("T")
                .apiContract(new ApiContractSection(List.of(
                        Statement.of("`GET /v1/jobs` lists jobs."),
                        Statement.of("Renaming `state` to `status` is a breaking change for v1 clients."),
                        Statement.of("The new `limit` parameter is backward compatible."))))
                .build();
        assertThat(summaries(old, now))
                .containsExactly(
                        "added API contract statement \"Renaming `state` to `status` is a breaking change for v1 clients.\" [breaking]",
                        "added API contract statement \"The new `limit` parameter is backward compatible.\"");
    }

    @Test
    void anEndpointTheContractNoLongerNamesIsBreaking() {
        FeatureSpec old = FeatureSpec.builder("T")
                .apiContract(new ApiContractSection(List.of(
                        Statement.of("`GET /v1/jobs` lists jobs."),
                        Statement.of("`DELETE /v1/jobs/{id}` cancels one."))))
                .build();
        FeatureSpec gone = FeatureSpec.builder("T")
                .apiContract(new ApiContractSection(List.of(Statement.of("`GET /v1/jobs` lists jobs."))))
                .build();
        FeatureSpec movedElsewhere = FeatureSpec.builder("T")
                .apiContract(new ApiContractSection(
                        List.of(Statement.of("`GET /v1/jobs` lists jobs; `DELETE /v1/jobs/{id}` cancels one."))))
                .build();
        assertThat(SpecDiff.between(old, gone).has(Significance.BREAKING)).isTrue();
        assertThat(SpecDiff.between(old, movedElsewhere).has(Significance.BREAKING))
                .isFalse();
        // the same statement in another section means nothing for the API
        FeatureSpec security = FeatureSpec.builder("T")
                .securityImpact(new ImpactSection(List.of(Statement.of("A breaking change to token storage."))))
                .build();
        FeatureSpec securityNow = FeatureSpec.builder("T")
                .securityImpact(new ImpactSection(List.of(
                        Statement.of("A breaking change to token storage."),
                        Statement.of("Another breaking change to key rotation."))))
                .build();
        assertThat(SpecDiff.between(security, securityNow).has(Significance.BREAKING))
                .isFalse();
    }

    @Test
    void sectionsAppearAndDisappearAsAWhole() {
        FeatureSpec old = FeatureSpec.builder("T")
                .securityImpact(new ImpactSection(List.of(Statement.of("Tokens stay in the vault."))))
                .build();
        FeatureSpec now = FeatureSpec.builder("T")
                .apiContract(
                        new ApiContractSection(List.of(Statement.of("`POST /v2/jobs` is breaking for v1 clients."))))
                .build();
        assertThat(summaries(old, now))
                .containsExactly("added API contract section [breaking]", "removed security impact section");
    }

    // ---- stories

    private static UserStory story(int number, String title, int priority) {
        return UserStory.builder(number, title)
                .priority(Priority.of(priority))
                .description("An analyst " + title.toLowerCase() + " from the dashboard.")
                .addAcceptanceScenario(AcceptanceScenario.of("a report", "the analyst acts", "it is done"))
                .build();
    }

    @Test
    void removingAP1StoryIsBreakingAndAP3StoryIsNot() {
        FeatureSpec old = FeatureSpec.builder("T")
                .addUserStory(story(1, "Export a report", 1))
                .addUserStory(story(2, "Share a report", 3))
                .build();
        assertThat(summaries(
                        old,
                        FeatureSpec.builder("T")
                                .addUserStory(story(1, "Export a report", 1))
                                .build()))
                .containsExactly("removed story 2 \"Share a report\"");
        assertThat(summaries(
                        old,
                        FeatureSpec.builder("T")
                                .addUserStory(story(2, "Share a report", 3))
                                .build()))
                .containsExactly("removed story 1 \"Export a report\" [breaking]");
    }

    @Test
    void priorityChangesArePromotionsAndDemotions() {
        FeatureSpec old = FeatureSpec.builder("T")
                .addUserStory(story(1, "Export a report", 2))
                .addUserStory(story(2, "Share a report", 1))
                .build();
        FeatureSpec now = FeatureSpec.builder("T")
                .addUserStory(story(1, "Export a report", 1))
                .addUserStory(story(2, "Share a report", 3))
                .build();
        assertThat(summaries(old, now))
                .containsExactly(
                        "changed story 1 (priority P2 → P1) \"Export a report\" [promoted]",
                        "changed story 2 (priority P1 → P3) \"Share a report\" [demoted]");
    }

    @Test
    void aRenumberedStoryIsMovedAndARetitledOneChanged() {
        FeatureSpec old = FeatureSpec.builder("T")
                .addUserStory(story(1, "Export a report", 1))
                .addUserStory(story(2, "Share a report", 2))
                .build();
        FeatureSpec now = FeatureSpec.builder("T")
                .addUserStory(story(1, "Print a report", 1).toBuilder()
                        .description("An analyst export a report from the dashboard.")
                        .build())
                .addUserStory(story(2, "Schedule a report", 2))
                .addUserStory(story(3, "Share a report", 2))
                .build();
        assertThat(summaries(old, now))
                .containsExactly(
                        "changed story 1 (title) \"Print a report\"",
                        "added story 2 \"Schedule a report\"",
                        "moved story 3 (was story 2) \"Share a report\"");
    }

    @Test
    void scenariosArePairedBySimilarityWithinTheirStory() {
        UserStory before = UserStory.builder(1, "Export")
                .addAcceptanceScenario(
                        AcceptanceScenario.of("a saved report", "the analyst exports it", "a CSV file is saved"))
                .addAcceptanceScenario(
                        AcceptanceScenario.of("no reports", "the analyst opens export", "a hint is shown"))
                .build();
        UserStory after = UserStory.builder(1, "Export")
                .addAcceptanceScenario(
                        AcceptanceScenario.of("no reports", "the analyst opens export", "a hint is shown"))
                .addAcceptanceScenario(AcceptanceScenario.of(
                        "a saved report", "the analyst exports it", "a CSV file is saved and opened"))
                .build();
        SpecDiff diff = SpecDiff.between(
                FeatureSpec.builder("T").addUserStory(before).build(),
                FeatureSpec.builder("T").addUserStory(after).build());
        assertThat(diff.changes()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(ChangeKind.MOVED);
            assertThat(c.before()).contains("/userStories/0/acceptanceScenarios/0");
            assertThat(c.after()).contains("/userStories/0/acceptanceScenarios/1");
            assertThat(c.fields())
                    .containsExactly(FieldChange.of("then", "a CSV file is saved", "a CSV file is saved and opened"));
        });
    }

    // ---- requirements and criteria

    @Test
    void aReorderedRequirementIsMoved() {
        assertThat(summaries(frs("A MUST.", "B MUST.", "C MUST.", "D MUST."), List.of(3, 0, 1, 2)))
                .containsExactly("moved FR-004 (reordered) \"D MUST.\"");
    }

    private static List<String> summaries(FeatureSpec spec, List<Integer> order) {
        FeatureSpec.Builder b = FeatureSpec.builder(spec.title());
        order.forEach(
                i -> b.addFunctionalRequirement(spec.functionalRequirements().get(i)));
        return summaries(spec, b.build());
    }

    @Test
    void criteriaWithoutIdsArePairedBySimilarity() {
        FeatureSpec old = FeatureSpec.builder("T")
                .addSuccessCriterion(
                        new SuccessCriterion(Optional.empty(), "95% of exports finish in 5 s", java.util.Map.of()))
                .build();
        FeatureSpec now = FeatureSpec.builder("T")
                .addSuccessCriterion(
                        new SuccessCriterion(Optional.empty(), "99% of exports finish in 5 s", java.util.Map.of()))
                .build();
        assertThat(summaries(old, now))
                .containsExactly("changed success criterion (text) \"99% of exports finish in 5 s\"");
    }

    @Test
    void theSimilarityThresholdDecidesBetweenRewordedAndReplaced() {
        FeatureSpec old = FeatureSpec.builder("T")
                .addEdgeCase("What if the export is empty?")
                .build();
        FeatureSpec now = FeatureSpec.builder("T")
                .addEdgeCase("What if the export file is empty?")
                .build();
        assertThat(SpecDiff.between(old, now).changes())
                .extracting(Change::kind)
                .containsExactly(ChangeKind.CHANGED);
        SpecDiffer strict = SpecDiffer.builder().similarity(0.95).build();
        assertThat(strict.diff(old, now).changes())
                .extracting(Change::kind)
                .containsExactly(ChangeKind.REMOVED, ChangeKind.ADDED);
    }

    @Test
    void beyondTheComparisonBudgetNeighboursAreStillPaired() {
        FeatureSpec.Builder old = FeatureSpec.builder("T");
        FeatureSpec.Builder now = FeatureSpec.builder("T");
        for (int i = 0; i < 400; i++) {
            old.addAssumption("Assumption number " + i + " about widget " + (i * 7919 % 1000));
            now.addAssumption("Assumption number " + i + " about widget " + (i * 7919 % 1000) + " and gadgets");
        }
        SpecDiff diff = SpecDiffer.builder().maxComparisons(2_000).build().diff(old.build(), now.build());
        assertThat(diff.changes()).hasSize(400).allMatch(c -> c.kind() == ChangeKind.CHANGED);
        assertThat(diff.changes().get(17).before()).contains("/assumptions/17");
        assertThat(diff.changes().get(17).after()).contains("/assumptions/17");
    }

    // ---- scalars

    @Test
    void titleMetadataAndLanguageAreScalars() {
        FeatureSpec old = FeatureSpec.builder("Export")
                .metadata(
                        Metadata.builder().status("Draft").put("Epic", "EPIC-7").build())
                .build();
        FeatureSpec now = FeatureSpec.builder("Export reports")
                .language("de")
                .metadata(Metadata.builder()
                        .status("Approved")
                        .put("Owner/Team", "Data")
                        .build())
                .build();
        SpecDiff diff = SpecDiff.between(old, now);
        assertThat(diff.changes())
                .extracting(Change::summary)
                .containsExactly(
                        "changed title \"Export\" → \"Export reports\"",
                        "added language \"de\"",
                        "changed metadata status \"Draft\" → \"Approved\"",
                        "removed metadata Epic \"EPIC-7\"",
                        "added metadata Owner/Team \"Data\"");
        assertThat(diff.changes().get(4).after()).contains("/metadata/other/Owner~1Team");
        assertThat(diff.applyTo(old)).isEqualTo(now);
    }

    // ---- the API of the result

    @Test
    void changesAreCheckedOnConstruction() {
        assertThatThrownBy(() -> new Change(
                        ChangeKind.ADDED,
                        ElementType.TITLE,
                        Optional.of("/title"),
                        Optional.of("/title"),
                        Optional.empty(),
                        List.of(),
                        Optional.empty(),
                        Optional.of("x"),
                        null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Change of kind ADDED must not have a before pointer and an old value");
        assertThatThrownBy(() -> SpecDiffer.builder().similarity(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("similarity must be above 0 and at most 1: 0.0");
    }

    @Test
    void changesOfAnotherSpecDoNotApply() {
        SpecDiff diff = SpecDiff.between(frs("A MUST.", "B MUST."), frs("A MUST."));
        assertThatThrownBy(() -> diff.applyTo(frs("A MUST.")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "the change does not fit the spec: removed FR-002 \"B MUST.\" [looser] at /functionalRequirements/1");
    }

    @Test
    void significanceQueries() {
        SpecDiff diff = SpecDiff.between(frs("System SHOULD log.", "B MUST."), frs("System MUST log."));
        assertThat(diff.has(Significance.STRICTER)).isTrue();
        assertThat(diff.has(Significance.BREAKING)).isFalse();
        assertThat(diff.with(Significance.LOOSER))
                .extracting(Change::pointer)
                .containsExactly("/functionalRequirements/1");
    }
}
