package dev.featurespec.benchmarks;

import dev.featurespec.model.AcceptanceScenario;
import dev.featurespec.model.FeatureSpec;
import dev.featurespec.model.KeyEntity;
import dev.featurespec.model.Metadata;
import dev.featurespec.model.Priority;
import dev.featurespec.model.Requirement;
import dev.featurespec.model.SuccessCriterion;
import dev.featurespec.model.UserStory;

/** The models and JSON documents the JSON and writer benchmarks work on. */
public final class Models {
    private Models() {}

    /** The model of the input named {@code name} ({@code typical}, {@code corpus} or a size). */
    public static FeatureSpec model(String name) {
        int targetChars = Inputs.named(name).length();
        return sample(targetChars);
    }

    /** A model whose Markdown would be about {@code targetChars} long, built with the model's builders. */
    static FeatureSpec sample(int targetChars) {
        FeatureSpec.Builder b = FeatureSpec.builder("Generated workload")
                .metadata(Metadata.builder()
                        .featureBranch("900-generated")
                        .created("2026-01-15")
                        .status("Draft")
                        .input("User description: \"generated\"")
                        .build());
        int n = Math.max(1, targetChars / 1000);
        for (int i = 1; i <= n; i++) {
            b.addUserStory(UserStory.builder(i, "Export saved reports " + i)
                    .priority(Priority.P1)
                    .description("As an **admin**, I want to export saved reports so that the weekly work is fast.")
                    .whyThisPriority(i + "% of support tickets ask for it.")
                    .independentTest("Run `export` on a workspace with " + i + " reports.")
                    .addAcceptanceScenario(AcceptanceScenario.of(
                            "an admin with saved reports", "they export them", "the admin sees a confirmation"))
                    .build());
            b.addFunctionalRequirement(Requirement.of(
                    String.format("FR-%03d", i), "System MUST let the admin export `saved reports` in batches."));
            b.addSuccessCriterion(SuccessCriterion.of(
                    String.format("SC-%03d", i), "95% of exports finish within " + i + " seconds."));
        }
        b.addKeyEntity(new KeyEntity("Batch", "A set of items processed together."));
        return b.build();
    }
}
