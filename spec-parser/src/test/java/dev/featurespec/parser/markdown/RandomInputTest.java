package dev.featurespec.parser.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.featurespec.parser.ParseResult;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Lenient parsing never throws, and never needs its last-resort catch, on Markdown-ish garbage. */
class RandomInputTest {
    private static final MarkdownSpecParser PARSER = MarkdownSpecParser.create();
    private static final String[] PIECES = {
        "# ",
        "## ",
        "### ",
        "#### ",
        "Feature Specification: ",
        "User Story ",
        "1",
        " - ",
        "(Priority: P1)",
        "(P",
        ")",
        "**",
        "Given",
        "When",
        "Then",
        "And",
        "**FR-001**:",
        "FR-",
        "SC-00",
        "- ",
        "* ",
        "1. ",
        "  ",
        "    ",
        "\n",
        "\n\n",
        "\r\n",
        "|",
        "---",
        "```",
        "`",
        "[NEEDS CLARIFICATION",
        "]",
        "<!--",
        "-->",
        "> ",
        "Q: ",
        " → A: ",
        "### Session 2026-01-01",
        "## Requirements",
        "### Functional Requirements",
        "## Success Criteria",
        "### API Contract & Compatibility",
        "## Clarifications",
        "**Created**: ",
        "~~",
        "（",
        "）",
        "：",
        "\u0000",
        "\uFEFF",
        "\t",
        "[",
        "![",
        "](",
        "<",
        ">",
        "&",
        "受け入れシナリオ",
        "**前提条件**",
        "ユーザーストーリー 2",
        "| a | b |\n|---|---|\n| FR-001 | x |\n"
    };

    static IntStream seeds() {
        return IntStream.range(0, 300);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void neverThrows(int seed) {
        Random random = new Random(seed);
        StringBuilder sb = new StringBuilder();
        int n = random.nextInt(400);
        for (int i = 0; i < n; i++) {
            if (random.nextInt(10) == 0) {
                sb.append((char) random.nextInt(0x3000));
            } else {
                sb.append(PIECES[random.nextInt(PIECES.length)]);
            }
        }
        ParseResult r = PARSER.parse(sb.toString());
        assertThat(r.spec()).isNotNull();
        assertThat(r.diagnostics()).noneMatch(d -> d.message().startsWith("The document could not be read"));
    }
}
