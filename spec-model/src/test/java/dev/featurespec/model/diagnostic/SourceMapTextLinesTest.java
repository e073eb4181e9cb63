package dev.featurespec.model.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Places inside a text field, located through the lines a reader recorded for it. */
class SourceMapTextLinesTest {
    private static final String TEXT = "/functionalRequirements/0/text";

    // "- **FR-001**: System MUST keep\n  scans [NEEDS CLARIFICATION: how long?]" at lines 10 and 11
    private static final SourceMap MAP = SourceMap.builder()
            .put("/functionalRequirements/0", SourceRange.of(10, 1, 11, 41))
            .putTextLine(TEXT, 0, SourceRange.of(10, 15, 10, 31))
            .putTextLine(TEXT, 17, SourceRange.of(11, 3, 11, 41))
            .build();

    @Test
    void locatesOffsetsOnEachRecordedLine() {
        assertThat(MAP.locate(TEXT, 0)).contains(new SourceLocation(10, 15));
        assertThat(MAP.locate(TEXT, 16)).contains(new SourceLocation(10, 31));
        assertThat(MAP.locate(TEXT, 23)).contains(new SourceLocation(11, 9));
        assertThat(MAP.locate(TEXT, 23, 55)).contains(SourceRange.of(11, 9, 11, 41));
    }

    @Test
    void unknownTextsAndOffsetsOffTheLinesAreEmpty() {
        assertThat(MAP.locate("/functionalRequirements/1/text", 0)).isEmpty();
        assertThat(MAP.locate(TEXT, 56)).isEmpty();
        assertThat(MAP.locate(TEXT, -1)).isEmpty();
    }

    @Test
    void toBuilderKeepsEntriesAndTextLines() {
        SourceMap more = MAP.toBuilder()
                .put("/functionalRequirements/1", SourceRange.of(12, 1, 12, 9))
                .build();

        assertThat(more.size()).isEqualTo(2);
        assertThat(more.locate(TEXT, 23)).contains(new SourceLocation(11, 9));
        assertThat(MAP.size()).isEqualTo(1);
    }

    @Test
    void aLazyMapLocatesLikeTheMapItComputes() {
        SourceMap lazy = SourceMap.lazy(() -> MAP);

        assertThat(lazy.locate(TEXT, 23)).contains(new SourceLocation(11, 9));
    }

    @Test
    void aTextLineIsOneSourceLine() {
        assertThatThrownBy(() -> SourceMap.builder().putTextLine(TEXT, 0, SourceRange.of(1, 1, 2, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
