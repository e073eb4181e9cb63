package dev.featurespec.model.template.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Fenced code is followed the same way by every check of {@link TextBlocks}. */
class TextBlocksTest {

    @Test
    void nothingInsideFencedCodeIsStructure() {
        String text = "Intro\n```\n# heading\n***\nline\n---\n```\nafter";
        assertThat(TextBlocks.structure(text, 3, true)).isEmpty();
        assertThat(TextBlocks.setextUnderline(text)).isEmpty();
        assertThat(TextBlocks.unclosed(text)).isEmpty();
    }

    @Test
    void aFenceLineWithTextAfterItDoesNotClose() {
        String text = "~~~\ncode\n~~~text\n# inside";
        assertThat(TextBlocks.unclosed(text)).contains("~~~");
        assertThat(TextBlocks.structure(text, 3, false)).isEmpty();
    }

    @Test
    void aFenceLineInsideAnHtmlBlockIsHtml() {
        // InjectionFuzzTest run 27: a <p block runs to the blank line, so its ``` is HTML, and the fence
        // after the blank line is the one left open
        assertThat(TextBlocks.unclosed("<p\n```\n\n```\ntext")).contains("```");
        assertThat(TextBlocks.unclosed("<div>\n```\n</div>")).isEmpty();
        assertThat(TextBlocks.unclosed("<!-- a\n```\n-->\ntext")).isEmpty();
        assertThat(TextBlocks.unclosed("<pre>\n```\ncode")).contains("<pre>");
        assertThat(TextBlocks.unclosed("<pre>\n```\n</pre>\n```")).contains("```");
        // a lone complete tag starts an HTML block only where a paragraph could start
        assertThat(TextBlocks.unclosed("<span>\n```\n\ntext")).isEmpty();
        assertThat(TextBlocks.unclosed("text\n<span>\n```\n\ntext")).contains("```");
    }

    @Test
    void aShorterFenceDoesNotCloseALongerOne() {
        assertThat(TextBlocks.unclosed("````\ncode\n```\n")).contains("````");
        assertThat(TextBlocks.unclosed("````\ncode\n`````\n")).isEmpty();
    }

    @Test
    void aFenceIndentedFourSpacesIsIndentedCodeNotAFence() {
        String text = "Line\n    ```\n# heading";
        assertThat(TextBlocks.unclosed(text)).isEmpty();
        assertThat(TextBlocks.structure(text, 3, false)).contains("# heading");
        assertThat(TextBlocks.setextUnderline("Line\n    ```\n---")).contains("---");
    }

    @Test
    void structureAfterAClosedFenceIsFound() {
        String text = "```\n# in\n```\n## out";
        assertThat(TextBlocks.structure(text, 3, false)).contains("## out");
        assertThat(TextBlocks.setextUnderline("```\nx\n```\nText\n===")).contains("===");
    }

    @Test
    void theOpeningLineOfAnUnclosedFenceIsNamedAsWritten() {
        assertThat(TextBlocks.unclosed("a\n  ```java\nint x;")).contains("  ```java");
    }

    @Test
    void backticksWithABacktickAfterThemAreInlineCodeNotAFence() {
        // the line of ten backticks and more after "@" opens nothing, so the lone fence below stays open
        String text = "``````````@`````z```\ntext\n```````````\nafter";
        assertThat(TextBlocks.unclosed(text)).contains("```````````");
        assertThat(Fence.opening("```java")).isEqualTo("```");
        assertThat(Fence.opening("~~~ `tick` ok")).isEqualTo("~~~");
        assertThat(Fence.opening("``")).isNull();
    }

    @Test
    void aClosingFenceMayCarryTrailingSpacesButNothingElse() {
        assertThat(Fence.closes("```", "````  ")).isTrue();
        assertThat(Fence.closes("```", "``` x")).isFalse();
        assertThat(Fence.closes("~~~", "```")).isFalse();
        assertThat(Fence.closes("```", "    ```")).isFalse();
    }
}
