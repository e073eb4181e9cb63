package dev.featurespec.parser.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.featurespec.model.diagnostic.Diagnostic;
import dev.featurespec.model.diagnostic.Rule;
import dev.featurespec.parser.ParseResult;
import dev.featurespec.parser.json.JsonSpecReader;
import dev.featurespec.parser.json.YamlSpecReader;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The JSON and YAML readers on hostile input: each case ends, within its timeout and at {@code
 * -Xmx256m}, in a result whose diagnostics say what was wrong, never in an exception.
 */
@Tag("hostile")
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class JsonYamlPathologicalTest {
    private static final JsonSpecReader JSON = JsonSpecReader.create();
    private static final YamlSpecReader YAML = YamlSpecReader.create();

    @Test
    void jsonArraysNested100kDeepStopAtTheDepthLimit() {
        String json =
                "{\"formatVersion\":1,\"title\":\"t\",\"edgeCases\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";

        assertThat(rules(JSON.parse(json))).containsExactly(Rule.INPUT_LIMIT_EXCEEDED);
    }

    @Test
    void jsonObjectsNested100kDeepStopAtTheDepthLimit() {
        String json = "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000);

        assertThat(rules(JSON.parse(json))).containsExactly(Rule.INPUT_LIMIT_EXCEEDED);
    }

    @Test
    void unclosedJsonNested100kDeepStopsAtTheDepthLimit() {
        assertThat(rules(JSON.parse("[".repeat(100_000)))).containsExactly(Rule.INPUT_LIMIT_EXCEEDED);
    }

    @Test
    void yamlFlowSequencesNested100kDeepStopAtALimit() {
        String yaml = "title: t\nedgeCases: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n";

        assertThat(rules(YAML.parse(yaml))).isNotEmpty().allMatch(JsonYamlPathologicalTest::isInputError);
    }

    @Test
    void yamlBillionLaughsIsRefusedAtTheFirstAlias() {
        StringBuilder yaml =
                new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char p = (char) (c - 1);
            yaml.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                yaml.append(i == 0 ? "" : ",").append('*').append(p);
            }
            yaml.append("]\n");
        }
        yaml.append("title: *j\n");

        assertThat(rules(YAML.parse(yaml.toString()))).containsExactly(Rule.INPUT_LIMIT_EXCEEDED);
    }

    @Test
    void yaml25MegabyteScalarIsRefusedBySize() {
        String yaml = "title: " + "x".repeat(25 << 20) + "\n";

        assertThat(rules(YAML.parse(yaml))).containsExactly(Rule.INPUT_TOO_LARGE);
    }

    @Test
    void yaml25MegabyteScalarUnderARaisedSizeLimitIsRefusedByTheStringLimit() {
        YamlSpecReader reader = YamlSpecReader.builder().maxBytes(64L << 20).build();
        String yaml = "title: " + "x".repeat(25 << 20) + "\n";

        assertThat(reader.parse(yaml).diagnostics())
                .extracting(Diagnostic::rule, Diagnostic::message)
                .containsExactly(tuple(
                        Rule.INPUT_LIMIT_EXCEEDED,
                        "line 1 is 26214407 characters long, over the string limit of 8388608 characters"));
    }

    @Test
    void json10MegabyteSingleLineStringIsReadOrRefusedCleanly() {
        String json = "{\"formatVersion\":1,\"title\":\"" + "y".repeat(10 << 20) + "\"}";

        ParseResult result = JSON.parse(json);

        assertThat(rules(result)).containsExactly(Rule.INPUT_LIMIT_EXCEEDED);
    }

    @Test
    void nulBytesInJsonAreASyntaxError() {
        byte[] bytes = "{\"title\":\"a\u0000b\"}".getBytes(StandardCharsets.UTF_8);

        assertThat(rules(JSON.parse(bytes))).containsExactly(Rule.SYNTAX_ERROR);
    }

    @Test
    void invalidUtf8InJsonIsAnEncodingError() {
        byte[] bytes = {'{', '"', 't', 'i', 't', 'l', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};

        assertThat(rules(JSON.parse(bytes))).containsExactly(Rule.INVALID_ENCODING);
    }

    @Test
    void invalidUtf8InYamlIsAnEncodingError() {
        byte[] bytes = {'t', 'i', 't', 'l', 'e', ':', ' ', (byte) 0xFF, (byte) 0xFE, '\n'};

        assertThat(rules(YAML.parse(bytes))).containsExactly(Rule.INVALID_ENCODING);
    }

    @Test
    void randomBinaryNeverThrows() {
        Random random = new Random(20261125);
        for (int i = 0; i < 2_000; i++) {
            byte[] bytes = new byte[random.nextInt(512)];
            random.nextBytes(bytes);

            ParseResult json = JSON.parse(bytes);
            ParseResult yaml = YAML.parse(bytes);

            assertThat(json.spec()).isNotNull();
            assertThat(yaml.spec()).isNotNull();
            if (bytes.length > 0) {
                assertThat(json.hasErrors())
                        .as("random bytes read as JSON without error")
                        .isTrue();
            }
        }
    }

    @Test
    void bomAndCrlfAreReadAsPlainJson() {
        byte[] body = "{\r\n  \"formatVersion\": 1,\r\n  \"title\": \"T\"\r\n}\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);

        ParseResult result = JSON.parse(bytes);

        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.spec().title()).isEqualTo("T");
    }

    @Test
    void bomAndCrlfAreReadAsPlainYaml() {
        byte[] body = "title: T\r\nedgeCases:\r\n  - one\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);

        ParseResult result = YAML.parse(bytes);

        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.spec().edgeCases()).containsExactly("one");
    }

    private static java.util.List<Rule> rules(ParseResult result) {
        assertThat(result.spec()).isNotNull();
        return result.diagnostics().stream().map(Diagnostic::rule).distinct().toList();
    }

    private static boolean isInputError(Rule rule) {
        return rule == Rule.INPUT_LIMIT_EXCEEDED || rule == Rule.INPUT_TOO_LARGE || rule == Rule.SYNTAX_ERROR;
    }
}
