package dev.featurespec.parser.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.featurespec.model.ApiContractSection;
import dev.featurespec.model.ExtraSection;
import dev.featurespec.model.FeatureSpec;
import dev.featurespec.model.ObservabilitySection;
import dev.featurespec.model.Requirement;
import dev.featurespec.model.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The model's derived values (clarification markers, endpoints, status codes, task states: the
 * scans of {@code InlineText}) on texts built to make a naive scan quadratic. Each text is a few
 * megabytes: a linear scan takes milliseconds, a quadratic one hours.
 */
@Tag("hostile")
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class DerivedValuesPathologicalTest {
    private static final int N = 200_000;

    @Test
    void manyUnclosedClarificationMarkersYieldNoMarker() {
        assertThat(clarifications("[NEEDS CLARIFICATION: x ".repeat(N))).isEmpty();
    }

    @Test
    void unclosedMarkersBeforeOneClosingBracketYieldTheLastMarker() {
        // every marker but the last is interrupted by the next one's '['
        assertThat(clarifications("[NEEDS CLARIFICATION: a ".repeat(N) + "]")).containsExactly("a");
    }

    @Test
    void manyClosedMarkersAreAllFound() {
        assertThat(clarifications("[NEEDS CLARIFICATION: q] ".repeat(N)))
                .hasSize(N)
                .allMatch("q"::equals);
    }

    @Test
    void markersWithOpenBracketsInsideYieldNoMarker() {
        assertThat(clarifications("[NEEDS CLARIFICATION: [ ".repeat(N) + "]".repeat(N)))
                .isEmpty();
    }

    @Test
    void clarificationAfterAMegabyteOfEmphasisBracketsAndBackticksIsFound() {
        assertThat(clarifications("System MUST " + "**[`".repeat(N) + " [NEEDS CLARIFICATION: which?]"))
                .containsExactly("which?");
    }

    @Test
    void backtickRunsOfGrowingLengthNeverCloseEachOther() {
        // runs of length 1, 2, 3, … : a naive "find the closing run" scan is quadratic here
        StringBuilder sb = new StringBuilder();
        for (int length = 1; sb.length() < 2_000_000; length++) {
            sb.append("`".repeat(length)).append(" /x ");
        }

        assertThat(api(sb.toString()).endpoints()).isEmpty();
    }

    @Test
    void doubleBacktickSpansBeforeAnUnmatchedSingleBacktickAreAllRead() {
        assertThat(api("`` GET /a ".repeat(N) + "` b").endpoints()).containsExactly("GET /a");
    }

    @Test
    void manyProseEndpointsAndMethodsWithoutPathsAreRead() {
        assertThat(api("GET /a, ".repeat(N) + "POST ".repeat(N) + "GET.GET.GET /b")
                        .endpoints())
                .containsExactly("GET /a", "GET /b");
    }

    @Test
    void manyCodeSpansBeforeOneSlashAreReadInLinearTime() {
        assertThat(api("`a` ".repeat(N) + "POST `/z`").endpoints()).containsExactly("POST /z");
    }

    @Test
    void manyCodedMarkersInAnExtraSectionAreSkipped() {
        FeatureSpec spec = FeatureSpec.builder("x")
                .addExtraSection(ExtraSection.headed(
                        "Notes", 2, "`[NEEDS CLARIFICATION: x]` ".repeat(N) + "\n\n```\n[NEEDS CLARIFICATION]\n", null))
                .build();

        assertThat(spec.openClarifications()).isEmpty();
    }

    @Test
    void manyStatusCodeSpansAreRead() {
        assertThat(api("`409` ".repeat(N) + "`201`").statusCodes()).containsExactly(409, 201);
    }

    @Test
    void trailingBackslashDoesNotReadPastTheEnd() {
        assertThat(api("`GET /a` \\").endpoints()).containsExactly("GET /a");
    }

    @Test
    void taskStatesAreReadFromManyStatements() {
        List<Statement> statements = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            statements.add(Statement.of("`pending` then `" + (i % 2 == 0 ? "done" : "x") + "`"));
        }

        assertThat(new ObservabilitySection(statements).taskStates()).containsExactly("pending", "done");
    }

    @Test
    void deeplyNestedStatementsAreWalkedWithoutRecursion() {
        Statement statement = Statement.of("`GET /deep`");
        for (int i = 0; i < N; i++) {
            statement = new Statement("level " + i, List.of(statement));
        }

        assertThat(new ApiContractSection(List.of(statement)).endpoints()).containsExactly("GET /deep");
    }

    private static List<String> clarifications(String text) {
        return Requirement.of("FR-001", text).clarificationsNeeded();
    }

    private static ApiContractSection api(String text) {
        return new ApiContractSection(List.of(Statement.of(text)));
    }
}
