package dev.featurespec.writer.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.featurespec.model.FeatureSpec;
import dev.featurespec.parser.markdown.MarkdownSpecParser;
import dev.featurespec.writer.markdown.MarkdownSpecWriter;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Round-trip findings of {@link RoundTripFuzzTest}, minimized, one test each; each test guards the fix
 * of its finding (BENCHMARKS.md, "Findings").
 */
@Tag("hostile")
class RoundTripFindingsTest {
    private static final MarkdownSpecParser PARSER = MarkdownSpecParser.create();
    private static final MarkdownSpecWriter WRITER = MarkdownSpecWriter.create();

    @Test
    void scenarioWithNestedAndBulletRoundTrips() {
        assertRoundTrips("""
                # Feature Specification: Albums

                ## User Scenarios & Testing

                ### User Story 1 - Group photos (Priority: P1)

                1. **Given** photos, **When** the user drags them, **Then** they move.
                   - **And** the album count updates
                """);
    }

    @Test
    void scenarioWithNestedNumberedAndStepRoundTrips() {
        assertRoundTrips("""
                # Feature Specification: Albums

                ## User Scenarios & Testing

                ### User Story 1 - Group photos (Priority: P1)

                1. **Given** photos, **When** the user drags them, **Then** they move
                   1. **And** the album count updates
                   2. **But** the cover stays
                """);
    }

    private static void assertRoundTrips(String markdown) {
        FeatureSpec first = PARSER.parse(markdown).spec();

        assertThat(PARSER.parse(WRITER.write(first)).spec()).isEqualTo(first);
    }
}
