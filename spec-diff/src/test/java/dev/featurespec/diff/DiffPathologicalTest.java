package dev.featurespec.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.featurespec.model.ApiContractSection;
import dev.featurespec.model.FeatureSpec;
import dev.featurespec.model.Requirement;
import dev.featurespec.model.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Inputs built to make a naive diff slow or deep: every element of a huge list reworded (no equal texts
 * to pair cheaply), a huge list reversed, statements nested as deep as a reader builds them. Each must
 * finish well within its timeout (generous: the build machines are shared) with the right answer.
 */
class DiffPathologicalTest {
    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void twentyThousandRewordedAssumptionsStayWithinTheComparisonBudget() {
        FeatureSpec.Builder old = FeatureSpec.builder("T");
        FeatureSpec.Builder now = FeatureSpec.builder("T");
        for (int i = 0; i < 20_000; i++) {
            old.addAssumption("Hosts in region " + i + " keep partial files for " + (i % 97) + " days");
            now.addAssumption("Hosts in region " + i + " keep partial files for " + (i % 97) + " days or more");
        }
        SpecDiff diff = SpecDiff.between(old.build(), now.build());
        assertThat(diff.changes()).hasSize(20_000).allMatch(c -> c.kind() == ChangeKind.CHANGED);
        assertThat(diff.changes().get(12_345).before()).contains("/assumptions/12345");
        assertThat(diff.changes().get(12_345).after()).contains("/assumptions/12345");
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void tenThousandRequirementsReversed() {
        FeatureSpec.Builder old = FeatureSpec.builder("T");
        FeatureSpec.Builder now = FeatureSpec.builder("T");
        for (int i = 0; i < 10_000; i++) {
            old.addFunctionalRequirement(Requirement.of("FR-" + i, "System MUST handle case " + i + "."));
        }
        for (int i = 9_999; i >= 0; i--) {
            now.addFunctionalRequirement(Requirement.of("FR-" + i, "System MUST handle case " + i + "."));
        }
        FeatureSpec before = old.build();
        FeatureSpec after = now.build();
        SpecDiff diff = SpecDiff.between(before, after);
        // one requirement keeps its place in the longest increasing run; every other one moved
        assertThat(diff.changes()).hasSize(9_999).allMatch(c -> c.kind() == ChangeKind.MOVED);
        assertThat(diff.applyTo(before)).isEqualTo(after);
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void statementsNestedTwoHundredFiftyDeep() {
        FeatureSpec before = nested(250, "Clients retry on `503`.");
        FeatureSpec after = nested(250, "Clients retry on `503` and `429`.");
        SpecDiff diff = SpecDiff.between(before, after);
        assertThat(diff.changes()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(ChangeKind.CHANGED);
            assertThat(c.pointer()).startsWith("/apiContract/statements/0/children/0/children/0");
            assertThat(c.pointer().split("/children/")).hasSize(250);
        });
        assertThat(diff.applyTo(before)).isEqualTo(after);
    }

    private static FeatureSpec nested(int depth, String leaf) {
        Statement s = Statement.of(leaf);
        for (int i = depth - 1; i > 0; i--) {
            s = new Statement("Level " + i, List.of(s));
        }
        return FeatureSpec.builder("T")
                .apiContract(new ApiContractSection(List.of(s)))
                .build();
    }
}
