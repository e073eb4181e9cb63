package dev.featurespec.parser.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.featurespec.model.checklist.Checklist;
import dev.featurespec.model.tasks.Task;
import dev.featurespec.model.tasks.TaskList;
import dev.featurespec.parser.ReadResult;
import dev.featurespec.parser.checklist.MarkdownChecklistParser;
import dev.featurespec.parser.tasks.JsonTasksReader;
import dev.featurespec.parser.tasks.MarkdownTasksParser;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The {@code tasks.md} and checklist readers on hostile input, at {@code -Xmx256m}: each case finishes in
 * time proportional to its size, without a {@code StackOverflowError} or the last-resort handler, and
 * with a model or diagnostics that say what was read.
 */
@Tag("hostile")
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class FolderPathologicalTest {
    private static final MarkdownTasksParser TASKS = MarkdownTasksParser.create();

    @Test
    void nestedSubItemsStopAtTheBoundAndKeepTheRestAsText() {
        StringBuilder sb = new StringBuilder("# Tasks\n\n- [ ] T001 Deep\n");
        for (int i = 1; i <= 300; i++) {
            sb.append("  ".repeat(i)).append("- level ").append(i).append('\n');
        }
        ReadResult<TaskList> r = TASKS.parse(sb.toString());
        assertThat(r.document().tasks())
                .singleElement()
                .satisfies(t -> assertThat(t.subItems()).hasSize(1));
        assertThat(r.diagnostics()).extracting(d -> d.rule().id()).containsExactly("FS016");
    }

    @Test
    void twentyThousandTasksReadInOnePass() {
        StringBuilder sb = new StringBuilder("# Tasks\n\n## Phase 1\n\n");
        for (int i = 1; i <= 20_000; i++) {
            sb.append("- [ ] T")
                    .append(i)
                    .append(" [P] [US1] Task ")
                    .append(i)
                    .append(" in `src/f")
                    .append(i)
                    .append(".ts` (FR-001)\n");
        }
        ReadResult<TaskList> r = TASKS.parse(sb.toString());
        assertThat(r.document().tasks()).hasSize(20_000);
        assertThat(r.diagnostics()).isEmpty();
    }

    @Test
    void bracketsBackticksAndIdsWithoutEndCostLinearTime() {
        String text = "[".repeat(200_000) + "`".repeat(200_000) + " FR-1..".repeat(50_000);
        ReadResult<TaskList> r = TASKS.parse("# Tasks\n\n- [ ] T001 " + text + "\n");
        Task task = r.document().tasks().get(0);
        assertThat(task.tags()).isEmpty();
        assertThat(task.files()).isEmpty();
        assertThat(task.requirements()).containsExactly("FR-1");
        Checklist c = MarkdownChecklistParser.create()
                .parse("# C\n\n- [ ] " + text + " [Gap]\n")
                .document();
        assertThat(c.items().get(0).tags()).containsExactly("Gap");
    }

    @Test
    void aTenMegabyteTaskLineIsOneTask() {
        ReadResult<TaskList> r = TASKS.parse("# Tasks\n\n- [ ] T001 " + "a".repeat(10 << 20) + "\n");
        assertThat(r.document().tasks())
                .singleElement()
                .satisfies(t -> assertThat(t.text()).hasSize(10 << 20));
    }

    @Test
    void deeplyNestedJsonSubItemsAreRefusedAtTheDepthLimit() {
        String deep = "{\"text\": \"x\", \"children\": [".repeat(400) + "]}".repeat(400);
        String json = "{\"title\": \"T\", \"phases\": [{\"level\": 0, \"tasks\": [{\"done\": false, \"text\": \"t\","
                + " \"subItems\": [" + deep + "]}]}]}";
        ReadResult<TaskList> r = JsonTasksReader.create().parse(json);
        assertThat(r.diagnostics()).extracting(d -> d.rule().id()).containsExactly("FS056");
    }
}
