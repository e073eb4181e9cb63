package dev.featurespec.parser.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.featurespec.model.FeatureSpec;
import dev.featurespec.testkit.Corpus;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The words the parser records in {@code presentation.words}: the author's word for each template term
 * the writer writes again, where it is not the word the canonical writer would write.
 */
class AuthorWordsTest {
    private static final MarkdownSpecParser PARSER = MarkdownSpecParser.create();

    private static Map<String, String> words(String md) {
        return PARSER.parse(md).spec().presentation().words();
    }

    @Test
    void aCanonicalDocumentRecordsNoWord() {
        assertThat(words("""
                        # Feature Specification: Checkout

                        **Feature Branch**: `042-checkout`
                        **Status**: Draft

                        ## Clarifications

                        ### Session 2026-05-01

                        - Q: Which currency? → A: Euro only.

                        ## User Scenarios & Testing

                        ### User Story 1 - Pay (Priority: P1)

                        **Why this priority**: Revenue.

                        **Independent Test**: Pay once.

                        **Acceptance Scenarios**:

                        1. **Given** a cart, **When** I pay, **Then** I get a receipt
                        """)).isEmpty();
    }

    @Test
    void titlePrefixMetadataNamesSessionAndPriorityWordsAsWritten() {
        assertThat(words("""
                        # Feature Spec: Checkout

                        **Branch**: `042-checkout`
                        **status**: Draft

                        ## Clarifications

                        ### SESSION 2026-05-01

                        - Q: Which currency? → A: Euro only.

                        ## User Scenarios & Testing

                        ### User Story 1 - Pay (priority: P1)

                        **Acceptance Scenarios**:

                        1. **Given** a cart, **When** I pay, **Then** I get a receipt
                        """))
                .containsExactly(
                        entry("title", "Feature Spec"),
                        entry("headings.session", "SESSION"),
                        entry("story.priority", "priority"),
                        entry("metadata.featureBranch", "Branch"),
                        entry("metadata.status", "status"));
    }

    @Test
    void aLabelWrittenInSeveralWordsKeepsTheMostUsedAndTheFirstOnATie() {
        String story = """
                ### User Story %d - Step %d (Priority: P1)

                **%s**: Because.

                **Acceptance Scenarios**:

                1. **Given** a, **When** b, **Then** c
                """;
        String mostUsed = "## User Scenarios & Testing\n\n"
                + story.formatted(1, 1, "Why this priority")
                + story.formatted(2, 2, "Why This Priority")
                + story.formatted(3, 3, "Why This Priority");
        assertThat(words(mostUsed)).containsExactly(entry("labels.whyThisPriority", "Why This Priority"));

        String tie = "## User Scenarios & Testing\n\n"
                + story.formatted(1, 1, "Why This Priority")
                + story.formatted(2, 2, "Why this priority");
        assertThat(words(tie)).containsExactly(entry("labels.whyThisPriority", "Why This Priority"));
    }

    @Test
    void itemTableColumnsAreRecordedOnlyForATableWrittenAgainAsOne() {
        // the canonical writer writes ID and Description, whatever the language; both tables share the id
        // column's word
        String withAttributes = """
                ## Requirements

                ### Functional Requirements

                | # | Requirement | Owner |
                |---|-------------|-------|
                | FR-001 | System MUST log. | ops |

                ## Success Criteria

                | # | Metric | Target |
                |---|--------|--------|
                | SC-001 | Latency | 1 s |
                """;
        assertThat(words(withAttributes))
                .containsExactly(
                        entry("labels.idColumn", "#"),
                        entry("labels.textColumn", "Requirement"),
                        entry("labels.criterionTextColumn", "Metric"));
        // items without other columns are written as a list: their table's header is not written again
        assertThat(words("""
                        ## Success Criteria

                        | ID | Criterion |
                        |----|-----------|
                        | SC-001 | Fast. |
                        """)).isEmpty();
    }

    @Test
    void scenarioTableKeywordsAreRecordedOnlyWhenEveryScenarioOfTheStoryIsARow() {
        String table = """
                | Dado | Quando | Entao |
                |------|--------|-------|
                | a | b | c |
                """;
        String story = """
                ## Histórias de Usuário & Testes

                ### História de Usuário 1 - Reservar (Prioridade: P1)

                **Cenários de Aceitação**:

                """;
        assertThat(words(story + table)).containsExactly(entry("keywords.then", "Entao"));
        // a numbered scenario too: the story's scenarios are written as a list, without the table header
        assertThat(words(story + "1. **Dado** a, **Quando** b, **Então** c\n\n" + table))
                .isEmpty();
    }

    @Test
    void realPortugueseSpecKeepsItsPriorityLabelAndEnglishBranchName() throws IOException {
        FeatureSpec spec = PARSER.parse(Corpus.specOrSkip("condeDeveloper__acae__specs_001-login-acesso_spec.md"))
                .spec();
        // four stories write **Por que essa prioridade**, the template's Portuguese is "esta"; line 3 has
        // **Feature Branch** where the language's name is Branch da Funcionalidade
        assertThat(spec.language()).contains("pt");
        assertThat(spec.presentation().words())
                .containsExactly(
                        entry("labels.whyThisPriority", "Por que essa prioridade"),
                        entry("metadata.featureBranch", "Feature Branch"));
    }

    @Test
    void realJapaneseSpecKeepsItsLabelsTableHeadersAndStatusName() throws IOException {
        FeatureSpec spec = PARSER.parse(
                        Corpus.specOrSkip("J1921604__Slide-Voice-Maker__specs_001-Slide-Voice-Maker_spec.md"))
                .spec();
        assertThat(spec.language()).contains("ja");
        assertThat(spec.presentation().words())
                .containsExactly(
                        entry("labels.whyThisPriority", "この優先度の理由"),
                        entry("labels.independentTest", "独立テスト"),
                        entry("labels.acceptanceScenarios", "受入シナリオ"),
                        entry("labels.textColumn", "要件"),
                        entry("labels.criterionTextColumn", "基準"),
                        entry("metadata.status", "状態"),
                        entry("keywords.when", "操作"));
    }
}
