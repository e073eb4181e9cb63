package dev.featurespec.parser.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.featurespec.model.diagnostic.Diagnostic;
import dev.featurespec.model.tasks.TaskList;
import dev.featurespec.parser.ReadResult;
import dev.featurespec.parser.SpecParseException;
import dev.featurespec.parser.checklist.JsonChecklistReader;
import org.junit.jupiter.api.Test;

class JsonTasksReaderTest {
    private static ReadResult<TaskList> json(String text) {
        return JsonTasksReader.create().parse(text);
    }

    @Test
    void readsATaskListAndIgnoresDerivedValues() {
        ReadResult<TaskList> r = json("""
                {"formatVersion": 1, "title": "Tasks", "phases": [{"heading": "Phase 1", "level": 2,
                  "tasks": [{"id": "T001", "done": true, "text": "[P] Do", "parallel": false, "files": ["x"],
                             "stories": ["US9"], "requirements": ["FR-001"]}]}]}
                """);
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.document().tasks()).singleElement().satisfies(t -> {
            assertThat(t.parallel()).as("derived from the text, not read").isTrue();
            assertThat(t.stories()).isEmpty();
            assertThat(t.requirements()).containsExactly("FR-001");
        });
        assertThat(r.sourceMap().get("/phases/0/tasks/0/id").map(x -> x.start().toString()))
                .contains("2:20");
    }

    @Test
    void everyProblemIsReportedWithItsPointerAndTheRestIsRead() {
        ReadResult<TaskList> r = json("""
                {"title": "T", "title": "again", "owner": "me",
                 "phases": [{"level": "two"}, {"level": 2, "heading": "P", "tasks": [{"text": "no done"}, {"done": true, "text": "ok"}]}],
                 "notes": [{"label": "X"}, {"text": " ", "at": 0}]}
                """);
        assertThat(r.diagnostics())
                .extracting(d -> d.rule().id() + " " + d.pointer() + " " + d.message())
                .containsExactly(
                        "FS055 /title 'title' is given twice",
                        "FS053 /owner unknown property 'owner' in a task list",
                        "FS058 /phases/0 the phase has no 'level'",
                        "FS054 /phases/0/level level must be an integer, was a string",
                        "FS058 /phases/1/tasks/0 the task has no 'done'",
                        "FS058 /notes/0 the note has no 'text'",
                        "FS058 /notes/1 Note.text of an unlabelled note must not be blank");
        assertThat(r.document().title()).isEqualTo("T");
        assertThat(r.document().tasks()).extracting(t -> t.text()).containsExactly("ok");
    }

    @Test
    void everyProblemOfAPhaseOrGroupIsReportedWithItsPointerAndTheRestIsRead() {
        ReadResult<TaskList> r = json("""
                {"title": "T", "phases": [
                  {"heading": "Phase 1", "level": 2, "stories": ["US1"], "groups": [
                    {"level": 3, "tasks": [{"done": false, "text": "dropped"}]},
                    {"heading": "No level"},
                    {"heading": "Too deep", "level": 7},
                    {"heading": "Tests", "level": 3, "owner": "me", "requirements": ["FR-001"],
                     "notes": [{"text": "Write them first"}], "tasks": [{"id": "T002", "done": true, "text": "B"}]}],
                   "tasks": [{"id": "T001", "done": false, "text": "A"}]},
                  {"heading": "Phase 2", "level": 2, "groups": [{"heading": "Flat", "level": 2}]},
                  {"level": 2, "requirements": ["FR-002"]}]}
                """);
        assertThat(r.diagnostics())
                .extracting(d -> d.rule().id() + " " + d.pointer() + " " + d.message())
                .containsExactly(
                        "FS058 /phases/0/groups/0 the group has no 'heading'",
                        "FS058 /phases/0/groups/1 the group has no 'level'",
                        "FS058 /phases/0/groups/2 TaskGroup.level must be 1 to 6, was 7",
                        "FS053 /phases/0/groups/3/owner unknown property 'owner' in a group",
                        "FS058 /phases/1 TaskGroup 'Flat' at level 2 is not below its phase at level 2",
                        "FS058 /phases/2 Phase.level must be 0 without a heading, was 2");
        assertThat(r.document().phases()).singleElement().satisfies(p -> {
            assertThat(p.stories()).containsExactly("US1");
            assertThat(p.groups()).singleElement().satisfies(g -> {
                assertThat(g.heading()).isEqualTo("Tests");
                assertThat(g.requirements()).containsExactly("FR-001");
                assertThat(g.notes()).extracting(n -> n.text()).containsExactly("Write them first");
            });
        });
        assertThat(r.document().tasks()).extracting(t -> t.id().orElse("-")).containsExactly("T001", "T002");
    }

    @Test
    void everyBuilderRefusesALimitBelowOneByte() {
        assertThatThrownBy(() -> JsonTasksReader.builder().maxBytes(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxBytes must be positive: 0");
        assertThatThrownBy(() -> YamlTasksReader.builder().maxBytes(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxBytes must be positive: -1");
        assertThatThrownBy(() -> MarkdownTasksParser.builder().maxBytes(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxBytes must be positive: 0");
    }

    @Test
    void unreadableInputIsOneDiagnostic() {
        assertThat(json("{\"title\": ").diagnostics())
                .extracting(d -> d.rule().id())
                .containsExactly("FS052");
        assertThat(json("").diagnostics()).extracting(Diagnostic::message).containsExactly("the input is empty");
        assertThat(json("[1]").diagnostics()).extracting(d -> d.rule().id()).containsExactly("FS054");
        assertThat(json("{\"formatVersion\": 2, \"title\": \"x\"}").diagnostics())
                .extracting(d -> d.rule().id())
                .containsExactly("FS057");
        assertThat(json("{\"title\": \"x\"} {}").diagnostics())
                .extracting(d -> d.rule().id())
                .containsExactly("FS052");
        String deep = "[".repeat(600) + "]".repeat(600);
        assertThat(json("{\"title\": \"x\", \"notes\": " + deep + "}").diagnostics())
                .extracting(d -> d.rule().id())
                .contains("FS056");
        assertThat(JsonTasksReader.builder()
                        .maxBytes(5)
                        .build()
                        .parse("{\"title\": \"long\"}")
                        .unreadable())
                .isTrue();
    }

    @Test
    void yamlAliasesAreRefusedAndScalarsReadAsWritten() {
        ReadResult<TaskList> aliases = YamlTasksReader.create().parse("title: &a x\nfrontMatter: *a\n");
        assertThat(aliases.diagnostics()).extracting(d -> d.rule().id()).containsExactly("FS056");
        ReadResult<TaskList> scalars = YamlTasksReader.create()
                .parse("title: 2026\nphases:\n  - level: 0\n    tasks:\n      - {done: true, text: 42}\n");
        assertThat(scalars.diagnostics()).isEmpty();
        assertThat(scalars.document().title()).isEqualTo("2026");
        assertThat(scalars.document().tasks().get(0).text()).isEqualTo("42");
    }

    @Test
    void strictReadersThrow() {
        assertThatThrownBy(() -> JsonTasksReader.builder().strict(true).build().parse("{}"))
                .isInstanceOf(SpecParseException.class);
        assertThat(JsonChecklistReader.create()
                        .parse(
                                "{\"title\": \"C\", \"categories\": [{\"level\": 2, \"heading\": \"A\","
                                        + " \"items\": [{\"id\": \"CHK001\", \"done\": false, \"text\": \"Q? [Gap]\", \"tags\": [\"ignored\"]}]}]}")
                        .document()
                        .items())
                .singleElement()
                .satisfies(i -> assertThat(i.tags()).containsExactly("Gap"));
    }
}
