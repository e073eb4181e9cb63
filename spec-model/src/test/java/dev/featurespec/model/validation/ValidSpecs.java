package dev.featurespec.model.validation;

import dev.featurespec.model.AcceptanceScenario;
import dev.featurespec.model.ApiContractSection;
import dev.featurespec.model.Clarification;
import dev.featurespec.model.ClarificationSession;
import dev.featurespec.model.FeatureSpec;
import dev.featurespec.model.ImpactSection;
import dev.featurespec.model.KeyEntity;
import dev.featurespec.model.Metadata;
import dev.featurespec.model.ObservabilitySection;
import dev.featurespec.model.Priority;
import dev.featurespec.model.Requirement;
import dev.featurespec.model.Statement;
import dev.featurespec.model.SuccessCriterion;
import dev.featurespec.model.UserStory;
import java.util.List;

/** Specs for the validation tests. */
final class ValidSpecs {
    private ValidSpecs() {}

    static UserStory story(int number, Priority priority) {
        return UserStory.builder(number, "Story " + number)
                .priority(priority)
                .description("A user does thing " + number + ".")
                .whyThisPriority("It matters.")
                .independentTest("Do thing " + number + " and check it.")
                .addAcceptanceScenario(AcceptanceScenario.of("a user", "they act", "it works"))
                .build();
    }

    /** A spec that passes every constraint in every group. */
    static FeatureSpec ready() {
        return FeatureSpec.builder("Checkout")
                .metadata(Metadata.builder()
                        .featureBranch("042-checkout")
                        .created("2026-02-03")
                        .status("Draft")
                        .input("User description: \"pay by card\"")
                        .build())
                .addUserStory(story(1, Priority.P1))
                .addUserStory(story(2, Priority.of(2)))
                .addEdgeCase("What happens when the card is declined?")
                .addFunctionalRequirement(Requirement.of("FR-001", "System MUST accept Visa."))
                .addFunctionalRequirement(Requirement.of("FR-002", "System SHOULD email a receipt."))
                .addKeyEntity(new KeyEntity("Payment", "One card charge."))
                .addSuccessCriterion(SuccessCriterion.of("SC-001", "95% of payments finish in 3 s."))
                .apiContract(
                        new ApiContractSection(List.of(Statement.of("`POST /api/pay` is new; backward compatible"))))
                .configurationImpact(new ImpactSection(List.of(Statement.of("No configuration change."))))
                .securityImpact(new ImpactSection(List.of(Statement.of("No new secrets."))))
                .observability(new ObservabilitySection(List.of(Statement.of("Report `pending` and `done`."))))
                .addAssumption("Cards are 3-D Secure enabled.")
                .addClarificationSession(
                        ClarificationSession.of("2026-02-04", List.of(Clarification.of("Which cards?", "Visa only."))))
                .build();
    }
}
