package dev.featurespec.writer.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.featurespec.model.AcceptanceScenario;
import dev.featurespec.model.ApiContractSection;
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
import dev.featurespec.model.template.Profile;
import dev.featurespec.model.template.Profiles;
import dev.featurespec.testkit.Fixtures;
import dev.featurespec.testkit.GoldenCase;
import dev.featurespec.writer.LineEnding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MarkdownSpecWriterTest {
    private static final MarkdownSpecWriter WRITER = MarkdownSpecWriter.create();

    static Stream<String> goldenNames() {
        return Fixtures.canonical().keySet().stream().sorted();
    }

    @ParameterizedTest
    @MethodSource("goldenNames")
    void writesEachGoldenModelAsItsExpectedMarkdown(String name) throws IOException {
        String expected = Files.readString(
                GoldenCase.root().resolve("good").resolve("canonical-" + name + ".canonical.md"),
                StandardCharsets.UTF_8);

        assertThat(WRITER.write(Fixtures.canonical().get(name))).isEqualTo(expected);
    }

    @Test
    void writesTitleAndMetadataAsHardBrokenLines() {
        FeatureSpec spec = FeatureSpec.builder("Checkout")
                .metadata(Metadata.builder()
                        .featureBranch("042-checkout")
                        .created("2026-02-03")
                        .status("Draft")
                        .input("User description: \"pay & go\"")
                        .put("Owner", "@ana")
                        .build())
                .build();

        assertThat(WRITER.write(spec)).isEqualTo("""
                        # Feature Specification: Checkout

                        **Feature Branch**: `042-checkout`  \n\
                        **Created**: 2026-02-03  \n\
                        **Status**: Draft  \n\
                        **Input**: User description: "pay & go"  \n\
                        **Owner**: @ana
                        """);
    }

    @Test
    void writesFrontMatterBeforeTheTitle() {
        FeatureSpec spec =
                FeatureSpec.builder("Checkout").frontMatter("id: 42\ntags: [a]").build();

        assertThat(WRITER.write(spec)).isEqualTo("""
                        ---
                        id: 42
                        tags: [a]
                        ---

                        # Feature Specification: Checkout
                        """);
    }

    @Test
    void writesAnEmptyTitleLineWhenTheTitleIsEmptyButMetadataIsNot() {
        FeatureSpec spec = FeatureSpec.builder("")
                .metadata(Metadata.builder().status("Draft").build())
                .build();

        assertThat(WRITER.write(spec)).isEqualTo("# Feature Specification:\n\n**Status**: Draft\n");
    }

    @Test
    void leavesOutTheTitleLineWhenTheTitleAndMetadataAreEmpty() {
        FeatureSpec spec = FeatureSpec.builder("")
                .addExtraSection(ExtraSection.loose("Hello.", Section.METADATA))
                .build();

        assertThat(WRITER.write(spec)).isEqualTo("Hello.\n");
    }

    @Test
    void writesAnEmptySpecAsNothing() {
        assertThat(WRITER.write(FeatureSpec.builder("").build())).isEmpty();
    }

    @Test
    void writesAStoryWithoutPriorityOrLabels() {
        FeatureSpec spec = FeatureSpec.builder("T")
                .addUserStory(UserStory.builder(3, "Browse")
                        .description("Just browse.")
                        .build())
                .build();

        assertThat(WRITER.write(spec)).isEqualTo("""
                        # Feature Specification: T

                        ## User Scenarios & Testing *(mandatory)*

                        ### User Story 3 - Browse

                        Just browse.

                        ---
                        """);
    }

    @Test
    void numbersScenariosAndIndentsTheirFurtherLinesToTheItemContent() {
        List<AcceptanceScenario> scenarios = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            scenarios.add(AcceptanceScenario.of("g" + i, "w", "t"));
        }
        scenarios.add(new AcceptanceScenario(
                Optional.empty(), Optional.empty(), Optional.empty(), List.of(), "**Given** a,\n**When** b"));
        FeatureSpec spec = FeatureSpec.builder("T")
                .addUserStory(
                        UserStory.builder(1, "S").acceptanceScenarios(scenarios).build())
                .build();

        assertThat(WRITER.write(spec)).contains("""
                        9. **Given** g8, **When** w, **Then** t
                        10. **Given** g9, **When** w, **Then** t
                        11. **Given** a,
                            **When** b
                        """);
    }

    @Test
    void writesRequirementsWithIdsLabelsAndWithoutIds() {
        FeatureSpec spec = FeatureSpec.builder("T")
                .addFunctionalRequirement(Requirement.of("FR-001", "System MUST log in."))
                .addFunctionalRequirement(new Requirement(
                        Optional.of("FR-001a"), Optional.of("Branding: Title"), "Title MUST show.", Map.of()))
                .addFunctionalRequirement(
                        new Requirement(Optional.empty(), Optional.empty(), "Users MAY log out.", Map.of()))
                .build();

        assertThat(WRITER.write(spec)).endsWith("""
                        ## Requirements *(mandatory)*

                        ### Functional Requirements

                        - **FR-001**: System MUST log in.
                        - **FR-001a (Branding: Title)**: Title MUST show.
                        - Users MAY log out.
                        """);
    }

    @Test
    void writesRequirementsWithAttributesAsATableWithEveryColumn() {
        Map<String, String> first = new LinkedHashMap<>();
        first.put("Priority", "P1");
        Map<String, String> second = new LinkedHashMap<>();
        second.put("Owner", "a | b");
        FeatureSpec spec = FeatureSpec.builder("T")
                .addFunctionalRequirement(new Requirement(Optional.of("FR-001"), Optional.empty(), "Log in.", first))
                .addFunctionalRequirement(new Requirement(Optional.of("FR-002"), Optional.empty(), "Log out.", second))
                .build();

        assertThat(WRITER.write(spec)).endsWith("""
                        ### Functional Requirements

                        | ID | Description | Priority | Owner |
                        |----|-------------|---|---|
                        | FR-001 | Log in. | P1 |  |
                        | FR-002 | Log out. |  | a \\| b |
                        """);
    }

    @Test
    void writesCriteriaWithAttributesAsATable() {
        FeatureSpec spec = FeatureSpec.builder("T")
                .addSuccessCriterion(new SuccessCriterion(Optional.of("SC-001"), "Fast.", Map.of("Target", "1 s")))
                .build();

        assertThat(WRITER.write(spec)).endsWith("""
                        ### Measurable Outcomes

                        | ID | Description | Target |
                        |----|-------------|---|
                        | SC-001 | Fast. | 1 s |
                        """);
    }

    @Test
    void writesStatementsAsNestedBullets() {
        FeatureSpec spec = FeatureSpec.builder("T")
                .apiContract(new ApiContractSection(List.of(
                        new Statement(
                                "`POST /a` added",
                                List.of(new Statement("child\nmore", List.of(Statement.of("grandchild"))))),
                        Statement.of("second"))))
                .securityImpact(new ImpactSection(List.of()))
                .build();

        assertThat(WRITER.write(spec)).endsWith("""
                        ### API Contract & Compatibility *(mandatory)*

                        - `POST /a` added
                          - child
                            more
                            - grandchild
                        - second

                        ### Security & Secrets Impact *(mandatory)*
                        """);
    }

    @Test
    void writesTextsAsTheyAreWithoutEscapingInlineMarkdown() {
        String text = "Users MUST pay [NEEDS CLARIFICATION: which cards?] & get a `receipt_id` *fast* <br> \\* ok";
        FeatureSpec spec = FeatureSpec.builder("A & B [draft]")
                .addFunctionalRequirement(Requirement.of("FR-001", text))
                .build();

        String out = WRITER.write(spec);

        assertThat(out).startsWith("# Feature Specification: A & B [draft]\n").contains("- **FR-001**: " + text + "\n");
    }

    @Test
    void escapesALabelledTextLineThatWouldStartABlockAndEndTheParagraph() {
        FeatureSpec spec = FeatureSpec.builder("T")
                .addUserStory(UserStory.builder(1, "S")
                        .whyThisPriority("Because\n1. not a list\n- nor this\n> nor a quote\n---\n# nor a heading")
                        .build())
                .build();

        assertThat(WRITER.write(spec)).contains("""
                        **Why this priority**: Because
                        1\\. not a list
                        \\- nor this
                        \\> nor a quote
                        \\---
                        \\# nor a heading
                        """);
    }

    @Test
    void writesListItemTextsAsTheyAreWithNestedBlocksInsideTheItem() {
        FeatureSpec spec = FeatureSpec.builder("T")
                .addEdgeCase("# a heading in the item")
                .addEdgeCase("Buttons:\n- `New`\n- `Import`\n\n> quoted")
                .addEdgeCase("#hashtag and 2024. are plain text")
                .build();

        assertThat(WRITER.write(spec)).endsWith("""
                        - # a heading in the item
                        - Buttons:
                          - `New`
                          - `Import`

                          > quoted
                        - #hashtag and 2024. are plain text
                        """);
    }

    @Test
    void writesKeyEntitiesWithEmptyDescriptions() {
        FeatureSpec spec = FeatureSpec.builder("T")
                .addKeyEntity(new KeyEntity("Album", "Photos."))
                .addKeyEntity(new KeyEntity("Photo", ""))
                .build();

        assertThat(WRITER.write(spec)).endsWith("""
                        ### Key Entities *(include if feature involves data)*

                        - **Album**: Photos.
                        - **Photo**:
                        """);
    }

    @Test
    void writesExtrasOfASectionWithoutTypedContentUnderItsHeading() {
        FeatureSpec spec = FeatureSpec.builder("T")
                .addExtraSection(ExtraSection.headed("Notes", 3, "Some.", Section.EDGE_CASES))
                .addExtraSection(ExtraSection.loose("Loose.", Section.EDGE_CASES))
                .build();

        assertThat(WRITER.write(spec)).isEqualTo("""
                        # Feature Specification: T

                        ## User Scenarios & Testing *(mandatory)*

                        ### Edge Cases

                        Loose.

                        ### Notes

                        Some.
                        """);
    }

    @Test
    void joinsSeveralLooseExtrasOfOneSectionWithABlankLine() {
        FeatureSpec spec = FeatureSpec.builder("T")
                .addExtraSection(ExtraSection.loose("One.", Section.METADATA))
                .addExtraSection(ExtraSection.loose("Two.", Section.METADATA))
                .build();

        assertThat(WRITER.write(spec)).isEqualTo("# Feature Specification: T\n\nOne.\n\nTwo.\n");
    }

    @Test
    void writesTheSeedsMandatoryMarkersWhenTheSpecHasAnExtendedSection() {
        FeatureSpec spec = FeatureSpec.builder("T")
                .addKeyEntity(new KeyEntity("A", "a"))
                .observability(new dev.featurespec.model.ObservabilitySection(List.of()))
                .build();

        assertThat(WRITER.write(spec))
                .contains("### Observability & Operations *(mandatory)*\n")
                .contains("### Key Entities *(include if feature involves data)*\n");
    }

    @Test
    void usesTheProfileSetOnTheBuilder() {
        FeatureSpec spec = FeatureSpec.builder("T")
                .configurationImpact(new ImpactSection(List.of(Statement.of("none"))))
                .build();
        Profile speckit = Profiles.builtIn(Profile.SPECKIT);

        String out = MarkdownSpecWriter.builder().profile(speckit).build().write(spec);

        // the stock profile has no such section: no marker, level 3 under Requirements
        assertThat(out)
                .contains("## Requirements *(mandatory)*\n\n### Configuration Source of Truth Impact\n\n- none\n");
    }

    @Test
    void writesCrlfLineEndingsWhenAsked() {
        FeatureSpec spec = FeatureSpec.builder("T")
                .metadata(
                        Metadata.builder().created("2026-01-01").status("Draft").build())
                .addAssumption("One\nTwo")
                .build();

        String out =
                MarkdownSpecWriter.builder().lineEnding(LineEnding.CRLF).build().write(spec);

        assertThat(out)
                .isEqualTo("# Feature Specification: T\r\n\r\n**Created**: 2026-01-01  \r\n**Status**: Draft\r\n\r\n"
                        + "## Assumptions\r\n\r\n- One\r\n  Two\r\n");
    }

    @Test
    void writesCrlfInsideTextsAsTheChosenLineEnding() {
        FeatureSpec spec = FeatureSpec.builder("T").addAssumption("One\r\nTwo").build();

        assertThat(WRITER.write(spec)).endsWith("- One\n  Two\n");
    }

    @Test
    void writesGuidanceCommentsWhenAsked() {
        FeatureSpec spec = FeatureSpec.builder("T")
                .addUserStory(UserStory.builder(1, "S").build())
                .build();

        String out = MarkdownSpecWriter.builder().guidanceComments(true).build().write(spec);

        assertThat(out).contains("""
                        ## User Scenarios & Testing *(mandatory)*

                        <!--
                          IMPORTANT: User stories should be PRIORITIZED as user journeys ordered by importance.
                        """);
        assertThat(WRITER.write(spec)).doesNotContain("<!--");
    }

    @Test
    void appendsTheSameTextItReturns() throws IOException {
        FeatureSpec spec = Fixtures.speckitStock();
        StringBuilder out = new StringBuilder("> ");

        WRITER.write(spec, out);

        assertThat(out.toString()).isEqualTo("> " + WRITER.write(spec));
    }

    @Test
    void writesAStoryHeadingWithPriorityAndSuffix() {
        FeatureSpec spec = FeatureSpec.builder("T")
                .addUserStory(UserStory.builder(2, "Pay — fast")
                        .priority(Priority.of(0))
                        .suffix("🎯 MVP")
                        .build())
                .build();

        assertThat(WRITER.write(spec)).contains("\n### User Story 2 - Pay — fast (Priority: P0) 🎯 MVP\n\n---\n");
    }

    @Test
    void writesAStoryLabelInPlaceOfTheCanonicalWords() {
        FeatureSpec spec = FeatureSpec.builder("T")
                .addUserStory(UserStory.builder(3, "Sign in")
                        .label("US-003")
                        .priority(Priority.of(1))
                        .build())
                .build();

        assertThat(WRITER.write(spec)).contains("\n### US-003 - Sign in (Priority: P1)\n");
    }

    @Test
    void writesTheCanonicalWordsWhenTheLabelDoesNotEndWithTheStorysNumber() {
        FeatureSpec spec = FeatureSpec.builder("T")
                .addUserStory(UserStory.builder(3, "Sign in").label("US-004").build())
                .build();

        assertThat(WRITER.write(spec)).contains("\n### User Story 3 - Sign in\n");
    }

    @Test
    void writesTheCanonicalWordsWhenTheLabelHasNoStoryWord() {
        FeatureSpec spec = FeatureSpec.builder("T")
                .addUserStory(UserStory.builder(3, "Sign in").label("Epic 3").build())
                .build();

        assertThat(WRITER.write(spec)).contains("\n### User Story 3 - Sign in\n");
    }

    @Test
    void writesCriteriaWithTheirOrderedListMarkers() {
        FeatureSpec spec = FeatureSpec.builder("T")
                .addSuccessCriterion(SuccessCriterion.of("SC-001", "Fast.").withMarker("6."))
                .addSuccessCriterion(SuccessCriterion.of("SC-002", "Cheap.").withMarker("7."))
                .build();

        assertThat(WRITER.write(spec)).endsWith("""
                        ### Measurable Outcomes

                        6. **SC-001**: Fast.
                        7. **SC-002**: Cheap.
                        """);
    }

    @Test
    void writesAKeyEntityNameHoldingBoldBetweenUnderscores() {
        FeatureSpec spec = FeatureSpec.builder("T")
                .addKeyEntity(new KeyEntity("Album with **cover**", "Photos."))
                .addKeyEntity(new KeyEntity("run*config_file", "Settings."))
                .build();

        assertThat(WRITER.write(spec)).endsWith("""
                        - __Album with **cover**__: Photos.
                        - run*config_file: Settings.
                        """);
    }

    @Test
    void writesHeadingsLabelsAndMetadataNamesInTheSpecsLanguage() {
        FeatureSpec spec = FeatureSpec.builder("ログイン")
                .language("ja")
                .metadata(Metadata.builder()
                        .featureBranch("001-login")
                        .status("Draft")
                        .build())
                .addUserStory(UserStory.builder(1, "サインイン")
                        .priority(Priority.P1)
                        .whyThisPriority("必須の機能。")
                        .addAcceptanceScenario(new AcceptanceScenario(
                                Optional.of("登録済み"),
                                Optional.of("ログイン"),
                                Optional.of("表示"),
                                List.of(),
                                "**前提** 登録済み、**もし** ログイン、**ならば** 表示"))
                        .build())
                .addFunctionalRequirement(Requirement.of("FR-001", "システムはログインを許可しなければならない。"))
                .build();

        assertThat(WRITER.write(spec)).isEqualTo("""
                        # 機能仕様書: ログイン

                        **機能ブランチ**: `001-login`  \n\
                        **ステータス**: Draft

                        ## ユーザーシナリオとテスト *(必須)*

                        ### ユーザーストーリー 1 - サインイン (優先度: P1)

                        **優先度の理由**: 必須の機能。

                        **受け入れシナリオ**:

                        1. **前提** 登録済み、**もし** ログイン、**ならば** 表示

                        ---

                        ## 要件 *(必須)*

                        ### 機能要件

                        - **FR-001**: システムはログインを許可しなければならない。
                        """);
    }

    @Test
    void writesRequirementGroupsAsSubHeadingsOverTheirRuns() {
        FeatureSpec spec = FeatureSpec.builder("T")
                .addFunctionalRequirement(Requirement.of("FR-001", "Top."))
                .addFunctionalRequirement(
                        new Requirement(Optional.of("FR-002"), Optional.empty(), "Log in.", Map.of("group", "Auth")))
                .addFunctionalRequirement(
                        new Requirement(Optional.of("FR-003"), Optional.empty(), "Log out.", Map.of("group", "Auth")))
                .addFunctionalRequirement(
                        new Requirement(Optional.of("FR-004"), Optional.empty(), "Bill.", Map.of("group", "Billing")))
                .build();

        assertThat(WRITER.write(spec)).endsWith("""
                        ### Functional Requirements

                        - **FR-001**: Top.

                        #### Auth

                        - **FR-002**: Log in.
                        - **FR-003**: Log out.

                        #### Billing

                        - **FR-004**: Bill.
                        """);
    }

    @Test
    void writesAGroupAsAColumnWhenAnUngroupedRequirementFollowsAGroupedOne() {
        FeatureSpec spec = FeatureSpec.builder("T")
                .addFunctionalRequirement(
                        new Requirement(Optional.of("FR-001"), Optional.empty(), "Log in.", Map.of("group", "Auth")))
                .addFunctionalRequirement(Requirement.of("FR-002", "Other."))
                .build();

        assertThat(WRITER.write(spec)).endsWith("""
                        | ID | Description | group |
                        |----|-------------|---|
                        | FR-001 | Log in. | Auth |
                        | FR-002 | Other. |  |
                        """);
    }

    @Test
    void writesScenariosReadFromATableAsATableUnderKeywordColumns() {
        FeatureSpec spec = FeatureSpec.builder("T")
                .addUserStory(UserStory.builder(1, "S")
                        .addAcceptanceScenario(new AcceptanceScenario(
                                Optional.of("a"), Optional.of("b"), Optional.of("c"), List.of(), "| a | b | c |"))
                        .addAcceptanceScenario(new AcceptanceScenario(
                                Optional.of("d"), Optional.of("e"), Optional.of("f"), List.of(), "| d | e | f |"))
                        .build())
                .build();

        assertThat(WRITER.write(spec)).contains("""
                        **Acceptance Scenarios**:

                        | Given | When | Then |
                        |---|---|---|
                        | a | b | c |
                        | d | e | f |
                        """);
    }

    @Test
    void writesNotesHoldingAListBeforeTheScenariosWhereTheyCannotReadAsScenarios() {
        FeatureSpec spec = FeatureSpec.builder("T")
                .addUserStory(UserStory.builder(1, "S")
                        .independentTest("Try it.")
                        .addAcceptanceScenario(AcceptanceScenario.of("a", "b", "c"))
                        .notes("Steps:\n\n1. open\n2. close")
                        .build())
                .build();

        assertThat(WRITER.write(spec)).contains("""
                        **Independent Test**: Try it.

                        Steps:

                        1. open
                        2. close

                        **Acceptance Scenarios**:

                        1. **Given** a, **When** b, **Then** c

                        ---
                        """);
    }

    @Test
    void writesNotesOpeningWithAListBeforeTheScenariosOfAStoryWithoutLabels() {
        FeatureSpec spec = FeatureSpec.builder("T")
                .addUserStory(UserStory.builder(1, "S")
                        .addAcceptanceScenario(AcceptanceScenario.of("a", "b", "c"))
                        .notes("- a user wants it fast")
                        .build())
                .build();

        assertThat(WRITER.write(spec)).contains("""
                        ### User Story 1 - S

                        - a user wants it fast

                        **Acceptance Scenarios**:
                        """);
    }

    @Test
    void rejectsANullSpec() {
        assertThatThrownBy(() -> WRITER.write(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("spec must not be null");
    }
}
