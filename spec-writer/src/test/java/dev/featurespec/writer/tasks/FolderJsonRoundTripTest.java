package dev.featurespec.writer.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.featurespec.model.checklist.Checklist;
import dev.featurespec.model.tasks.TaskList;
import dev.featurespec.parser.ReadResult;
import dev.featurespec.parser.checklist.JsonChecklistReader;
import dev.featurespec.parser.checklist.YamlChecklistReader;
import dev.featurespec.parser.tasks.JsonTasksReader;
import dev.featurespec.parser.tasks.YamlTasksReader;
import dev.featurespec.testkit.SchemaAssert;
import dev.featurespec.writer.checklist.JsonChecklistWriter;
import dev.featurespec.writer.checklist.YamlChecklistWriter;
import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON and YAML laws over every golden case and every corpus document: model → JSON → model and model
 * → YAML → model give the model back without a diagnostic, both are valid against the committed schema
 * ({@code tasks.schema.json}, {@code checklist.schema.json}), and the streaming writers write exactly what
 * the records' Jackson annotations declare (Jackson databind's output for the same model).
 */
class FolderJsonRoundTripTest {
    private static final JsonMapper DATABIND = JsonMapper.builder().build();

    static Stream<FolderDocuments.Doc> documents() throws IOException {
        return FolderDocuments.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void jsonAndYamlReadBackEqual(FolderDocuments.Doc doc) {
        Object model = doc.read(doc.source());
        String json = json(model);
        String yaml = yaml(model);
        ReadResult<?> fromJson = read(model, json, false);
        ReadResult<?> fromYaml = read(model, yaml, true);
        assertThat(fromJson.diagnostics())
                .as("diagnostics reading the JSON of %s", doc)
                .isEmpty();
        assertThat(fromJson.document()).as("JSON of %s read back", doc).isEqualTo(model);
        assertThat(fromYaml.diagnostics())
                .as("diagnostics reading the YAML of %s", doc)
                .isEmpty();
        assertThat(fromYaml.document()).as("YAML of %s read back", doc).isEqualTo(model);
        SchemaAssert.Against schema =
                SchemaAssert.against(model instanceof TaskList ? SchemaAssert.TASKS : SchemaAssert.CHECKLIST);
        schema.assertValidJson(json);
        schema.assertValidYaml(yaml);
        assertThat(compact(model))
                .as("streaming JSON of %s equals the annotations' shape", doc)
                .isEqualTo(DATABIND.writeValueAsString(model));
    }

    static String json(Object model) {
        return model instanceof TaskList t
                ? JsonTasksWriter.create().write(t)
                : JsonChecklistWriter.create().write((Checklist) model);
    }

    static String yaml(Object model) {
        return model instanceof TaskList t
                ? YamlTasksWriter.create().write(t)
                : YamlChecklistWriter.create().write((Checklist) model);
    }

    private static String compact(Object model) {
        return model instanceof TaskList t
                ? JsonTasksWriter.builder().compact(true).build().write(t)
                : JsonChecklistWriter.builder().compact(true).build().write((Checklist) model);
    }

    private static ReadResult<?> read(Object model, String text, boolean yaml) {
        if (model instanceof TaskList) {
            return yaml
                    ? YamlTasksReader.create().parse(text)
                    : JsonTasksReader.create().parse(text);
        }
        return yaml
                ? YamlChecklistReader.create().parse(text)
                : JsonChecklistReader.create().parse(text);
    }
}
