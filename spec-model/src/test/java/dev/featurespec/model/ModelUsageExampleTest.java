package dev.featurespec.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.featurespec.model.diagnostic.Diagnostic;
import dev.featurespec.model.validation.SpecValidator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's example, compiled and run so it never rots. */
class ModelUsageExampleTest {
    @Test
    void buildAndValidate() {
        // README: build-and-validate
        FeatureSpec spec = FeatureSpec.builder("Checkout")
                .addUserStory(UserStory.builder(1, "Pay by card")
                        .priority(Priority.P1)
                        .independentTest("Pay with a test card and see the receipt.")
                        .addAcceptanceScenario(AcceptanceScenario.of("a cart", "the user pays", "a receipt is shown"))
                        .build())
                .addFunctionalRequirement(Requirement.of("FR-001", "System MUST accept Visa and Mastercard."))
                .addFunctionalRequirement(Requirement.of("FR-1", "System emails a receipt."))
                .build();
        List<Diagnostic> diagnostics = SpecValidator.create().validate(spec);
        diagnostics.forEach(System.out::println);
        // warning: FR-1 is not a canonical requirement id (…) [FS102]
        // warning: FR-1 has no RFC 2119 keyword (MUST, SHOULD, MAY, …) [FS111]

        assertThat(diagnostics)
                .extracting(Diagnostic::toString)
                .containsExactly(
                        "warning: FR-1 is not a canonical requirement id (expected letters, a hyphen and three digits, like FR-001) [FS102]",
                        "warning: FR-1 has no RFC 2119 keyword (MUST, SHOULD, MAY, …) [FS111]");
    }
}
