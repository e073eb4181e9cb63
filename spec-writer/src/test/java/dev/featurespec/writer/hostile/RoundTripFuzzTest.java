package dev.featurespec.writer.hostile;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.featurespec.model.FeatureSpec;
import dev.featurespec.parser.markdown.MarkdownSpecParser;
import dev.featurespec.testkit.GoldenCase;
import dev.featurespec.writer.markdown.MarkdownSpecWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzzes parse → write → parse: whatever the parser makes of any text, the Markdown writer writes
 * something the parser reads back as an equal model. Seeds in {@code
 * RoundTripFuzzTestInputs/parseWriteParseIsEqual/} run in every build; {@code JAZZER_FUZZ=1} fuzzes (see
 * BENCHMARKS.md).
 */
@Tag("hostile")
class RoundTripFuzzTest {
    private static final MarkdownSpecParser PARSER = MarkdownSpecParser.create();
    private static final MarkdownSpecWriter WRITER = MarkdownSpecWriter.create();

    @FuzzTest(maxDuration = "10m")
    void parseWriteParseIsEqual(FuzzedDataProvider data) {
        assertRoundTrips(data.consumeRemainingAsString());
    }

    /** The good testdata specs are seeds too: each round-trips in every build. */
    @ParameterizedTest(allowZeroInvocations = true)
    @MethodSource("goodTestdata")
    void goodTestdataRoundTrips(Path spec) throws IOException {
        assertRoundTrips(Files.readString(spec));
    }

    static Stream<Path> goodTestdata() {
        return GoldenCase.goodCases().stream().map(GoldenCase::input);
    }

    private static void assertRoundTrips(String markdown) {
        FeatureSpec first = PARSER.parse(markdown).spec();
        String written = WRITER.write(first);
        FeatureSpec second = PARSER.parse(written).spec();
        if (!second.equals(first)) {
            throw new AssertionError("parse(write(m)) != m\n--- m ---\n" + first + "\n--- written ---\n" + written
                    + "\n--- parse(written) ---\n" + second);
        }
    }
}
