package dev.featurespec.parser.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.featurespec.model.diagnostic.Diagnostic;
import dev.featurespec.model.diagnostic.Rule;
import dev.featurespec.model.diagnostic.SourceRange;
import org.junit.jupiter.api.Test;

class SuppressionsTest {
    private static Diagnostic at(Rule rule, int line) {
        return Diagnostic.of(rule, "m", "", SourceRange.of(line, 1, line, 2));
    }

    @Test
    void suppressesNamedRuleOnNextNonBlankLine() {
        Suppressions s = Suppressions.parse("a\n<!-- featurespec-disable-next-line FS108 -->\n\nline four\n");
        assertThat(s.suppresses(at(Rule.UNFILLED_PLACEHOLDER, 4))).isTrue();
        assertThat(s.suppresses(at(Rule.UNFILLED_PLACEHOLDER, 5))).isFalse();
        assertThat(s.suppresses(at(Rule.DUPLICATE_ID, 4))).isFalse();
    }

    @Test
    void acceptsSeveralIdsAndAliases() {
        Suppressions s = Suppressions.parse("<!-- featurespec-disable-next-line FS105 unfilled-placeholder -->\nx\n");
        assertThat(s.suppresses(at(Rule.DUPLICATE_ID, 2))).isTrue();
        assertThat(s.suppresses(at(Rule.UNFILLED_PLACEHOLDER, 2))).isTrue();
    }

    @Test
    void withoutRulesSuppressesEveryRule() {
        Suppressions s = Suppressions.parse("<!-- featurespec-disable-next-line -->\r\nx\r\n");
        assertThat(s.suppresses(at(Rule.MISSING_TITLE, 2))).isTrue();
    }

    @Test
    void reportsUnknownRuleNames() {
        assertThat(Suppressions.parse("<!-- featurespec-disable-next-line FS999 -->\nx")
                        .unknownRules())
                .containsExactly("FS999");
    }

    @Test
    void diagnosticWithoutPositionIsNeverSuppressed() {
        Suppressions s = Suppressions.parse("<!-- featurespec-disable-next-line -->\nx\n");
        assertThat(s.suppresses(Diagnostic.of(Rule.MISSING_TITLE, "m", "", null)))
                .isFalse();
    }
}
