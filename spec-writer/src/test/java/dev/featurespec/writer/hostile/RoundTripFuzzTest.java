package dev.featurespec.writer.hostile;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.featurespec.model.FeatureSpec;
import dev.featurespec.parser.markdown.MarkdownSpecParser;
import dev.featurespec.writer.markdown.MarkdownSpecWriter;
import org.junit.jupiter.api.Tag;

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
        FeatureSpec first = PARSER.parse(data.consumeRemainingAsString()).spec();
        String written = WRITER.write(first);
        FeatureSpec second = PARSER.parse(written).spec();
        if (!second.equals(first)) {
            throw new AssertionError("parse(write(m)) != m\n--- m ---\n" + first + "\n--- written ---\n" + written
                    + "\n--- parse(written) ---\n" + second);
        }
    }
}
