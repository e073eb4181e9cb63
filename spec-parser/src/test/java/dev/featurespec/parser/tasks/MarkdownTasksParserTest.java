package dev.featurespec.parser.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.featurespec.model.diagnostic.Diagnostic;
import dev.featurespec.model.diagnostic.SourceRange;
import dev.featurespec.model.tasks.Phase;
import dev.featurespec.model.tasks.Task;
import dev.featurespec.model.tasks.TaskList;
import dev.featurespec.parser.ReadResult;
import dev.featurespec.parser.SpecParseException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownTasksParserTest {
    private static final MarkdownTasksParser PARSER = MarkdownTasksParser.create();

    private static TaskList parse(String md) {
        return PARSER.parse(md).document();
    }

    @Test
    void readsIdsInEveryFormTheCorpusWrites() {
        TaskList t = parse("""
                # Tasks: X

                - [X] **T001** Setup: Create the module
                - [x] T001a [P] Add the CSV writer
                - [ ] T001.1: Add the PDF writer
                - [ ] No id at all
                """);
        assertThat(t.tasks())
                .extracting(task -> task.id().orElse("-"), Task::done, Task::text)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("T001", true, "Setup: Create the module"),
                        org.assertj.core.groups.Tuple.tuple("T001a", true, "[P] Add the CSV writer"),
                        org.assertj.core.groups.Tuple.tuple("T001.1", false, "Add the PDF writer"),
                        org.assertj.core.groups.Tuple.tuple("-", false, "No id at all"));
        assertThat(t.phases()).singleElement().satisfies(p -> {
            assertThat(p.heading()).isEmpty();
            assertThat(p.level()).isZero();
        });
    }

    @Test
    void phaseHeadingsNameTheirStoriesInEveryLanguageOfTheTemplate() {
        TaskList t = parse("""
                # Tasks

                ## Phase 3: User Story 1 - Pay (Priority: P1) 🎯 MVP

                - [ ] T001 [US1] Pay

                ## 阶段 4：用户故事 2 - 退款

                - [ ] T002 [US2] Refund

                ## Phase 5: US1+US3 - Both

                - [ ] T003 Both

                ## Fase 6 — Exportación (FR-001..FR-003, SC-002)

                - [ ] T004 Export
                """);
        assertThat(t.phases())
                .extracting(Phase::stories)
                .containsExactly(List.of("US1"), List.of("US2"), List.of("US1", "US3"), List.of());
        assertThat(t.phases().get(3).requirements()).containsExactly("FR-001", "FR-002", "FR-003", "SC-002");
    }

    @Test
    void tasksCiteIdsInTextTagsSubItemsAndDetails() {
        Task task = parse("""
                # Tasks

                - [ ] T001 [FR1] Do it for FR-003 and RF-004 but not FRX-1 or UTF-8
                  - per SC-001 ~ SC-003

                  Also FR-010.
                """).tasks().get(0);
        assertThat(task.requirements())
                .containsExactly("FR1", "FR-003", "RF-004", "FR-010", "SC-001", "SC-002", "SC-003");
        assertThat(task.details()).contains("Also FR-010.");
    }

    @Test
    void notesKeepTheirPlaceAmongTheTasks() {
        Phase p = parse("""
                # Tasks

                ## Phase 1

                **Purpose**: Basics
                **Goal:** Ship

                - [ ] T001 A
                - plain bullet
                - [ ] T002 B

                **Checkpoint**：Ready
                """).phases().get(0);
        assertThat(p.notes())
                .extracting(n -> n.label().orElse("") + "|" + n.text() + "|" + n.at())
                .containsExactly("Purpose|Basics|0", "Goal|Ship|0", "|- plain bullet|1", "Checkpoint|Ready|2");
    }

    @Test
    void sectionsWithoutTasksAreKeptWholeWithTheirPlace() {
        TaskList t = parse("""
                # Tasks

                ## Format

                - **[P]**: parallel

                ## Phase 1

                - [ ] T001 A

                ## Dependencies

                ### Phase Dependencies

                - Setup first
                """);
        assertThat(t.extraSections())
                .extracting(x -> x.heading() + "@" + x.after())
                .containsExactly("Format@0", "Dependencies@1");
        assertThat(t.extraSections().get(1).markdown()).isEqualTo("### Phase Dependencies\n\n- Setup first");
    }

    @Test
    void theSourceMapPointsAtPhasesTasksAndSubItems() {
        ReadResult<TaskList> r = PARSER.parse("""
                # Tasks

                ## Phase 1

                ### Tests

                - [ ] T001 A
                  - sub
                """);
        assertThat(r.sourceMap().get("/phases/0")).contains(SourceRange.of(3, 1, 3, 11));
        assertThat(r.sourceMap()
                        .get("/phases/0/groups/0/tasks/0")
                        .map(x -> x.start().line()))
                .contains(7);
        assertThat(r.sourceMap()
                        .get("/phases/0/groups/0/tasks/0/subItems/0")
                        .map(x -> x.start().toString()))
                .contains("8:3");
    }

    @Test
    void aTaskLikeLineWithoutACheckboxIsReportedOnlyAtTheTopLevel() {
        ReadResult<TaskList> r = PARSER.parse("""
                # Tasks

                ## Phase 1

                - [ ] T040 Pages
                  - T040-1 [P] [US3] Product page
                - T002 and T003 can run in parallel
                - [T041] [P] Sidebar
                """);
        assertThat(r.diagnostics())
                .extracting(Diagnostic::toString)
                .containsExactly("8:1: warning: \"[T041] [P] Sidebar\" looks like a task but has no checkbox '- [ ] ';"
                        + " it is kept as a note [FS030]");
        assertThat(r.document().tasks())
                .singleElement()
                .satisfies(t -> assertThat(t.subItems()).hasSize(1));
    }

    @Test
    void bomCrlfAndFrontMatterKeepTheFilesLineNumbers() {
        byte[] bytes = "\uFEFF---\r\ndescription: x\r\n---\r\n# Tasks\r\n\r\n- [ ] T001 A\r\n"
                .getBytes(StandardCharsets.UTF_8);
        ReadResult<TaskList> r = PARSER.parse(bytes);
        assertThat(r.document().frontMatter()).contains("description: x");
        assertThat(r.sourceMap().get("/phases/0/tasks/0").map(x -> x.start().line()))
                .contains(6);
        assertThat(r.diagnostics()).isEmpty();
    }

    @Test
    void badInputIsReportedNotThrown() {
        ReadResult<TaskList> invalid = PARSER.parse(new byte[] {'#', ' ', 'T', '\n', '-', ' ', (byte) 0xFF});
        assertThat(invalid.diagnostics()).extracting(d -> d.rule().id()).contains("FS051");
        ReadResult<TaskList> large =
                MarkdownTasksParser.builder().maxBytes(10).build().parse("# Tasks: far too long");
        assertThat(large.diagnostics()).extracting(d -> d.rule().id()).containsExactly("FS050");
        assertThat(large.unreadable()).isTrue();
        ReadResult<TaskList> frontMatter = PARSER.parse("---\nkey: [unclosed\n---\n# Tasks\n");
        assertThat(frontMatter.diagnostics()).extracting(d -> d.rule().id()).containsExactly("FS008");
    }

    @Test
    void strictModeThrowsOnErrors() {
        MarkdownTasksParser strict = MarkdownTasksParser.builder().strict(true).build();
        assertThatThrownBy(() -> strict.parse("- [ ] T001 no title"))
                .isInstanceOf(SpecParseException.class)
                .hasMessageContaining("[FS001]");
        assertThat(strict.parse("# Tasks\n\n- [ ] T001 A\n").hasErrors()).isFalse();
    }

    @Test
    void suppressionCommentsSilenceTheNextLine() {
        ReadResult<TaskList> r = PARSER.parse("""
                # Tasks

                <!-- featurespec-disable-next-line FS030 -->
                - [T001] Not a task
                """);
        assertThat(r.diagnostics()).isEmpty();
    }
}
