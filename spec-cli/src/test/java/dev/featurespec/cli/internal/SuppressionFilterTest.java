package dev.featurespec.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.featurespec.model.diagnostic.Diagnostic;
import dev.featurespec.model.diagnostic.Rule;
import dev.featurespec.model.diagnostic.SourceRange;
import java.util.List;
import org.junit.jupiter.api.Test;

class SuppressionFilterTest {
    static final String SOURCE = """
            # Title
            <!-- featurespec-disable-next-line FS105 -->
            - **FR-001**: one
            <!-- featurespec-disable-next-line -->
            - **FR-001**: two
            <!-- featurespec-disable-next-line unfilled-placeholder, FS110 -->
            - **FR-003**: [TODO]
            """;

    static Diagnostic at(Rule rule, int line) {
        return Diagnostic.of(rule, "m", "/p", SourceRange.of(line, 1, line, 5));
    }

    @Test
    void dropsTheNamedRuleOnTheNextLineOnly() {
        SuppressionFilter filter = SuppressionFilter.of(SOURCE);
        assertThat(filter.apply(List.of(at(Rule.DUPLICATE_ID, 3), at(Rule.MISSING_RFC2119_KEYWORD, 3))))
                .containsExactly(at(Rule.MISSING_RFC2119_KEYWORD, 3));
    }

    @Test
    void withoutNamesDropsEveryRule() {
        SuppressionFilter filter = SuppressionFilter.of(SOURCE);
        assertThat(filter.apply(List.of(at(Rule.DUPLICATE_ID, 5), at(Rule.MISSING_RFC2119_KEYWORD, 5))))
                .isEmpty();
    }

    @Test
    void acceptsAliasesAndCommas() {
        SuppressionFilter filter = SuppressionFilter.of(SOURCE);
        assertThat(filter.apply(List.of(at(Rule.UNFILLED_PLACEHOLDER, 7), at(Rule.OPEN_CLARIFICATION, 7))))
                .isEmpty();
    }

    @Test
    void leavesOtherLinesAlone() {
        SuppressionFilter filter = SuppressionFilter.of(SOURCE);
        assertThat(filter.apply(List.of(at(Rule.DUPLICATE_ID, 4), at(Rule.DUPLICATE_ID, 6))))
                .containsExactly(at(Rule.DUPLICATE_ID, 4), at(Rule.DUPLICATE_ID, 6));
    }

    @Test
    void onlyUnknownNamesSuppressNothing() {
        SuppressionFilter filter = SuppressionFilter.of("<!-- featurespec-disable-next-line FS999 -->\nx\n");
        assertThat(filter.apply(List.of(at(Rule.DUPLICATE_ID, 2)))).containsExactly(at(Rule.DUPLICATE_ID, 2));
    }
}
