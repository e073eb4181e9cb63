package dev.featurespec.parser.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.featurespec.model.FeatureSpec;
import dev.featurespec.model.diagnostic.Diagnostic;
import dev.featurespec.model.diagnostic.Rule;
import dev.featurespec.parser.ParseResult;
import dev.featurespec.parser.markdown.MarkdownSpecParser;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The Markdown parser on hostile input, after commonmark-java's own {@code PathologicalTest}: each case
 * must finish in time proportional to its size (the timeouts are far above the linear cost and far
 * below a quadratic one), at {@code -Xmx256m}, without a {@code StackOverflowError} or the parser's
 * last-resort handler, and with a model or diagnostics that say what was read.
 */
@Tag("hostile")
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class MarkdownPathologicalTest {
    private static final MarkdownSpecParser PARSER = MarkdownSpecParser.create();

    @Test
    void tenMegabyteSingleLineIsOneParagraph() {
        ParseResult result = parse("a".repeat(10 << 20));

        assertThat(result.spec().extraSections()).hasSize(1);
        assertThat(result.spec().extraSections().get(0).markdown()).hasSize(10 << 20);
    }

    @Test
    void hundredThousandNestedBlockQuotesAreKeptAsWritten() {
        String quotes = ">".repeat(100_000) + " deep";

        ParseResult result = parse("# Feature Specification: Q\n\n" + quotes + "\n");

        assertThat(result.spec().title()).isEqualTo("Q");
        assertThat(result.spec().extraSections())
                .singleElement()
                .satisfies(e -> assertThat(e.markdown()).isEqualTo(quotes));
    }

    @Test
    void fiftyThousandNestedListsOnOneLineAreKeptAsWritten() {
        String lists = "- ".repeat(50_000) + "x";

        ParseResult result = parse("# Feature Specification: L\n\n" + lists + "\n");

        assertThat(result.spec().title()).isEqualTo("L");
        assertThat(result.spec().extraSections())
                .singleElement()
                .satisfies(e -> assertThat(e.markdown()).isEqualTo(lists));
    }

    @Test
    void fiftyThousandNestedListsInAnExtendedSectionStopAtTheNestingBound() {
        String lists = "- ".repeat(50_000) + "x";

        ParseResult result = parse(
                "# Feature Specification: L\n\n## Requirements\n\n### API Contract & Compatibility\n\n" + lists + "\n");

        assertThat(rules(result)).contains(Rule.NESTING_TOO_DEEP);
        assertThat(result.spec().apiContract()).isPresent();
    }

    @Test
    void hundredThousandStoriesAreAllRead() {
        assertThat(parse(stories(100_000)).spec().userStories()).hasSize(100_000);
    }

    @Test
    void storiesAreReadInLinearTime() {
        FeatureSpec spec = parse(stories(20_000)).spec();

        assertThat(spec.userStories()).hasSize(20_000);
        assertThat(spec.userStories().get(19_999).title()).isEqualTo("Story 20000");
    }

    private static String stories(int count) {
        StringBuilder sb = new StringBuilder("# Feature Specification: S\n\n## User Scenarios & Testing\n\n");
        for (int i = 1; i <= count; i++) {
            sb.append("### User Story ").append(i).append(" - Story ").append(i).append(" (Priority: P1)\n\n");
            sb.append("1. **Given** a, **When** b, **Then** c\n\n");
        }
        return sb.toString();
    }

    @Test
    void twoHundredThousandRequirementLinesAreAllRead() {
        assertThat(parse(requirements(200_000)).spec().functionalRequirements()).hasSize(200_000);
    }

    @Test
    void requirementLinesAreReadInLinearTime() {
        FeatureSpec spec = parse(requirements(40_000)).spec();

        assertThat(spec.functionalRequirements()).hasSize(40_000);
        assertThat(spec.functionalRequirements().get(39_999).text()).isEqualTo("System MUST do 40000.");
    }

    private static String requirements(int count) {
        StringBuilder sb =
                new StringBuilder("# Feature Specification: R\n\n## Requirements\n\n### Functional Requirements\n\n");
        for (int i = 1; i <= count; i++) {
            sb.append("- **FR-")
                    .append(i)
                    .append("**: System MUST do ")
                    .append(i)
                    .append(".\n");
        }
        return sb.toString();
    }

    @Test
    void twoHundredThousandUnclosedClarificationMarkersOnOneRequirement() {
        String text = "System MUST " + "[NEEDS CLARIFICATION: x ".repeat(200_000);

        FeatureSpec spec = parse(
                        "# Feature Specification: C\n\n## Requirements\n\n### Functional Requirements\n\n- **FR-001**: "
                                + text + "\n")
                .spec();

        assertThat(spec.functionalRequirements()).singleElement().satisfies(r -> {
            assertThat(r.text()).isEqualTo(text.strip());
            assertThat(r.clarificationsNeeded()).isEmpty();
        });
    }

    @Test
    void twoHundredThousandUnclosedClarificationMarkersOnTheirOwnLines() {
        String body = "[NEEDS CLARIFICATION\n".repeat(200_000);

        ParseResult result = parse("# Feature Specification: C\n\n" + body);

        assertThat(result.spec().title()).isEqualTo("C");
    }

    @Test
    void runOfEmphasisDelimiters() {
        ParseResult result = parse("# Feature Specification: E\n\n" + "**".repeat(500_000) + "\n");

        assertThat(result.spec().title()).isEqualTo("E");
    }

    @Test
    void runOfOpenBrackets() {
        ParseResult result = parse("# Feature Specification: B\n\n" + "[".repeat(500_000) + "\n");

        assertThat(result.spec().title()).isEqualTo("B");
    }

    @Test
    void runsOfBackticksOfGrowingLength() {
        StringBuilder sb = new StringBuilder("# Feature Specification: T\n\n");
        for (int length = 1; sb.length() < 1_000_000; length++) {
            sb.append("`".repeat(length)).append(' ');
        }

        ParseResult result = parse(sb.append('\n').toString());

        assertThat(result.spec().title()).isEqualTo("T");
    }

    @Test
    void emphasisBracketsAndBackticksInsideTypedFields() {
        String mess = "**[`".repeat(100_000);

        FeatureSpec spec = parse(
                        "# Feature Specification: M\n\n## Requirements\n\n### Functional Requirements\n\n- **FR-001**: "
                                + mess + "\n")
                .spec();

        assertThat(spec.functionalRequirements())
                .singleElement()
                .satisfies(r -> assertThat(r.text()).isEqualTo(mess));
    }

    @Test
    void aNulIsReadAsTheReplacementCharacter() {
        // CommonMark §2.3: U+0000 is replaced with U+FFFD; text fields hold the source with that replacement
        ParseResult result = check(PARSER.parse("# Feature Specification: a\u0000b\n\nA line of text around it.\n"));

        assertThat(result.spec().title()).isEqualTo("a\uFFFDb");
        assertThat(rules(result)).contains(Rule.NUL_CHARACTER);
    }

    @Test
    void manyNulsAreBinaryAndRefused() {
        ParseResult result = check(PARSER.parse("# Feature Specification: a\u0000b\n\n\u0000\u0000\n"));

        assertThat(result.spec().title()).isEmpty();
        assertThat(rules(result)).containsExactly(Rule.INVALID_ENCODING);
    }

    @Test
    void invalidUtf8IsReportedAndReplaced() {
        byte[] bytes = "# Feature Specification: caf\u00e9 X\n".getBytes(StandardCharsets.UTF_8);
        bytes[bytes.length - 3] = (byte) 0xFF; // the ' ' before X

        ParseResult result = check(PARSER.parse(bytes));

        assertThat(rules(result)).contains(Rule.INVALID_ENCODING);
        assertThat(result.spec().title()).isEqualTo("caf\u00e9\uFFFDX");
    }

    @Test
    void randomBinaryNeverThrows() {
        Random random = new Random(20261125);
        for (int i = 0; i < 500; i++) {
            byte[] bytes = new byte[random.nextInt(4096)];
            random.nextBytes(bytes);

            check(PARSER.parse(bytes));
        }
    }

    @Test
    void bomAndCrlfReadLikeLfWithoutBom() {
        String lf = "# Feature Specification: CRLF\n\n**Feature Branch**: `001-x`  \n**Status**: Draft\n\n"
                + "## Requirements\n\n### Functional Requirements\n\n- **FR-001**: System MUST work.\n"
                + "- **FR-002**: System MUST\n  wrap.\n";
        byte[] crlf = ("\uFEFF" + lf.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8);

        ParseResult fromCrlf = check(PARSER.parse(crlf));

        assertThat(fromCrlf.spec()).isEqualTo(parse(lf).spec());
        assertThat(fromCrlf.spec().functionalRequirements()).hasSize(2);
    }

    private static ParseResult parse(String markdown) {
        return check(PARSER.parse(markdown));
    }

    private static ParseResult check(ParseResult result) {
        return MarkdownParserFuzzTest.check(result);
    }

    private static java.util.List<Rule> rules(ParseResult result) {
        return result.diagnostics().stream().map(Diagnostic::rule).distinct().toList();
    }
}
