package dev.featurespec.parser.hostile;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.featurespec.model.diagnostic.Diagnostic;
import dev.featurespec.parser.ParseResult;
import dev.featurespec.parser.markdown.MarkdownSpecParser;
import org.junit.jupiter.api.Tag;

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
