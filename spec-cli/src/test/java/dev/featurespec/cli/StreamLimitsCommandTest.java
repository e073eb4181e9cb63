package dev.featurespec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.featurespec.cli.Cli.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code featurespec validate} on several JSON and YAML files of which some go over Jackson's stream
 * limits: each of those is one positioned FS056 line, and the files around them are still read and
 * reported.
 */
class StreamLimitsCommandTest {
    @TempDir
    Path dir;

    @Test
    void filesOverALimitAreReportedAndTheOthersStillRead() throws IOException {
        Path before = write(
                "a-good.json",
                Cli.run("convert", "--to", "json", CommandsTest.SEED).out());
        Path key = write(
                "b-key.json", "{\"title\":\"x\",\"metadata\":{\"other\":{\"" + "k".repeat(60_000) + "\":\"v\"}}}");
        Path number =
                write("c-number.json", "{\"title\": \"T\", \"userStories\": [{\"number\": " + "1".repeat(1200) + "}]}");
        Path deep = write("d-deep.yaml", "title: T\nedgeCases: " + "[".repeat(600) + "]".repeat(600) + "\n");
        Path string = write("e-string.json", "{\"title\": \"" + "x".repeat(9 << 20) + "\"}");
        Path unknown = write("f-unknown.json", "{\"title\": \"T\", \"owner\": \"ops\"}");
        Path after = write(
                "g-good.yaml",
                Cli.run("convert", "--to", "yaml", CommandsTest.SEED).out());

        Run run = Cli.run(
                "validate",
                before.toString(),
                key.toString(),
                number.toString(),
                deep.toString(),
                string.toString(),
                unknown.toString(),
                after.toString());

        // the command's 7 MiB input cap refuses the 9 MiB string before Jackson's string limit could
        // (StreamLimitsTest shows that limit in the library); the other files are still read
        assertThat(run.err())
                .isEqualTo(
                        "featurespec: " + string + ": too large: 9437197 bytes; the limit is 7340032 bytes (7 MiB)\n");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out())
                .isEqualTo(key + ":1:34: error: a property name is longer than the limit of 50000 characters [FS056]\n"
                        + number + ":1:33: error: a number is longer than the limit of 1000 characters [FS056]\n"
                        + deep + ":2:511: error: nesting depth exceeds the limit of 500 [FS056]\n"
                        + unknown + ":1:16: error: unknown property \"owner\" in FeatureSpec [FS053]\n"
                        + "6 files: 4 errors, 0 warnings\n");
    }

    @Test
    void jsonReportListsTheFileOverALimitBesideTheOthers() throws IOException {
        Path key =
                write("key.json", "{\"title\":\"x\",\"metadata\":{\"other\":{\"" + "k".repeat(60_000) + "\":\"v\"}}}");
        write("good.json", Cli.run("convert", "--to", "json", CommandsTest.SEED).out());

        Run run = Cli.run(
                "validate",
                "--format",
                "json",
                key.toString(),
                dir.resolve("good.json").toString());

        assertThat(run.exit()).isEqualTo(1);
        JsonNode report = JsonMapper.shared().readTree(run.out());
        assertThat(report.get("files").asInt()).isEqualTo(2);
        assertThat(report.get("diagnostics")).hasSize(1);
        JsonNode d = report.get("diagnostics").get(0);
        assertThat(d.get("path").asString()).isEqualTo(key.toString());
        assertThat(d.get("rule").asString()).isEqualTo("FS056");
        assertThat(d.get("line").asInt()).isEqualTo(1);
        assertThat(d.get("column").asInt()).isEqualTo(34);
        assertThat(d.get("pointer").asString()).isEqualTo("/metadata/other");
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }
}
