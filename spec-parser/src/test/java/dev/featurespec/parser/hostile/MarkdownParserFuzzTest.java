package dev.featurespec.parser.hostile;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.featurespec.model.diagnostic.Diagnostic;
import dev.featurespec.parser.ParseResult;
import dev.featurespec.parser.markdown.MarkdownSpecParser;
import dev.featurespec.testkit.GoldenCase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzzes the Markdown parser in lenient mode: for any bytes it returns a result, never throws, and
 * never falls back to its last-resort handler (which turns an internal exception into an FS056
 * "could not be read" diagnostic and would hide a bug from this test).
 *
 * <p>In every build the seeds in {@code MarkdownParserFuzzTestInputs/parseNeverThrows/} run as
 * regression tests; {@code JAZZER_FUZZ=1} fuzzes (see BENCHMARKS.md). Each finding is kept there as a
 * seed.
 */
@Tag("hostile")
class MarkdownParserFuzzTest {
    private static final MarkdownSpecParser PARSER = MarkdownSpecParser.create();

    @FuzzTest(maxDuration = "10m")
    void parseNeverThrows(FuzzedDataProvider data) {
        byte[] bytes = data.consumeRemainingAsBytes();
        check(PARSER.parse(bytes));
    }

    /** Every testdata spec (good and bad) is a seed too: it passes the same checks in every build. */
    @ParameterizedTest(allowZeroInvocations = true)
    @MethodSource("testdata")
    void testdataSpecsPassTheFuzzChecks(Path spec) throws IOException {
        check(PARSER.parse(Files.readAllBytes(spec)));
    }

    static Stream<Path> testdata() {
        return Stream.concat(GoldenCase.goodCases().stream(), GoldenCase.badCases().stream())
                .filter(c -> c.extension().equals("md"))
                .map(GoldenCase::input);
    }

    /** The checks every parse result must pass; shared with the other hostile tests. */
    static ParseResult check(ParseResult result) {
        if (result == null || result.spec() == null) {
            throw new AssertionError("parse returned no result");
        }
        for (Diagnostic d : result.diagnostics()) {
            if (d.message().startsWith("The document could not be read")) {
                throw new AssertionError("the parser's last-resort handler caught an internal error: " + d);
            }
        }
        return result;
    }
}
