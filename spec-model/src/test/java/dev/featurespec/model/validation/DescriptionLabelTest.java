package dev.featurespec.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A story description paragraph that the story would read as one of its labels is refused, whatever the
 * label looks like once the parser has looked it up: leading marks and numbers, case, emphasis.
 */
class DescriptionLabelTest {

    private static boolean refused(String description) {
        return MarkdownText.Validator.problem(description, MarkdownText.Form.PARAGRAPHS)
                .isPresent();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Text.\n\n**Independent Test**: x",
                "Text.\n\n**independent test**: x",
                // InjectionFuzzTest run 24: marks before the words, which the parser's lookup skips
                "Text.\n\n**y**:7\n\n**~]independent test**:\n_i",
                "Text.\n\n**1. Why this priority**: x",
                "Text.\n\n**Onafhankelijke test**: x",
                "**Priority**: P2",
            })
    void aParagraphTheStoryReadsAsALabelIsRefused(String description) {
        assertThat(refused(description)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Text.\n\n**y**:7",
                "Text.\n\n**Independent** test: x",
                "Text.\n\n**Independent testing**: x",
                "Text with **Independent Test**: inside",
            })
    void aParagraphTheStoryKeepsIsAllowed(String description) {
        assertThat(refused(description)).isFalse();
    }
}
