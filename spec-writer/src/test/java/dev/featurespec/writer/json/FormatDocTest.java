package dev.featurespec.writer.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.featurespec.model.FeatureSpec;
import dev.featurespec.parser.ParseResult;
import dev.featurespec.parser.json.JsonSpecReader;
import dev.featurespec.parser.json.YamlSpecReader;
import dev.featurespec.testkit.SchemaAssert;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The examples in docs/format.md are what the writers write, so the page cannot drift from the code. */
class FormatDocTest {
    private static final Path DOC = Path.of("..", "docs", "format.md");

    @Test
    void jsonExampleIsWhatTheJsonWriterWrites() throws IOException {
        String json = block("json");
        SchemaAssert.assertValidJson(json);
        assertThat(JsonSpecWriter.create().write(read(JsonSpecReader.create()::parse, json)))
                .isEqualTo(json);
    }

    @Test
    void yamlExampleIsTheSameTreeAsTheJsonExample() throws IOException {
        String yaml = block("yaml");
        SchemaAssert.assertValidYaml(yaml);
        FeatureSpec spec = read(YamlSpecReader.create()::parse, yaml);
        assertThat(spec).isEqualTo(read(JsonSpecReader.create()::parse, block("json")));
        assertThat(YamlSpecWriter.create().write(spec)).isEqualTo(yaml);
    }

    private static FeatureSpec read(Function<String, ParseResult> reader, String text) {
        ParseResult result = reader.apply(text);
        assertThat(result.diagnostics()).isEmpty();
        return result.spec();
    }

    /** The first fenced block of {@code language} in the page, with its trailing newline. */
    private static String block(String language) throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        String fence = "```" + language + "\n";
        int start = doc.indexOf(fence);
        assertThat(start).as("a ```%s block in %s", language, DOC).isNotNegative();
        int end = doc.indexOf("```\n", start + fence.length());
        return doc.substring(start + fence.length(), end);
    }
}
