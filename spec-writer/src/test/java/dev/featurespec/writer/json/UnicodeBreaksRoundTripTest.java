package dev.featurespec.writer.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.featurespec.model.FeatureSpec;
import dev.featurespec.parser.ParseResult;
import dev.featurespec.parser.json.JsonSpecReader;
import dev.featurespec.parser.json.YamlSpecReader;
import dev.featurespec.parser.markdown.MarkdownSpecParser;
import dev.featurespec.testkit.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every Unicode line or paragraph separator (U+0085 NEL, U+2028, U+2029), every control character
 * (C0, DEL, C1) and the byte order mark survive JSON → YAML → JSON unchanged, wherever they stand in
 * a text: at its start, its end, after a newline, next to spaces. Seeded generated texts in every text
 * field and metadata key of a spec; and Markdown holding them, read and taken the same way. {@code
 * -Dfeaturespec.laws.seeds=N} runs N/15 seeds instead of 200 (and a quarter of that for Markdown).
 */
class UnicodeBreaksRoundTripTest {
    private static final int SEEDS = Integer.getInteger("featurespec.laws.seeds", 3000) / 15;
    private static final MarkdownSpecParser MARKDOWN = MarkdownSpecParser.create();

    /** The characters under test. */
    private static final List<Character> SPECIAL = special();

    /** The separators and the byte order mark, which YAML writers have handled worst. */
    private static final String SEPARATORS = "\u0085\u2028\u2029\uFEFF";

    /** Characters that put the special ones in YAML's awkward places: spaces, breaks, indicators. */
    private static final String CONTEXT = "  \n\n\t#-:|>'\"a b";

    private static List<Character> special() {
        List<Character> chars = new ArrayList<>();
        for (char c = 0; c < 0x20; c++) {
            chars.add(c);
        }
        for (char c = 0x7F; c <= 0x9F; c++) {
            chars.add(c);
        }
        chars.add('\u2028');
        chars.add('\u2029');
        chars.add('\uFEFF');
        return List.copyOf(chars);
    }

    static LongStream seeds() {
        return LongStream.range(0, SEEDS);
    }

    static LongStream markdownSeeds() {
        return LongStream.range(0, Math.max(1, SEEDS / 4));
    }

    @Test
    void everySpecialCharacterAloneAndInEveryPlace() {
        for (char c : SPECIAL) {
            for (String text : List.of(
                    String.valueOf(c),
                    c + "x",
                    "x" + c,
                    "x" + c + "y",
                    "x\n" + c + "y",
                    "x" + c + "\ny",
                    " " + c + " ",
                    "line 1\n\n" + c + " line 3\n")) {
                assertSurvives(Fixtures.everywhere(text));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void generatedTextsSurviveJsonYamlJson(long seed) {
        Random random = new Random(seed);
        assertSurvives(Fixtures.everywhere(text(random)));
    }

    @ParameterizedTest
    @MethodSource("markdownSeeds")
    void markdownHoldingThemSurvivesJsonYamlJson(long seed) {
        Random random = new Random(seed);
        String story = inline(random);
        String requirement = inline(random);
        String edgeCase = inline(random);
        String markdown = "# Feature Specification: Breaks\n\n"
                + "## User Scenarios & Testing *(mandatory)*\n\n"
                + "### User Story 1 - Read " + inline(random) + " (Priority: P1)\n\n"
                + "A user reads " + story + " aloud.\n\n"
                + "### Edge Cases\n\n"
                + "- What happens with " + edgeCase + "?\n\n"
                + "## Requirements *(mandatory)*\n\n"
                + "### Functional Requirements\n\n"
                + "- **FR-001**: System MUST keep " + requirement + " as written.\n";
        ParseResult parsed = MARKDOWN.parse(markdown);
        FeatureSpec spec = parsed.spec();
        // the Markdown reader keeps what lies inside a text, as written
        assertThat(spec.functionalRequirements().get(0).text())
                .isEqualTo("System MUST keep " + requirement + " as written.");
        assertThat(spec.edgeCases()).containsExactly("What happens with " + edgeCase + "?");
        assertThat(spec.userStories().get(0).description()).contains("A user reads " + story + " aloud.");
        assertSurvives(spec);
    }

    /** JSON → model → YAML → model → JSON gives the first JSON, and the model each time. */
    private static void assertSurvives(FeatureSpec spec) {
        String json = JsonSpecWriter.create().write(spec);
        FeatureSpec fromJson = read(JsonSpecReader.create().parse(json), json);
        assertThat(fromJson).isEqualTo(spec);
        String yaml = YamlSpecWriter.create().write(fromJson);
        FeatureSpec fromYaml = read(YamlSpecReader.create().parse(yaml), yaml);
        assertThat(fromYaml).as(yaml).isEqualTo(spec);
        assertThat(JsonSpecWriter.create().write(fromYaml)).isEqualTo(json);
    }

    private static FeatureSpec read(ParseResult result, String document) {
        assertThat(result.diagnostics()).as(document).isEmpty();
        return result.spec();
    }

    /** A text of up to 12 characters, each special (half of them a separator), contextual or a letter. */
    private static String text(Random random) {
        StringBuilder sb = new StringBuilder();
        int length = 1 + random.nextInt(12);
        for (int i = 0; i < length; i++) {
            int kind = random.nextInt(3);
            if (kind == 0) {
                sb.append(
                        random.nextBoolean()
                                ? SEPARATORS.charAt(random.nextInt(SEPARATORS.length()))
                                : SPECIAL.get(random.nextInt(SPECIAL.size())));
            } else if (kind == 1) {
                sb.append(CONTEXT.charAt(random.nextInt(CONTEXT.length())));
            } else {
                sb.append((char) ('a' + random.nextInt(26)));
            }
        }
        return sb.toString();
    }

    /**
     * Text inside a Markdown line: letters around special characters that are not line endings for
     * Markdown (LF and CR are), so the line stays one line, and not NUL, which CommonMark reads as
     * U+FFFD (FS018; see the parser's ControlCharactersTest).
     */
    private static String inline(Random random) {
        StringBuilder sb = new StringBuilder("x");
        int length = 1 + random.nextInt(4);
        for (int i = 0; i < length; i++) {
            char c = SPECIAL.get(random.nextInt(SPECIAL.size()));
            sb.append(c == '\n' || c == '\r' ? '\u0085' : c == '\0' ? '\u0001' : c)
                    .append((char) ('a' + random.nextInt(26)));
        }
        return sb.toString();
    }
}
