package dev.featurespec.model.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.featurespec.model.Statement;
import dev.featurespec.model.checklist.Category;
import dev.featurespec.model.checklist.Checklist;
import dev.featurespec.model.checklist.ChecklistItem;
import dev.featurespec.model.checklist.Reference;
import dev.featurespec.model.diagnostic.Diagnostic;
import dev.featurespec.model.diagnostic.SourceMap;
import dev.featurespec.model.document.ExtraSection;
import dev.featurespec.model.document.Note;
import dev.featurespec.model.validation.SpecValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TaskModelTest {
    @Test
    void aTaskDerivesWhatItsTextSays() {
        Task t = Task.builder("T012", "[P] [US2] Create User model in `src/models/user.py`")
                .addSubItem(Statement.of("Properties in backend/src/models/user_props.py"))
                .addRequirement("FR-003")
                .done(true)
                .build();
        assertThat(t.parallel()).isTrue();
        assertThat(t.stories()).containsExactly("US2");
        assertThat(t.tags()).containsExactly("P", "US2");
        assertThat(t.description()).isEqualTo("Create User model in `src/models/user.py`");
        assertThat(t.files()).containsExactly("src/models/user.py", "backend/src/models/user_props.py");
        assertThat(t.toBuilder().build()).isEqualTo(t);
    }

    @Test
    void recordsCopyTheirListsAndNameTheFieldThatIsMissing() {
        List<Task> tasks = new ArrayList<>(List.of(Task.of("T001", "Create")));
        Phase phase = Phase.builder("Phase 1: Setup").tasks(tasks).build();
        tasks.clear();
        assertThat(phase.tasks()).hasSize(1);
        assertThatThrownBy(() -> Task.of("T001", null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("Task.text must not be null");
        assertThatThrownBy(() -> new Phase(Optional.empty(), 2, List.of(), List.of(), List.of(), List.of(), List.of()))
                .hasMessage("Phase.level must be 0 without a heading, was 2");
        assertThatThrownBy(() -> Phase.builder("P").level(7).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Phase.level must be 1 to 6 for a heading, was 7");
        assertThatThrownBy(() -> Category.builder("C").level(0).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Category.level must be 1 to 6 for a heading, was 0");
        assertThatThrownBy(() -> Category.headless().level(1).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Category.level must be 0 without a heading, was 1");
        assertThatThrownBy(() -> Phase.builder("P")
                        .addGroup(TaskGroup.of("G", 2, List.of()))
                        .build())
                .hasMessageContaining("is not below its phase at level 2");
        assertThatThrownBy(() -> Note.of(" ")).hasMessage("Note.text of an unlabelled note must not be blank");
        assertThatThrownBy(() -> new ExtraSection("X", 7, "", 0))
                .hasMessage("ExtraSection.level must be 1 to 6, was 7");
    }

    @Test
    void notesAreAnchoredAmongTheTasks() {
        Phase phase = Phase.builder("Phase 2: Foundational")
                .addNote(Note.labelled("Purpose", "Core infrastructure"))
                .addTask(Task.of("T004", "Setup database"))
                .addNoteHere(Note.labelled("Checkpoint", "Foundation ready"))
                .build();
        assertThat(phase.notes()).extracting(Note::at).containsExactly(0, 1);
        assertThat(phase.note("checkpoint")).contains("Foundation ready");
    }

    @Test
    void aTaskListFindsItsTasks() {
        TaskList list = TaskList.builder("Tasks: X")
                .addNote(Note.labelled("Input", "spec.md"))
                .addPhase(Phase.builder("Phase 1")
                        .addTask(Task.of("T001", "A"))
                        .addGroup(TaskGroup.of("Tests", 3, List.of(Task.of("T002", "B"))))
                        .build())
                .addExtraSectionHere("Dependencies", "- none")
                .build();
        assertThat(list.tasks()).extracting(t -> t.id().orElseThrow()).containsExactly("T001", "T002");
        assertThat(list.task("T002")).map(Task::text).contains("B");
        assertThat(list.note("input")).contains("spec.md");
        assertThat(list.extraSections().get(0).after()).isEqualTo(1);
        assertThat(list.toBuilder().build()).isEqualTo(list);
    }

    @Test
    void constraintsReportDuplicateDescendingAndConflictingTasks() {
        TaskList list = TaskList.builder("Tasks")
                .addPhase(Phase.builder("Phase 1: Setup")
                        .addTask(Task.of("T001", "[P] Write `a.py`"))
                        .addTask(Task.of("T005", "[P] Test ./a.py"))
                        .addTask(Task.of("T003", "Later"))
                        .build())
                .addPhase(Phase.builder("Phase 2")
                        .addTask(Task.of("T001", "[P] Again `a.py`"))
                        .build())
                .build();
        List<Diagnostic> d = SpecValidator.create().validate(list, SourceMap.empty());
        assertThat(d)
                .extracting(Diagnostic::toString)
                .containsExactlyInAnyOrder(
                        "warning: T005 and T001 are both [P] under \"Phase 1: Setup\" and both name ./a.py [FS132]",
                        "warning: T003 comes after T005 [FS131]",
                        "error: T001 is listed twice (first under \"Phase 1: Setup\") [FS130]");
        assertThat(d)
                .filteredOn(x -> x.rule().id().equals("FS130"))
                .extracting(Diagnostic::pointer)
                .containsExactly("/phases/1/tasks/0/id");
    }

    @Test
    void checklistItemsDeriveTagsAndReferences() {
        ChecklistItem item = ChecklistItem.of("CHK007", "Are errors defined? [Completeness, Spec §FR-004]");
        assertThat(item.tags()).containsExactly("Completeness", "Spec §FR-004");
        assertThat(item.references()).containsExactly(Reference.of("Spec", "FR-004"));
        assertThat(item.references().get(0).toSpec()).isTrue();
        assertThat(Reference.of("Plan", "Data").toPlan()).isTrue();
        assertThat(Reference.of(null, "Edge Cases").toSpec()).isTrue();
        Checklist checklist = Checklist.builder("Checklist")
                .addCategory(Category.of("A", List.of(item)))
                .addCategory(Category.of("B", List.of(ChecklistItem.of("CHK007", "Again?"))))
                .build();
        assertThat(SpecValidator.create().validate(checklist, SourceMap.empty()))
                .extracting(Diagnostic::toString)
                .containsExactly("error: CHK007 is listed twice (first under \"A\") [FS133]");
        assertThat(checklist.toBuilder().build()).isEqualTo(checklist);
    }
}
