package dev.featurespec.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.featurespec.model.internal.ClarificationMarkers.Found;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClarificationMarkersTest {
    @Nested
    class Markers {
        @Test
        void readsTheTextOfEachMarker() {
            assertThat(ClarificationMarkers.questions(
                            "a [NEEDS CLARIFICATION: which store?] b [NEEDS CLARIFICATION:  SSO or OAuth? ]"))
                    .containsExactly("which store?", "SSO or OAuth?");
        }

        @Test
        void givesWhereEachMarkerStands() {
            String text = "a [NEEDS CLARIFICATION: x] b [NEEDS CLARIFICATION]";

            assertThat(ClarificationMarkers.find(text, false))
                    .containsExactly(new Found(2, 26, "x"), new Found(29, 50, ""));
            assertThat(text.substring(29, 50)).isEqualTo("[NEEDS CLARIFICATION]");
        }

        @Test
        void aBareMarkerYieldsTheEmptyString() {
            assertThat(ClarificationMarkers.questions("x [NEEDS CLARIFICATION] y"))
                    .containsExactly("");
        }

        @Test
        void anUnclosedMarkerIsNotAMarker() {
            assertThat(ClarificationMarkers.questions("x [NEEDS CLARIFICATION: open"))
                    .isEmpty();
        }

        @Test
        void aMarkerOpenedInsideAnotherCountsOnce() {
            assertThat(ClarificationMarkers.questions("[NEEDS CLARIFICATION: a [NEEDS CLARIFICATION: b]"))
                    .containsExactly("b");
        }

        @Test
        void otherBracketsAreIgnored() {
            assertThat(ClarificationMarkers.questions("[NEEDS CLARIFICATIONS] [link](x) [NEEDS CLARIFICATION-x]"))
                    .isEmpty();
        }

        @Test
        @Timeout(5)
        void manyUnclosedMarkersFinish() {
            String text = "[NEEDS CLARIFICATION: ".repeat(200_000);
            assertThat(ClarificationMarkers.questions(text)).isEmpty();
        }

        @Test
        @Timeout(5)
        void manyNestedOpenersBeforeOneCloseFinish() {
            String text = "[NEEDS CLARIFICATION ".repeat(200_000) + "]";
            assertThat(ClarificationMarkers.questions(text)).containsExactly("");
        }
    }

    @Nested
    class Code {
        @Test
        void markersInCodeSpansAreExamples() {
            String text = "Show `[NEEDS CLARIFICATION: x]` in the UI; ``a `[NEEDS CLARIFICATION]` b`` too; "
                    + "[NEEDS CLARIFICATION: which colour?]";

            assertThat(ClarificationMarkers.questions(text)).containsExactly("which colour?");
        }

        @Test
        void anUnclosedBacktickHidesNothing() {
            assertThat(ClarificationMarkers.questions("a ` b [NEEDS CLARIFICATION: q]"))
                    .containsExactly("q");
        }

        @Test
        void codeSpansDoNotReachAcrossParagraphs() {
            // CommonMark: a blank line ends the paragraph, so these two backticks open no span
            assertThat(ClarificationMarkers.questions("a ` b\n\n[NEEDS CLARIFICATION: q] `"))
                    .containsExactly("q");
        }

        @Test
        void inABodyFencedAndIndentedCodeAndCommentsAreSkipped() {
            String body = """
                    Intro [NEEDS CLARIFICATION: one]

                    ```text
                    [NEEDS CLARIFICATION: fenced]
                    ```

                    ~~~~
                    ``` not a closing fence [NEEDS CLARIFICATION: still fenced]
                    ~~~~

                        [NEEDS CLARIFICATION: indented]

                    <!-- [NEEDS CLARIFICATION: comment]
                    still comment [NEEDS CLARIFICATION: comment 2] -->
                    After <!-- [NEEDS CLARIFICATION: inline comment] --> [NEEDS CLARIFICATION: two]""";

            assertThat(ClarificationMarkers.find(body, true))
                    .extracting(Found::question)
                    .containsExactly("one", "two");
        }

        @Test
        void inlineTextKeepsWhatOnlyABodyReadsAsCode() {
            String text = "a\n\n    [NEEDS CLARIFICATION: x]\n~~~\n[NEEDS CLARIFICATION: y]\n~~~";

            assertThat(ClarificationMarkers.questions(text)).containsExactly("x", "y");
            assertThat(ClarificationMarkers.find(text, true)).isEmpty();
        }

        @Test
        void indentedLinesOfAListAreNotCode() {
            String body = """
                    - item

                        continued [NEEDS CLARIFICATION: in the list]
                    - next""";

            assertThat(ClarificationMarkers.find(body, true))
                    .extracting(Found::question)
                    .containsExactly("in the list");
        }

        @Test
        void anIndentedLineRightAfterAParagraphIsNotCode() {
            assertThat(ClarificationMarkers.find("para\n    lazy [NEEDS CLARIFICATION: q]", true))
                    .extracting(Found::question)
                    .containsExactly("q");
        }

        @Test
        void anUnclosedFenceRunsToTheEnd() {
            assertThat(ClarificationMarkers.find("```\n[NEEDS CLARIFICATION: q]\n", true))
                    .isEmpty();
        }

        @Test
        @Timeout(5)
        void manyParagraphsWithoutBackticksOrCommentsStayLinear() {
            String body = "p [NEEDS CLARIFICATION: q]\n\n".repeat(100_000) + "` <!--";

            assertThat(ClarificationMarkers.find(body, true)).hasSize(100_000);
        }
    }

    @Nested
    class Mentions {
        // the wordings found in the shared corpus, in specs' checklists and reviews
        @ParameterizedTest
        @ValueSource(
                strings = {
                    "- [ ] No [NEEDS CLARIFICATION] markers remain",
                    "- [x] No [NEEDS CLARIFICATION] markers remain",
                    "- [X] No [NEEDS CLARIFICATION] markers remain",
                    "- [x] **No [NEEDS CLARIFICATION] markers remain**",
                    "- [x] No [NEEDS CLARIFICATION] markers remain - All requirements fully specified",
                    "- No [NEEDS CLARIFICATION] markers present",
                    "- No critical [NEEDS CLARIFICATION] items remain",
                    "2. Resolve any [NEEDS CLARIFICATION] markers (none in this spec)",
                    "**✓ PASS**: Zero [NEEDS CLARIFICATION] markers in specification.",
                    "- [x] 无 [NEEDS CLARIFICATION] 标记残留",
                    "- 零 [NEEDS CLARIFICATION] 标记 - 所有需求清晰明确",
                    "- ✅ **无 [NEEDS CLARIFICATION] 标记**",
                    "Cerró con 3 marcadores [NEEDS CLARIFICATION] (dentro del límite de 3)",
                    "1. **Mark all ambiguities**: Use [NEEDS CLARIFICATION: specific question] for any assumption"
                })
        void checklistsAndTemplateGuidanceAreNotOpenQuestions(String line) {
            assertThat(ClarificationMarkers.find(line, true)).isEmpty();
            assertThat(ClarificationMarkers.questions(line)).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "- Multiple rapid branding updates; last write wins vs. versioning [NEEDS CLARIFICATION]",
                    "System MUST keep [NEEDS CLARIFICATION: which markers?] for audits",
                    "Retention [NEEDS CLARIFICATION] remains open",
                    "Export format [NEEDS CLARIFICATION] itemised later"
                })
        void realMarkersStay(String line) {
            assertThat(ClarificationMarkers.find(line, true)).hasSize(1);
        }
    }

    @Test
    void shownIsTheFormMessagesUse() {
        assertThat(List.of(ClarificationMarkers.shown("q"), ClarificationMarkers.shown("")))
                .containsExactly("[NEEDS CLARIFICATION: q]", "[NEEDS CLARIFICATION]");
    }
}
