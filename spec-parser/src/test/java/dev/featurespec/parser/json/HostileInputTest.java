package dev.featurespec.parser.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.featurespec.parser.ParseResult;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Input built to exhaust the reader: each is refused with a diagnostic, without an exception or a hang. */
@Timeout(5)
class HostileInputTest {
    static {
        // load Jackson and snakeyaml before any test runs: the timeouts are for refusing input, not class loading
        JsonSpecReader.create().parse("{\"title\": \"warm\"}");
        YamlSpecReader.create().parse("title: warm\n");
    }

    @Test
    void jsonArraysNested100kDeep() {
        ParseResult result = JsonSpecReader.create().parse("[".repeat(100_000) + "]".repeat(100_000));
        assertThat(Diagnostics.of(result))
                .containsExactly("FS056 1:501 " + "/0".repeat(500) + " nesting depth exceeds the limit of 500");
    }

    @Test
    void jsonObjectsNested100kDeep() {
        ParseResult result = JsonSpecReader.create().parse("{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000));
        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.rule().id()).isEqualTo("FS056");
            assertThat(d.message()).isEqualTo("nesting depth exceeds the limit of 500");
        });
    }

    @Test
    void yamlFlowNested100kDeep() {
        ParseResult result = YamlSpecReader.create().parse("[\n".repeat(100_000) + "]\n".repeat(100_000));
        assertThat(Diagnostics.of(result))
                .containsExactly("FS056 501:1 " + "/0".repeat(500) + " nesting depth exceeds the limit of 500");
    }

    @Test
    void depthLimitIsConfigurable() {
        JsonSpecReader shallow = JsonSpecReader.builder().maxDepth(3).build();
        assertThat(Diagnostics.of(
                        shallow.parse("{\"title\": \"T\", \"apiContract\": {\"statements\": [{\"text\": \"x\"}]}}")))
                .containsExactly("FS056 1:47 /apiContract/statements/0 nesting depth exceeds the limit of 3");
    }

    @Test
    void fortyMegabytesOfJsonAreRefusedBySize() {
        byte[] big = new byte[40 << 20];
        ParseResult result = JsonSpecReader.create().parse(big);
        assertThat(Diagnostics.of(result))
                .containsExactly("FS050 - \"\" the input is larger than the limit of 33554432 bytes (41943040 bytes)");
    }

    @Test
    void fortyMegabyteStringIsRefusedBySizeWithoutEncodingIt() {
        String big = "x".repeat(40 << 20);
        assertThat(Diagnostics.of(JsonSpecReader.create().parse(big)))
                .containsExactly("FS050 - \"\" the input is larger than the limit of 33554432 bytes");
    }

    @Test
    void fortyMegabyteFileIsRefusedBeforeReading(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("big.json");
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(40L << 20);
        }
        assertThat(Diagnostics.of(JsonSpecReader.create().parse(file)))
                .containsExactly("FS050 - \"\" the input is larger than the limit of 33554432 bytes (41943040 bytes)");
    }

    @Test
    void byteLimitIsConfigurable() {
        JsonSpecReader small = JsonSpecReader.builder().maxBytes(16).build();
        assertThat(small.maxBytes()).isEqualTo(16);
        assertThat(Diagnostics.of(small.parse("{\"title\": \"a long title\"}")))
                .containsExactly("FS050 - \"\" the input is larger than the limit of 16 bytes");
    }

    @Test
    void nineMegabyteJsonStringIsRefusedByStringLength() {
        String big = "{\"title\": \"" + "x".repeat(9 << 20) + "\"}";
        ParseResult result = JsonSpecReader.create().parse(big);
        assertThat(Diagnostics.of(result))
                .containsExactly("FS056 1:11 /title a string is longer than the limit of 8388608 characters");
    }

    @Test
    void billionLaughsIsRefusedAtTheFirstAlias() {
        StringBuilder yaml = new StringBuilder(
                "title: lol\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'i'; c++) {
            yaml.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                yaml.append(i > 0 ? "," : "").append('*').append((char) (c - 1));
            }
            yaml.append("]\n");
        }
        assertThat(Diagnostics.of(YamlSpecReader.create().parse(yaml.toString())))
                .containsExactly("FS056 3:8 /b/0 YAML alias *a is not allowed (aliases are refused so that alias bombs"
                        + " cannot expand)");
    }

    @Test
    void twentyFiveMegabyteYamlScalarIsRefusedBySize() {
        byte[] yaml = new byte[(25 << 20) + 8];
        Arrays.fill(yaml, (byte) 'x');
        System.arraycopy("title: ".getBytes(StandardCharsets.US_ASCII), 0, yaml, 0, 7);
        yaml[yaml.length - 1] = '\n';
        assertThat(Diagnostics.of(YamlSpecReader.create().parse(yaml)))
                .containsExactly("FS050 - \"\" the input is larger than the limit of 8388608 bytes (26214408 bytes)");
    }

    @Test
    void yamlScalarOfAlmostEightMegabytesOnOneLineIsRead() {
        String head = "title: T\nassumptions:\n  - ";
        String text = "x".repeat((8 << 20) - head.length() - 1);
        ParseResult result = YamlSpecReader.create().parse(head + text + "\n");
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.spec().assumptions()).containsExactly(text);
    }

    @Test
    void doubleQuotedYamlScalarOfAlmostEightMegabytesOnOneLineIsRead() {
        String head = "title: T\nassumptions:\n  - \"";
        String text = "x".repeat((8 << 20) - head.length() - 2);
        ParseResult result = YamlSpecReader.create().parse(head + text + "\"\n");
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.spec().assumptions()).containsExactly(text);
    }

    @Test
    void manyLongYamlLinesAreRead() {
        String line = "x".repeat(60_000);
        StringBuilder yaml = new StringBuilder("title: T\nassumptions:\n");
        for (int i = 0; i < 100; i++) {
            yaml.append("  - ").append(line).append('\n');
        }
        ParseResult result = YamlSpecReader.create().parse(yaml.toString());
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.spec().assumptions()).hasSize(100);
    }

    @Test
    void invalidUtf8IsFs051NotAnException() {
        byte[] bytes = {'{', '"', 't', 'i', 't', 'l', 'e', '"', ':', '"', (byte) 0xFF, (byte) 0xFE, '"', '}'};
        assertThat(Diagnostics.of(YamlSpecReader.create().parse(bytes)))
                .containsExactly(
                        "FS051 1:11 \"\" the input is not valid UTF-8: malformed byte sequence at byte offset 10");
    }
}
