package dev.featurespec.writer.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.featurespec.model.checklist.Checklist;
import dev.featurespec.model.tasks.TaskList;
import dev.featurespec.parser.checklist.JsonChecklistReader;
import dev.featurespec.parser.checklist.YamlChecklistReader;
import dev.featurespec.parser.tasks.JsonTasksReader;
import dev.featurespec.parser.tasks.YamlTasksReader;
import dev.featurespec.testkit.FolderGenerator;
import dev.featurespec.testkit.SchemaAssert;
import dev.featurespec.writer.checklist.JsonChecklistWriter;
import dev.featurespec.writer.checklist.MarkdownChecklistWriter;
import dev.featurespec.writer.checklist.YamlChecklistWriter;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The readers' and writers' laws over generated {@code tasks.md} and checklists ({@link FolderGenerator}):
 * {@code parse(write(parse(md))) == parse(md)}, the writer is a fixed point, no word of the source is
 * lost, and the model survives JSON and YAML and validates against its schema. 200 seeds per kind by
 * default; {@code -Dfeaturespec.laws.seeds=N} runs more.
 */
class GeneratedFolderLawsTest {
    private static final int SEEDS = Integer.getInteger("featurespec.laws.seeds", 200);
    private static final SchemaAssert.Against TASKS_SCHEMA = SchemaAssert.against(SchemaAssert.TASKS);
    private static final SchemaAssert.Against CHECKLIST_SCHEMA = SchemaAssert.against(SchemaAssert.CHECKLIST);

    static LongStream seeds() {
        return LongStream.range(0, SEEDS);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void generatedTaskListsKeepTheLaws(long seed) {
        String md = new FolderGenerator(seed).tasks();
        TaskList model = FolderDocuments.TASKS.parse(md).document();
        String written = MarkdownTasksWriter.create().write(model);
        assertThat(FolderDocuments.TASKS.parse(written).document())
                .as("seed %d:\n%s", seed, md)
                .isEqualTo(model);
        assertThat(MarkdownTasksWriter.create()
                        .write(FolderDocuments.TASKS.parse(written).document()))
                .isEqualTo(written);
        assertThat(FolderDocuments.missingWords(md, written))
                .as("seed %d:\n%s", seed, md)
                .isEmpty();
        String json = JsonTasksWriter.create().write(model);
        TASKS_SCHEMA.assertValidJson(json);
        assertThat(JsonTasksReader.create().parse(json).document()).isEqualTo(model);
        assertThat(YamlTasksReader.create()
                        .parse(YamlTasksWriter.create().write(model))
                        .document())
                .isEqualTo(model);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void generatedChecklistsKeepTheLaws(long seed) {
        String md = new FolderGenerator(seed).checklist();
        Checklist model = FolderDocuments.CHECKLISTS.parse(md).document();
        String written = MarkdownChecklistWriter.create().write(model);
        assertThat(FolderDocuments.CHECKLISTS.parse(written).document())
                .as("seed %d:\n%s", seed, md)
                .isEqualTo(model);
        assertThat(MarkdownChecklistWriter.create()
                        .write(FolderDocuments.CHECKLISTS.parse(written).document()))
                .isEqualTo(written);
        assertThat(FolderDocuments.missingWords(md, written))
                .as("seed %d:\n%s", seed, md)
                .isEmpty();
        String json = JsonChecklistWriter.create().write(model);
        CHECKLIST_SCHEMA.assertValidJson(json);
        assertThat(JsonChecklistReader.create().parse(json).document()).isEqualTo(model);
        assertThat(YamlChecklistReader.create()
                        .parse(YamlChecklistWriter.create().write(model))
                        .document())
                .isEqualTo(model);
    }
}
