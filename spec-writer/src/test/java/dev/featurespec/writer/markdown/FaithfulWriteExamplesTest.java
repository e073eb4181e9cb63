package dev.featurespec.writer.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.featurespec.model.AcceptanceScenario;
import dev.featurespec.model.ExtraSection;
import dev.featurespec.model.FeatureSpec;
import dev.featurespec.model.Requirement;
import dev.featurespec.model.UserStory;
import dev.featurespec.model.diagnostic.SourceDocument;
import dev.featurespec.parser.markdown.MarkdownSpecParser;
import dev.featurespec.writer.internal.faithful.FaithfulWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Exact outputs of {@link MarkdownSpecWriter#writeOnto} for the placement rules the laws only check by
 * reading back: ordered lists renumbered in the author's style, a new story's heading separator, a title
 * given where there was none, a new scenario beside scenarios written a step per item, a section written
 * again under its author's heading line.
 */
class FaithfulWriteExamplesTest {
    private static final MarkdownSpecParser PARSER = MarkdownSpecParser.create();
    private static final MarkdownSpecWriter WRITER = MarkdownSpecWriter.create();

    private static final String NUMBERED = """
            # Feature Specification: Numbers

            ## Requirements *(mandatory)*

            ### Functional Requirements

            1. **FR-001**: System MUST log in.
            2. **FR-002**: System MUST log out.
            3. **FR-003**: System MUST lock accounts.
            4. **FR-004**: System MUST send mail.
            """;

    /** The spec read from {@code text}, edited, written onto {@code text}; it reads back as edited. */
    private static String edit(String text, UnaryOperator<FeatureSpec> edit) {
        SourceDocument doc = PARSER.parse(text).document().orElseThrow();
        FeatureSpec edited = edit.apply(doc.spec());
        Optional<FaithfulWriter.Written> written = FaithfulWriter.write(doc, edited);
        assertThat(written).as("written without the whole-file fallback").isPresent();
        String out = WRITER.writeOnto(doc, edited);
        assertThat(PARSER.parse(out).spec()).isEqualTo(edited);
        return out;
    }

    private static FeatureSpec requirements(FeatureSpec spec, UnaryOperator<List<Requirement>> edit) {
        return spec.toBuilder()
                .functionalRequirements(edit.apply(new ArrayList<>(spec.functionalRequirements())))
                .build();
    }

    @Test
    void aRemovedItemOfANumberedListTakesOnlyItsLineAndTheNumbersAfterIt() {
        String out = edit(
                NUMBERED,
                spec -> requirements(spec, frs -> {
                    frs.remove(1);
                    return frs;
                }));

        assertThat(out)
                .isEqualTo(NUMBERED.replace("2. **FR-002**: System MUST log out.\n", "")
                        .replace("3. **FR-003**", "2. **FR-003**")
                        .replace("4. **FR-004**", "3. **FR-004**"));
    }

    @Test
    void aNewItemInTheMiddleOfANumberedListTakesTheNextNumberAndTheRestFollowOn() {
        Requirement added = new Requirement(Optional.of("FR-009"), Optional.empty(), "System MUST audit.", Map.of());
        String out = edit(
                NUMBERED,
                spec -> requirements(spec, frs -> {
                    frs.add(1, added);
                    return frs;
                }));

        assertThat(out)
                .isEqualTo(NUMBERED.replace("2. **FR-002**", "2. **FR-009**: System MUST audit.\n3. **FR-002**")
                        .replace("3. **FR-003**", "4. **FR-003**")
                        .replace("4. **FR-004**", "5. **FR-004**"));
    }

    @Test
    void aListNumberedOneOnEveryItemStaysSo() {
        String ones = NUMBERED.replaceAll("(?m)^\\d\\. ", "1. ");

        String out = edit(
                ones,
                spec -> requirements(spec, frs -> {
                    frs.remove(0);
                    return frs;
                }));

        assertThat(out).isEqualTo(ones.replace("1. **FR-001**: System MUST log in.\n", ""));
    }

    @Test
    void aNewStoryTakesTheSeparatorOfTheAuthorsStories() {
        String text = """
                # Feature Specification: Stories

                ## User Scenarios & Testing *(mandatory)*

                ### User Story 1: Log in (Priority: P1)

                A member logs in.
                """;
        UserStory story = new UserStory(
                2,
                "Log out",
                Optional.empty(),
                Optional.empty(),
                Optional.of("A member logs out."),
                Optional.empty(),
                Optional.empty(),
                List.of(),
                Optional.empty(),
                Optional.empty());

        String out = edit(text, spec -> {
            List<UserStory> stories = new ArrayList<>(spec.userStories());
            stories.add(story);
            return spec.toBuilder().userStories(stories).build();
        });

        assertThat(out).isEqualTo(text + "\n### User Story 2: Log out\n\nA member logs out.\n");
    }

    @Test
    void aTitleWhereThereWasNoneGoesAtTheTop() {
        String text = """
                ## Requirements

                - **FR-001**: System MUST log in.
                """;

        String out = edit(text, spec -> spec.toBuilder().title("Login").build());

        assertThat(out).isEqualTo("# Feature Specification: Login\n\n" + text);
    }

    @Test
    void aNewScenarioBesideScenariosWrittenAStepPerItemGoesInAListOfItsOwn() {
        String text = """
                # Feature Specification: Steps

                ## User Scenarios & Testing *(mandatory)*

                ### User Story 1 - Log in (Priority: P1)

                **Acceptance Scenarios**:

                - **Given** a member
                - **When** they log in
                - **Then** they see the home page
                """;
        AcceptanceScenario scenario = new AcceptanceScenario(
                Optional.of("a locked member"),
                Optional.of("they log in"),
                Optional.of("they see an error"),
                List.of(),
                "**Given** a locked member, **When** they log in, **Then** they see an error");

        String out = edit(text, spec -> {
            UserStory story = spec.userStories().get(0);
            List<AcceptanceScenario> scenarios = new ArrayList<>(story.acceptanceScenarios());
            scenarios.add(scenario);
            return spec.toBuilder()
                    .userStories(List.of(
                            story.toBuilder().acceptanceScenarios(scenarios).build()))
                    .build();
        });

        assertThat(out).isEqualTo(text + "* " + scenario.text() + "\n");
    }

    /**
     * The spec read from {@code text}, edited, written onto {@code text} a section at a time (not whole);
     * it reads back with the edited content and extra sections anchored as they were.
     */
    private static String perSection(String text, UnaryOperator<FeatureSpec> edit) {
        SourceDocument doc = PARSER.parse(text).document().orElseThrow();
        FeatureSpec edited = edit.apply(doc.spec());
        Optional<FaithfulWriter.Written> written = FaithfulWriter.write(doc, edited);
        assertThat(written.map(FaithfulWriter.Written::placement)).contains(FaithfulWriter.Placement.PER_SECTION);
        String out = WRITER.writeOnto(doc, edited);
        assertThat(PARSER.parse(out).spec().withoutPresentation()).isEqualTo(edited.withoutPresentation());
        return out;
    }

    @Test
    void aNewEdgeCasesSectionGoesPastTheExtraContentAnchoredAfterTheStories() {
        String text = """
                # Feature Specification: Slices

                ## User Scenarios & Testing *(mandatory)*

                ### User Story 1 - Sign in (Priority: P1)

                Users sign in.

                ### User Story 2 - Browse (Priority: P2)

                Users browse.

                ## Shipped slices

                - Sign-in shipped.

                ## Requirements *(mandatory)*

                ### Functional Requirements

                - **FR-001**: System MUST sign users in.
                """;

        // the stories swapped (a move writes their section again) and a first edge case
        String out = perSection(
                text,
                spec -> spec.toBuilder()
                        .userStories(List.of(
                                spec.userStories().get(1), spec.userStories().get(0)))
                        .edgeCases(List.of("A user signs in twice."))
                        .build());

        assertThat(PARSER.parse(out).spec().extraSections().get(0).after())
                .isEqualTo(PARSER.parse(text).spec().extraSections().get(0).after());
        assertThat(out)
                .contains("## Shipped slices\n\n- Sign-in shipped.\n\n### Edge Cases\n\n- A user signs in twice.\n\n"
                        + "## Requirements *(mandatory)*\n\n### Functional Requirements\n\n"
                        + "- **FR-001**: System MUST sign users in.\n")
                .startsWith("# Feature Specification: Slices\n\n");
    }

    @Test
    void theFirstStoriesUnderExtraContentAnchoredToTheirSectionGoAtTheEnd() {
        String text = """
                # Feature Specification: Promo

                ## User Stories

                As an admin I create promo codes.

                ## Acceptance Criteria

                - Codes expire.
                """;
        UserStory story = PARSER.parse("""
                        ## User Scenarios & Testing

                        ### User Story 1 - Create a code (Priority: P1)

                        An admin creates a code.
                        """).spec().userStories().get(0);

        String out = perSection(
                text, spec -> spec.toBuilder().userStories(List.of(story)).build());

        assertThat(PARSER.parse(out).spec().extraSections())
                .isEqualTo(PARSER.parse(text).spec().extraSections());
        assertThat(out)
                .contains(
                        "## Acceptance Criteria\n\n- Codes expire.\n\n### User Story 1 - Create a code (Priority: P1)\n\n"
                                + "An admin creates a code.\n");
    }

    /** {@code spec} with its first two stories swapped: a move, which writes their section again. */
    private static FeatureSpec storiesSwapped(FeatureSpec spec) {
        return spec.toBuilder()
                .userStories(
                        List.of(spec.userStories().get(1), spec.userStories().get(0)))
                .build();
    }

    @Test
    void aSectionWrittenAgainKeepsItsAuthorsHeadingLine() {
        String text = """
                # Feature Specification: Moves

                ## User Stories

                ### User Story 1 - Sign in (Priority: P1)

                Users sign in.

                ### User Story 2 - Browse (Priority: P2)

                Users browse.

                ## Requirements

                - **FR-001**: System MUST sign users in.
                """;

        String out = perSection(text, FaithfulWriteExamplesTest::storiesSwapped);

        // the author's heading (no template words, no marker) stays; only the body is written again
        assertThat(out).isEqualTo(text.replace("""
                        ### User Story 1 - Sign in (Priority: P1)

                        Users sign in.

                        ### User Story 2 - Browse (Priority: P2)

                        Users browse.
                        """, """
                        ### User Story 2 - Browse (Priority: P2)

                        Users browse.

                        ### User Story 1 - Sign in (Priority: P1)

                        Users sign in.
                        """));
    }

    @Test
    void aSubSectionWrittenAgainKeepsItsHeadingsLevelWordsAndSuffix() {
        String text = """
                # Feature Specification: Levels

                ## 3. Requirements (draft)

                #### Functional Requirements — v2 ####

                - **FR-001**: System MUST sign users in.
                - **FR-002**: System MUST sign users out.
                """;

        String out = perSection(text, spec -> requirements(spec, frs -> List.of(frs.get(1), frs.get(0))));

        assertThat(out).isEqualTo(text.replace("""
                        - **FR-001**: System MUST sign users in.
                        - **FR-002**: System MUST sign users out.
                        """, """
                        - **FR-002**: System MUST sign users out.
                        - **FR-001**: System MUST sign users in.
                        """));
    }

    @Test
    void aSetextHeadingOfASectionWrittenAgainStays() {
        String text = """
                # Feature Specification: Setext

                Requirements
                ------------

                - **FR-001**: System MUST sign users in.
                - **FR-002**: System MUST sign users out.
                """;

        String out = perSection(text, spec -> requirements(spec, frs -> List.of(frs.get(1), frs.get(0))));

        // the requirements stood right under Requirements: that section is written again, under its own
        // two-line heading, with the template's heading for the requirements the author gave none
        assertThat(out).isEqualTo(text.replace("""
                        - **FR-001**: System MUST sign users in.
                        - **FR-002**: System MUST sign users out.
                        """, """
                        ### Functional Requirements

                        - **FR-002**: System MUST sign users out.
                        - **FR-001**: System MUST sign users in.
                        """));
    }

    @Test
    void aSectionGivenTwiceIsWrittenAgainInTheCopyTheModelWasReadFrom() {
        String text = """
                # Feature Specification: Cache

                ## Requirements

                - **FR-001**: System MUST cache reads.
                - **FR-002**: System MUST expire entries.

                ## Requirements *(mandatory)*

                ### Functional Requirements

                - **FR-001**: System MUST [specific capability]
                """;

        String out = perSection(text, spec -> requirements(spec, frs -> List.of(frs.get(1), frs.get(0))));

        // the first copy holds the model: written again there; the leftover copy stays as it stands
        assertThat(out).isEqualTo(text.replace("""
                        - **FR-001**: System MUST cache reads.
                        - **FR-002**: System MUST expire entries.
                        """, """
                        ### Functional Requirements

                        - **FR-002**: System MUST expire entries.
                        - **FR-001**: System MUST cache reads.
                        """));
    }

    @Test
    void aNewExtraSectionListedLastGoesAfterTheLastOneAnchoredWhereItIs() {
        String text = """
                # Feature Specification: Notes

                ## Requirements

                - **FR-001**: System MUST sign users in.

                ## Rollout

                Staged.

                ## Success Criteria

                - **SC-001**: Sign-in takes under 1 s.

                ## Glossary

                - SSO: single sign-on.
                """;
        SourceDocument doc = PARSER.parse(text).document().orElseThrow();
        FeatureSpec spec = doc.spec();
        ExtraSection risks = new ExtraSection(
                Optional.of("Risks"),
                2,
                "- Outages.",
                spec.extraSections().get(0).after());
        List<ExtraSection> extras = new ArrayList<>(spec.extraSections());
        extras.add(risks); // listed after Glossary, anchored before it
        FeatureSpec edited = spec.toBuilder().extraSections(extras).build();

        Optional<FaithfulWriter.Written> written = FaithfulWriter.write(doc, edited);

        assertThat(FaithfulWriter.whyNot(doc, edited)).isEmpty();
        assertThat(written.map(FaithfulWriter.Written::placement)).contains(FaithfulWriter.Placement.REORDERED);
        String out = written.orElseThrow().text();
        assertThat(out).isEqualTo(text.replace("Staged.\n", "Staged.\n\n## Risks\n\n- Outages.\n"));
        assertThat(PARSER.parse(out).spec().extraSections()).containsExactly(extras.get(0), risks, extras.get(1));
    }

    @Test
    void aSectionWrittenAgainKeepsTheAuthorsWordsForLabelsAndColumns() {
        String text = """
                # Feature Specification: Words

                ## User Scenarios & Testing

                ### User Story 1 - Sign in (Priority: P1)

                Users sign in.

                **Why this matters**: Nothing works without it.

                ### User Story 2 - Browse (Priority: P2)

                Users browse.

                **Why this matters**: It is the point.

                ## Requirements

                ### Functional Requirements

                | ID | Requirement | Owner |
                |----|-------------|-------|
                | FR-001 | System MUST sign users in. | Ana |
                | FR-002 | System MUST list rooms. | Bo |
                """;

        String out =
                perSection(text, spec -> requirements(storiesSwapped(spec), frs -> List.of(frs.get(1), frs.get(0))));

        // the template would say "Why this priority" and "Description": the author's words stay (the stories,
        // moved as they were, keep their own lines)
        assertThat(out).isEqualTo("""
                        # Feature Specification: Words

                        ## User Scenarios & Testing

                        ### User Story 2 - Browse (Priority: P2)

                        Users browse.

                        **Why this matters**: It is the point.

                        ### User Story 1 - Sign in (Priority: P1)

                        Users sign in.

                        **Why this matters**: Nothing works without it.

                        ## Requirements

                        ### Functional Requirements

                        | ID | Requirement | Owner |
                        |----|-------------|---|
                        | FR-002 | System MUST list rooms. | Bo |
                        | FR-001 | System MUST sign users in. | Ana |
                        """);
    }

    @Test
    void aTableOfIdsAndTextsWrittenAgainStaysATableUnderItsOwnHeader() {
        String text = """
                # Feature Specification: Tables

                ## Requirements

                | Ref | Requisito |
                |-----|-----------|
                | FR-001 | System MUST sign users in. |
                | FR-002 | System MUST list rooms. |

                ## Success Criteria

                - **SC-001**: Sign-in takes under 1 s.
                """;

        String out = perSection(text, spec -> requirements(spec, frs -> List.of(frs.get(1), frs.get(0))));

        // the canonical writer writes a table of ids and texts only as a list
        assertThat(out).isEqualTo(text.replace("""
                        | Ref | Requisito |
                        |-----|-----------|
                        | FR-001 | System MUST sign users in. |
                        | FR-002 | System MUST list rooms. |
                        """, """
                        ### Functional Requirements

                        | Ref | Requisito |
                        |-----|-----------|
                        | FR-002 | System MUST list rooms. |
                        | FR-001 | System MUST sign users in. |
                        """));
    }

    @Test
    void storiesTheEditLeftAsTheyWereKeepTheirOwnLinesAndWordsWhenTheirSectionIsWrittenAgain() {
        String text = """
                # Feature Specification: Wording

                ## User Scenarios & Testing

                ### User Story 1: Sign in (Priority: P1)
                Users sign in.

                **Why this matters**: Nothing works without it.

                ### User Story 2: Browse (Priority: P2)
                Users browse.

                **Why this priority**: It is the point.

                * **Given** a member, **When** they browse, **Then** they see rooms
                """;

        String out = perSection(text, FaithfulWriteExamplesTest::storiesSwapped);

        // one word per term is all the template writes; a story moved as it was keeps its own, and its
        // separator, blank lines and bullets with it
        assertThat(out).isEqualTo("""
                        # Feature Specification: Wording

                        ## User Scenarios & Testing

                        ### User Story 2: Browse (Priority: P2)
                        Users browse.

                        **Why this priority**: It is the point.

                        * **Given** a member, **When** they browse, **Then** they see rooms

                        ### User Story 1: Sign in (Priority: P1)
                        Users sign in.

                        **Why this matters**: Nothing works without it.
                        """);
    }
}
