package dev.featurespec.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class InlineTextTest {
    @Nested
    class CodeSpans {
        @Test
        void readsSpansOfEqualBacktickRuns() {
            assertThat(InlineText.codeSpans("use `a` and ``b ` c`` then `d`")).containsExactly("a", "b ` c", "d");
        }

        @Test
        void stripsOneSpaceOnEachSide() {
            assertThat(InlineText.codeSpans("`` `x` `` and `  y  `")).containsExactly("`x`", " y ");
        }

        @Test
        void anUnmatchedRunIsLiteral() {
            assertThat(InlineText.codeSpans("``a` and `b`")).containsExactly("and");
        }

        @Test
        void escapedBackticksDoNotOpenSpans() {
            assertThat(InlineText.codeSpans("\\`not` `yes`")).containsExactly(" ");
        }

        @Test
        void newlinesBecomeSpaces() {
            assertThat(InlineText.codeSpans("`a\nb`")).isEqualTo(List.of("a b"));
        }

        @Test
        @Timeout(5)
        void longBacktickRunsOfDistinctLengthsFinish() {
            StringBuilder sb = new StringBuilder();
            for (int i = 1; i <= 600; i++) {
                sb.append("`".repeat(i)).append('x');
            }
            assertThat(InlineText.codeSpans(sb.toString())).isEmpty();
        }

        @Test
        @Timeout(5)
        void manySingleBackticksFinish() {
            String text = "`x".repeat(200_001);
            assertThat(InlineText.codeSpans(text)).hasSize(100_000).containsOnly("x");
        }
    }
}
