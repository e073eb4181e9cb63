package dev.featurespec.writer.internal.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BlockWriterTest {
    @Test
    void separatesBlocksWithOneBlankLineAndEndsWithOneLineSeparator() {
        BlockWriter out = new BlockWriter(new StringBuilder(), "\n");

        out.heading(2, "Assumptions");
        out.block().raw("Some text.");
        out.end();

        assertThat(out).hasToString("## Assumptions\n\nSome text.\n");
    }

    @Test
    void writesEveryLineBreakAsTheLineSeparatorGivenToTheConstructor() {
        BlockWriter out = new BlockWriter(new StringBuilder(), "\r\n");

        out.block().raw("one\ntwo");
        out.block().item("- ", "three\nfour");
        out.line().item("- ", "five");
        out.end();

        assertThat(out).hasToString("one\r\ntwo\r\n\r\n- three\r\n  four\r\n- five\r\n");
    }

    @Test
    void writesNothingForAnEmptyDocument() {
        BlockWriter out = new BlockWriter(new StringBuilder(), "\n");

        out.block();
        out.end();

        assertThat(out).hasToString("");
        assertThat(out.isEmpty()).isTrue();
    }

    @Test
    void startsABlockForEachCallEvenAfterAnEmptyOne() {
        BlockWriter out = new BlockWriter(new StringBuilder(), "\n");

        out.block().raw("a");
        out.block().raw("");
        out.block().raw("b");

        assertThat(out).hasToString("a\n\n\n\nb");
    }

    @Test
    void appendsAfterWhatTheBuilderAlreadyHolds() {
        StringBuilder text = new StringBuilder("> ");
        BlockWriter out = new BlockWriter(text, "\n");

        out.block().raw("a");
        out.block().raw("b");

        assertThat(text).hasToString("> a\n\nb");
        assertThat(out).hasToString("a\n\nb");
    }

    @Test
    void indentsAListItemsFurtherLinesToItsContentAndLeavesBlankLinesEmpty() {
        BlockWriter out = new BlockWriter(new StringBuilder(), "\n");

        out.item("10. ", "Buttons:\n- `New`\n  \n> quoted");

        assertThat(out).hasToString("10. Buttons:\n    - `New`\n\n    > quoted");
    }

    @Test
    void escapesTheFurtherLinesOfAContinuedTextThatWouldStartABlock() {
        BlockWriter out = new BlockWriter(new StringBuilder(), "\n");

        out.continued("**Why**: Because\n1. not a list\n  - nor this\n# nor a heading\nplain");

        assertThat(out).hasToString("**Why**: Because\n1\\. not a list\n  \\- nor this\n\\# nor a heading\nplain");
    }

    @Test
    void startsTheFirstItemOfAListInABlockAndTheOthersOnALineOrInABlockWhenLoose() {
        BlockWriter tight = new BlockWriter(new StringBuilder("x"), "\n");
        BlockWriter loose = new BlockWriter(new StringBuilder("x"), "\n");

        for (int i = 0; i < 2; i++) {
            tight.nextItem(i, false).item("- ", "t" + i);
            loose.nextItem(i, true).item("- ", "t" + i);
        }

        assertThat(tight).hasToString("- t0\n- t1");
        assertThat(loose).hasToString("- t0\n\n- t1");
    }

    @Test
    void writesTableRowsAndADelimiterRow() {
        BlockWriter out = new BlockWriter(new StringBuilder(), "\n");

        out.tableRow(List.of("ID", "Description", "Owner")).line().tableDelimiter(4, 13, 3);
        out.line().tableRow(List.of("FR-001", BlockWriter.cell(" a | b\nc "), ""));

        assertThat(out).hasToString("""
                | ID | Description | Owner |
                |----|-------------|---|
                | FR-001 | a \\| b c |  |""");
    }

    @Test
    void escapesOnlyTheUnescapedPipesOfACell() {
        assertThat(BlockWriter.cell("a \\| b | c")).isEqualTo("a \\| b \\| c");
    }

    @Test
    void normalizesLineBreaksAndTrimsSurroundingWhitespace() {
        assertThat(BlockWriter.normalize("\n a\r\nb\rc \n")).isEqualTo("a\nb\nc");
    }
}
