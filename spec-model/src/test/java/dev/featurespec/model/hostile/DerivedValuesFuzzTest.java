package dev.featurespec.model.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.featurespec.model.ApiContractSection;
import dev.featurespec.model.ObservabilitySection;
import dev.featurespec.model.Requirement;
import dev.featurespec.model.Statement;
import java.util.List;
import org.junit.jupiter.api.Tag;

/**
 * Fuzzes the model's derived values over arbitrary text: they never throw, and every marker or span
 * they return is a piece of the text. Runs its seeds ({@code DerivedValuesFuzzTestInputs/}) in every
 * build; fuzzes with {@code JAZZER_FUZZ=1} (see BENCHMARKS.md).
 */
@Tag("hostile")
class DerivedValuesFuzzTest {
    @FuzzTest(maxDuration = "10m")
    void derivedValuesNeverThrow(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();

        Requirement requirement = Requirement.of("FR-001", text);
        for (String marker : requirement.clarificationsNeeded()) {
            assertThat(text).contains(marker);
        }
        requirement.level();
        ApiContractSection api = new ApiContractSection(List.of(Statement.of(text)));
        for (String endpoint : api.endpoints()) {
            assertThat(text).contains(endpoint);
        }
        api.statusCodes();
        api.changes();
        new ObservabilitySection(List.of(Statement.of(text))).taskStates();
    }
}
