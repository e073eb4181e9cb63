package dev.featurespec.writer.internal.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.featurespec.model.AcceptanceScenario;
import dev.featurespec.model.Clarification;
import dev.featurespec.model.ClarificationSession;
import dev.featurespec.model.KeyEntity;
import dev.featurespec.model.Metadata;
import dev.featurespec.model.Priority;
import dev.featurespec.model.Requirement;
import dev.featurespec.model.Statement;
import dev.featurespec.model.SuccessCriterion;
import dev.featurespec.model.UserStory;
import dev.featurespec.model.template.Languages;
import dev.featurespec.model.template.TemplateSection;
import dev.featurespec.model.template.Term;
import dev.featurespec.writer.internal.layout.MarkdownStyle.BoldForm;
import dev.featurespec.writer.internal.layout.MarkdownStyle.Numbering;
import dev.featurespec.writer.internal.markdown.BlockWriter;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Each element renders on its own, in the canonical style or in another one, with any line separator. */
class ElementRenderingTest {
    private static final MarkdownStyle CANONICAL = MarkdownStyle.canonical(Languages.english());
    /** A style unlike the canonical one in every choice. */
    private static final MarkdownStyle OTHER = CANONICAL.toBuilder()
            .bullet('*')
            .idForm(BoldForm.STARS_COLON_INSIDE)
            .labelForm(BoldForm.UNDERSCORES)
            .arrow("->")
            .numbering(new Numbering(1, false, ')'))
            .looseItems(true)
            .storyHeading(": ", false)
            .word(Term.LABEL_WHY_THIS_PRIORITY, "Why this matters")
            .build();

    private static String render(Consumer<BlockWriter> element) {
        BlockWriter out = new BlockWriter(new StringBuilder(), "\n");
        element.accept(out);
        return out.toString();
    }

    @Test
    void rendersOneRequirementInEachStyle() {
        Requirement fr =
                new Requirement(Optional.of("FR-004"), Optional.of("Sorting"), "Users MUST sort.", java.util.Map.of());

        assertThat(render(out -> ItemsWriter.requirements(CANONICAL).requirement(out, fr, "- ")))
                .isEqualTo("- **FR-004 (Sorting)**: Users MUST sort.");
        assertThat(render(out -> ItemsWriter.requirements(OTHER).requirement(out, fr, "* ")))
                .isEqualTo("* **FR-004 (Sorting):** Users MUST sort.");
    }

    @Test
    void rendersOneRequirementAsATableRowUnderTheTablesColumns() {
        Requirement fr = new Requirement(
                Optional.of("FR-009"), Optional.empty(), "Log out | leave.", java.util.Map.of("Owner", "@ana"));
        ItemsWriter writer = ItemsWriter.requirements(CANONICAL);

        assertThat(render(out -> writer.tableHeader(out, List.of("Priority", "Owner"))))
                .isEqualTo("| ID | Description | Priority | Owner |\n|----|-------------|---|---|");
        assertThat(render(out -> writer.requirementRow(out, fr, List.of("Priority", "Owner"))))
                .isEqualTo("| FR-009 | Log out \\| leave. |  | @ana |");
    }

    @Test
    void rendersOneCriterionAfterItsOwnOrderedMarker() {
        SuccessCriterion sc = SuccessCriterion.of("SC-003", "Fast.").withMarker("3.");

        assertThat(render(out -> ItemsWriter.criteria(OTHER).criterion(out, sc, "* ")))
                .isEqualTo("3. **SC-003:** Fast.");
        assertThat(render(
                        out -> ItemsWriter.criteria(CANONICAL).criterion(out, SuccessCriterion.of("SC-1", "x"), "- ")))
                .isEqualTo("- **SC-1**: x");
    }

    @Test
    void rendersOneClarificationWithTheStylesArrow() {
        Clarification qa = Clarification.of("Which card?", "Visa.");

        assertThat(render(out -> new ClarificationsWriter(CANONICAL).entry(out, qa, "- ")))
                .isEqualTo("- Q: Which card? → A: Visa.");
        assertThat(render(out -> new ClarificationsWriter(OTHER).entry(out, qa, "* ")))
                .isEqualTo("* Q: Which card? -> A: Visa.");
    }

    @Test
    void rendersOneSessionWithItsEntriesSeparatedAsTheStyleSays() {
        ClarificationSession s = new ClarificationSession(
                "2026-01-02",
                Optional.of("cards"),
                List.of(Clarification.of("a?", "b"), new Clarification(Optional.empty(), "c", Optional.empty())));

        assertThat(render(out -> new ClarificationsWriter(OTHER).session(out, s, 3, "* ")))
                .isEqualTo("### Session 2026-01-02 (cards)\n\n* Q: a? -> A: b\n\n* c");
    }

    @Test
    void rendersOneScenarioNumberedAsTheStyleSays() {
        AcceptanceScenario s = AcceptanceScenario.of("a", "b", "c");

        assertThat(render(out -> new StoriesWriter(CANONICAL).scenario(out, s, 2)))
                .isEqualTo("3. **Given** a, **When** b, **Then** c");
        assertThat(render(out -> new StoriesWriter(OTHER).scenario(out, s, 2)))
                .isEqualTo("1) **Given** a, **When** b, **Then** c");
    }

    @Test
    void rendersOneStoryInTheStylesLabelsAndHeadingForm() {
        UserStory story = UserStory.builder(2, "Retry")
                .priority(Priority.of(2))
                .whyThisPriority("Failures happen.")
                .addAcceptanceScenario(AcceptanceScenario.of("a", "b", "c"))
                .build();

        assertThat(render(out -> new StoriesWriter(OTHER).story(out, story, 3))).isEqualTo("""
                ### User Story 2: Retry (Priority: P2)

                __Why this matters__: Failures happen.

                __Acceptance Scenarios__:

                1) **Given** a, **When** b, **Then** c""");
        assertThat(render(out -> new StoriesWriter(CANONICAL).story(out, story, 3)))
                .endsWith("c\n\n---");
    }

    @Test
    void rendersOneKeyEntityAndOneMetadataLineInTheStylesLabelForm() {
        assertThat(render(out -> new KeyEntitiesWriter(OTHER).item(out, new KeyEntity("Album", "Photos."), "* ")))
                .isEqualTo("* __Album__: Photos.");
        assertThat(render(out -> new MetadataWriter(CANONICAL).metadataLine(out, "Status", "Draft")))
                .isEqualTo("**Status**: Draft");
        assertThat(render(out -> new MetadataWriter(OTHER)
                        .metadata(
                                out,
                                Metadata.builder()
                                        .created("2026-01-01")
                                        .status("Draft")
                                        .build())))
                .isEqualTo("__Created__: 2026-01-01  \n__Status__: Draft");
    }

    @Test
    void rendersOneStatementTreeAndOneStatement() {
        Statement tree = new Statement("a", List.of(new Statement("b\nmore", List.of(Statement.of("c")))));
        StatementsWriter writer = StatementsWriter.of(TemplateSection.API_CONTRACT, CANONICAL);

        assertThat(render(out -> writer.tree(out, List.of(tree), "- "))).isEqualTo("- a\n  - b\n    more\n    - c");
        assertThat(render(out -> writer.statement(out, Statement.of("x"), 2, "+ ")))
                .isEqualTo("    + x");
    }

    @Test
    void rendersAnElementWithTheLineSeparatorOfItsWriter() {
        BlockWriter out = new BlockWriter(new StringBuilder(), "\r\n");

        PlainListWriter.assumptions(CANONICAL).item(out, "One\nTwo", "- ");

        assertThat(out).hasToString("- One\r\n  Two");
    }

    @Test
    void writesTheLanguagesWordsUnlessTheStyleGivesItsOwn() {
        MarkdownStyle ja = MarkdownStyle.canonical(Languages.forCode("ja").orElseThrow());

        assertThat(ja.word(Term.LABEL_WHY_THIS_PRIORITY)).isEqualTo("優先度の理由");
        assertThat(ja.word(Term.QUESTION)).isEqualTo("Q");
        assertThat(ja.toBuilder().word(Term.QUESTION, "質問").build().word(Term.QUESTION))
                .isEqualTo("質問");
    }
}
