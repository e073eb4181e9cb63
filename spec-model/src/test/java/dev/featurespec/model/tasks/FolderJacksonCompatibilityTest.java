package dev.featurespec.model.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import dev.featurespec.model.Statement;
import dev.featurespec.model.checklist.Category;
import dev.featurespec.model.checklist.Checklist;
import dev.featurespec.model.checklist.ChecklistItem;
import dev.featurespec.model.document.Note;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The task list's and checklist's annotations are read the same by Jackson 3 and Jackson 2. */
class FolderJacksonCompatibilityTest {
    private static final JsonMapper JACKSON3 = JsonMapper.builder().build();
    private static final com.fasterxml.jackson.databind.ObjectMapper JACKSON2 =
            com.fasterxml.jackson.databind.json.JsonMapper.builder()
                    .addModule(new Jdk8Module())
                    .enable(com.fasterxml.jackson.core.json.JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
                    .build();

    static TaskList tasks() {
        return TaskList.builder("Tasks: 结账")
                .frontMatter("description: x")
                .addNote(Note.labelled("Input", "spec.md"))
                .addPhase(Phase.builder("Phase 1: User Story 1 (Priority: P1)")
                        .addStory("US1")
                        .addNote(Note.labelled("Goal", "Pay"))
                        .addTask(Task.builder("T001", "[P] [US1] Create `src/pay.py` (FR-001)")
                                .addRequirement("FR-001")
                                .details("More.")
                                .addSubItem(new Statement("sub", List.of(Statement.of("deeper"))))
                                .build())
                        .addNoteHere(Note.of("| a |\n|---|"))
                        .addGroup(TaskGroup.of("Tests", 3, List.of(Task.of(null, "No id"))))
                        .build())
                .addExtraSectionHere("Dependencies", "- none")
                .build();
    }

    static Checklist checklist() {
        return Checklist.builder("Checklist")
                .addCategory(Category.of(
                        "Clarity",
                        List.of(ChecklistItem.builder("CHK001", "Clear? [Gap, Spec §FR-1]")
                                .addRequirement("FR-1")
                                .done(true)
                                .build())))
                .build();
    }

    @Test
    void jackson2AndJackson3WriteIdenticalBytes() throws Exception {
        for (Object model : List.of(tasks(), checklist())) {
            assertThat(new String(JACKSON2.writeValueAsBytes(model), StandardCharsets.UTF_8))
                    .isEqualTo(new String(JACKSON3.writeValueAsBytes(model), StandardCharsets.UTF_8));
        }
    }

    @Test
    void bothReadTheirOutputBackEqual() throws Exception {
        String tasks = JACKSON3.writeValueAsString(tasks());
        assertThat(JACKSON3.readValue(tasks, TaskList.class)).isEqualTo(tasks());
        assertThat(JACKSON2.readValue(tasks, TaskList.class)).isEqualTo(tasks());
        String checklist = JACKSON3.writeValueAsString(checklist());
        assertThat(JACKSON3.readValue(checklist, Checklist.class)).isEqualTo(checklist());
        assertThat(JACKSON2.readValue(checklist, Checklist.class)).isEqualTo(checklist());
    }

    @Test
    void derivedValuesAreWrittenAndDefaultsLeftOut() {
        String json = JACKSON3.writeValueAsString(tasks());
        assertThat(json).startsWith("{\"formatVersion\":1,\"title\":\"Tasks: 结账\"");
        assertThat(json).contains("\"parallel\":true", "\"stories\":[\"US1\"]", "\"files\":[\"src/pay.py\"]");
        assertThat(json).contains("{\"text\":\"| a |\\n|---|\",\"at\":1}", "{\"label\":\"Goal\",\"text\":\"Pay\"}");
        assertThat(json).contains("{\"done\":false,\"text\":\"No id\"}");
        assertThat(JACKSON3.writeValueAsString(checklist())).contains("\"tags\":[\"Gap\",\"Spec §FR-1\"]");
    }
}
