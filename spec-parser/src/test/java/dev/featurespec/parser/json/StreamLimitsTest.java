package dev.featurespec.parser.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.featurespec.parser.ParseResult;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every one of Jackson's stream limits comes back as {@code FS056} with the position where reading
 * stopped and the pointer of the value being read, never as an exception, in JSON and in YAML; the
 * document's length is refused as {@code FS050} before parsing, by every entry point.
 */
@Timeout(10)
class StreamLimitsTest {
    private static final JsonSpecReader JSON = JsonSpecReader.create();
    private static final YamlSpecReader YAML = YamlSpecReader.create();

    static {
        // load Jackson and snakeyaml before any test runs: the timeouts are for refusing input, not class loading
        JSON.parse("{\"title\": \"warm\"}");
        YAML.parse("title: warm\n");
    }

    @Test
    void jsonPropertyNameOf60000Characters() {
        String key = "k".repeat(60_000);
        ParseResult result = JSON.parse("{\"title\":\"x\",\"metadata\":{\"other\":{\"" + key + "\":\"v\"}}}");
        assertThat(Diagnostics.of(result))
                .containsExactly(
                        "FS056 1:34 /metadata/other a property name is longer than the limit of 50000 characters");
        assertThat(result.unreadable()).isTrue();
    }

    @Test
    void yamlPropertyNameOf60000Characters() {
        String key = "k".repeat(60_000);
        // a plain YAML key is at most 1024 characters (a syntax error past that); a quoted one in a flow mapping is not
        ParseResult result = YAML.parse("title: x\nmetadata:\n  other: {\"" + key + "\": v}\n");
        assertThat(Diagnostics.of(result))
                .containsExactly(
                        "FS056 3:11 /metadata/other a property name is longer than the limit of 50000 characters");
    }

    @Test
    void jsonNumberOf1200Digits() {
        // Jackson reads a property's value with its name: the position is the object's
        ParseResult result =
                JSON.parse("{\"title\": \"T\", \"userStories\": [{\"number\": " + "1".repeat(1200) + "}]}");
        assertThat(Diagnostics.of(result))
                .containsExactly("FS056 1:33 /userStories/0 a number is longer than the limit of 1000 characters");
    }

    @Test
    void yamlNumberOf1200Digits() {
        ParseResult result = YAML.parse("title: T\nuserStories:\n  - number: " + "1".repeat(1200) + "\n");
        assertThat(Diagnostics.of(result))
                .containsExactly(
                        "FS056 3:13 /userStories/0/number a number is longer than the limit of 1000 characters");
    }

    @Test
    void jsonStringOverEightMegabytes() {
        ParseResult result = JSON.parse("{\"title\": \"T\", \"assumptions\": [\"" + "x".repeat(9 << 20) + "\"]}");
        assertThat(Diagnostics.of(result))
                .containsExactly("FS056 1:32 /assumptions/0 a string is longer than the limit of 8388608 characters");
    }

    @Test
    void yamlStringOverEightMegabytesOnManyLines() {
        YamlSpecReader large = YamlSpecReader.builder().maxBytes(16L << 20).build();
        String line = "    " + "x".repeat(1020) + "\n";
        String yaml = "title: T\nassumptions:\n  - |\n" + line.repeat(9 * 1024);
        ParseResult result = large.parse(yaml);
        assertThat(Diagnostics.of(result))
                .containsExactly("FS056 3:5 /assumptions/0 a string is longer than the limit of 8388608 characters");
    }

    @Test
    void jsonNestingDeeperThanTheLimit() {
        ParseResult result = JSON.parse("{\"title\": \"T\", \"edgeCases\": " + "[".repeat(600) + "]".repeat(600) + "}");
        assertThat(Diagnostics.of(result))
                .containsExactly(
                        "FS056 1:528 /edgeCases" + "/0".repeat(499) + " nesting depth exceeds the limit of 500");
    }

    @Test
    void yamlNestingDeeperThanTheLimit() {
        ParseResult result = YAML.parse("title: T\nedgeCases: " + "[".repeat(600) + "]".repeat(600) + "\n");
        assertThat(Diagnostics.of(result))
                .containsExactly(
                        "FS056 2:511 /edgeCases" + "/0".repeat(499) + " nesting depth exceeds the limit of 500");
    }

    @Test
    void jsonOfMoreThanFiveMillionTokens() {
        // five tokens before the first element: the 5,000,001st token is element 4,999,995, at 30 + 3 × that
        ParseResult result = JSON.parse("{\"title\": \"T\", \"edgeCases\": [" + "\"\",".repeat(5_000_000) + "\"\"]}");
        assertThat(Diagnostics.of(result))
                .containsExactly("FS056 1:15000015 /edgeCases/4999995 the document has more than 5000000 tokens"
                        + " (values, keys and brackets)");
    }

    @Test
    void thousandsOfWrongValuesStopAtTheProblemLimit() {
        ParseResult result = JSON.parse("{\"title\": \"T\", \"edgeCases\": [" + "1,".repeat(5_000) + "1]}");
        assertThat(result.diagnostics()).hasSize(Binder.MAX_PROBLEMS + 1);
        assertThat(Diagnostics.of(result).get(0))
                .isEqualTo("FS054 1:30 /edgeCases/0 FeatureSpec.edgeCases[0] must be a string, was number 1");
        assertThat(Diagnostics.of(result))
                .last()
                .isEqualTo(
                        "FS056 1:2030 /edgeCases/1000 more than 1000 problems; the rest of the document is not read");
    }

    @Test
    void documentLongerThanTheByteLimitIsRefusedBeforeParsingByEveryEntryPoint(@TempDir Path dir) throws IOException {
        JsonSpecReader json = JsonSpecReader.builder().maxBytes(64).build();
        YamlSpecReader yaml = YamlSpecReader.builder().maxBytes(64).build();
        String text = "{\"title\": \"" + "é".repeat(30) + "\"}"; // 43 characters, 73 bytes
        Path file = dir.resolve("spec.json");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        String limit = "FS050 - \"\" the input is larger than the limit of 64 bytes";
        assertThat(Diagnostics.of(json.parse(text))).containsExactly(limit);
        assertThat(Diagnostics.of(json.parse(text.getBytes(StandardCharsets.UTF_8))))
                .containsExactly(limit + " (73 bytes)");
        assertThat(Diagnostics.of(json.parse(file))).containsExactly(limit + " (73 bytes)");
        assertThat(Diagnostics.of(yaml.parse(text))).containsExactly(limit);
        assertThat(Diagnostics.of(yaml.parse(new StringReader("x".repeat(65))))).containsExactly(limit);
    }
}
