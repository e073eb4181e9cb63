package dev.featurespec.writer.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.featurespec.model.Statement;
import dev.featurespec.model.checklist.Category;
import dev.featurespec.model.checklist.Checklist;
import dev.featurespec.model.checklist.ChecklistItem;
import dev.featurespec.model.document.ExtraSection;
import dev.featurespec.model.document.Note;
import dev.featurespec.model.tasks.Phase;
import dev.featurespec.model.tasks.Task;
import dev.featurespec.model.tasks.TaskGroup;
import dev.featurespec.model.tasks.TaskList;
import dev.featurespec.testkit.SchemaAssert;
import dev.featurespec.writer.LineEnding;
import dev.featurespec.writer.checklist.MarkdownChecklistWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownTasksWriterTest {
    static TaskList sample() {
        return TaskList.builder("Tasks: Checkout")
                .addNote(Note.labelled("Input", "spec.md"))
                .addExtraSection(ExtraSection.of("Format", "- **[P]**: parallel", 0))
                .addPhase(Phase.headless()
                        .addTask(Task.of("T000", "Before any heading"))
                        .build())
                .addPhase(Phase.builder("Phase 1: Setup")
                        .addNote(Note.labelled("Purpose", "Basics"))
                        .addTask(Task.builder("T001", "[P] Create `src/a.py`")
                                .done(true)
                                .details("More about it.")
                                .addSubItem(new Statement("sub", List.of(Statement.of("deeper"))))
                                .build())
                        .addTask(Task.of(null, "No id"))
                        .addNoteHere(Note.labelled("Checkpoint", "Ready"))
                        .addGroup(TaskGroup.of("Tests", 3, List.of(Task.of("T002", "Test it"))))
                        .build())
                .addExtraSectionHere("Dependencies", "")
                .build();
    }

    @Test
    void writesTheCanonicalForm() {
        assertThat(MarkdownTasksWriter.create().write(sample())).isEqualTo("""
                        # Tasks: Checkout

                        **Input**: spec.md

                        - [ ] T000 Before any heading

                        ## Format

                        - **[P]**: parallel

                        ## Phase 1: Setup

                        **Purpose**: Basics

                        - [x] T001 [P] Create `src/a.py`

                          More about it.

                          - sub
                            - deeper
                        - [ ] No id

                        **Checkpoint**: Ready

                        ### Tests

                        - [ ] T002 Test it

                        ## Dependencies
                        """);
    }

    @Test
    void readsBackEqualInEveryFormatAndWithCrlf() {
        TaskList tasks = sample();
        String crlf = MarkdownTasksWriter.builder()
                .lineEnding(LineEnding.CRLF)
                .build()
                .write(tasks);
        assertThat(crlf).contains("\r\n").doesNotContain("\n\n");
        assertThat(crlf.replace("\r\n", "\n"))
                .isEqualTo(MarkdownTasksWriter.create().write(tasks));
        TaskList back = FolderDocuments.TASKS.parse(crlf).document();
        assertThat(back.tasks()).isEqualTo(tasks.tasks());
        SchemaAssert.against(SchemaAssert.TASKS)
                .assertValidJson(JsonTasksWriter.create().write(tasks));
        assertThat(JsonTasksWriter.builder().compact(true).build().write(tasks))
                .doesNotContain("\n")
                .startsWith("{\"formatVersion\":1,");
    }

    @Test
    void aChecklistIsWrittenWithItsIdsAndNotes() {
        Checklist checklist = Checklist.builder("Checklist: X")
                .addNote(Note.labelled("Created", "2026-02-03"))
                .addCategory(Category.builder("Clarity")
                        .addItem(ChecklistItem.builder("CHK001", "Clear? [Gap]")
                                .done(true)
                                .build())
                        .addNoteHere(Note.of("- note"))
                        .build())
                .addExtraSectionHere("Notes", "Done.")
                .build();
        assertThat(MarkdownChecklistWriter.create().write(checklist)).isEqualTo("""
                        # Checklist: X

                        **Created**: 2026-02-03

                        ## Clarity

                        - [x] CHK001 Clear? [Gap]

                        - note

                        ## Notes

                        Done.
                        """);
    }

    @Test
    void theSchemaRefusesWhatTheFormatDoesNotDefine() {
        SchemaAssert.Against schema = SchemaAssert.against(SchemaAssert.TASKS);
        assertThat(schema.errorsOfJson("{\"title\": \"T\", \"owner\": \"me\"}")).isNotEmpty();
        assertThat(schema.errorsOfJson(
                        "{\"title\": \"T\", \"phases\": [{\"level\": 2, \"tasks\": [{\"text\": \"x\"}]}]}"))
                .as("a task without done")
                .isNotEmpty();
        assertThat(schema.errorsOfJson("{\"title\": \"T\", \"notes\": [{\"text\": \"x\", \"at\": 0}]}"))
                .as("at 0 is left out")
                .isNotEmpty();
        assertThat(SchemaAssert.against(SchemaAssert.CHECKLIST).errorsOfJson("{\"title\": \"C\"}"))
                .isEmpty();
    }
}
