package dev.featurespec.writer.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.featurespec.model.tasks.TaskList;
import dev.featurespec.parser.ReadResult;
import dev.featurespec.parser.tasks.JsonTasksReader;
import dev.featurespec.testkit.SchemaAssert;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The task list example in docs/format.md is valid and is what the writer writes for it (as a tree). */
class FolderFormatDocTest {
    private static final Path DOC = Path.of("..", "docs", "format.md");

    @Test
    void taskListExampleIsValidAndReadsBackToTheSameTree() throws IOException {
        String json = block("## Task lists");
        SchemaAssert.against(SchemaAssert.TASKS).assertValidJson(json);
        ReadResult<TaskList> read = JsonTasksReader.create().parse(json);
        assertThat(read.diagnostics()).isEmpty();
        JsonMapper mapper = JsonMapper.builder().build();
        assertThat(mapper.readTree(JsonTasksWriter.create().write(read.document())))
                .as("derived values in the example agree with its texts")
                .isEqualTo(mapper.readTree(json));
    }

    /** The first ```json block after {@code heading}. */
    private static String block(String heading) throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        int section = doc.indexOf("\n" + heading);
        assertThat(section).as("%s in %s", heading, DOC).isPositive();
        int start = doc.indexOf("```json\n", section) + "```json\n".length();
        return doc.substring(start, doc.indexOf("```\n", start));
    }
}
