package dev.featurespec.writer.markdown;

import dev.featurespec.model.AcceptanceScenario;
import dev.featurespec.model.ApiContractSection;
import dev.featurespec.model.Clarification;
import dev.featurespec.model.ClarificationSession;
import dev.featurespec.model.ExtraSection;
import dev.featurespec.model.FeatureSpec;
import dev.featurespec.model.ImpactSection;
import dev.featurespec.model.KeyEntity;
import dev.featurespec.model.Metadata;
import dev.featurespec.model.ObservabilitySection;
import dev.featurespec.model.Priority;
import dev.featurespec.model.Requirement;
import dev.featurespec.model.Section;
import dev.featurespec.model.Statement;
import dev.featurespec.model.SuccessCriterion;
import dev.featurespec.model.UserStory;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Hand-built models whose Markdown is {@code testdata/good/canonical-<name>.canonical.md}. */
final class GoldenModels {
    private GoldenModels() {}

    /** Every golden model by name. */
    static Map<String, FeatureSpec> all() {
        return Map.of("seed-filled", seedFilled(), "speckit-stock", speckitStock());
    }

    /** The seed template filled in: the extended profile's layout. */
    static FeatureSpec seedFilled() {
        return FeatureSpec.builder("Fix VRAM OOM")
                .metadata(Metadata.builder()
                        .featureBranch("001-fix-vram-oom")
                        .created("2026-02-03")
                        .status("Draft")
                        .input("User description: \"fix the OOM on 12 GB cards & keep quality\"")
                        .build())
                .addUserStory(UserStory.builder(1, "Generate without OOM")
                        .priority(Priority.P1)
                        .suffix("🎯 MVP")
                        .description("A user generates a 720p video on a 12 GB card and it completes.")
                        .whyThisPriority("It is the *core* flow; nothing else matters if it crashes.")
                        .independentTest("Run one job at 720p on a 12 GB card and watch `nvidia-smi`.")
                        .addAcceptanceScenario(AcceptanceScenario.of("a 12 GB GPU", "a job starts", "it completes"))
                        .addAcceptanceScenario(
                                AcceptanceScenario.of("a queue of two jobs", "both start", "they run in turn"))
                        .build())
                .addUserStory(UserStory.builder(2, "Retry a failed job")
                        .priority(Priority.of(2))
                        .description("An operator retries a job that failed [NEEDS CLARIFICATION: automatically or by"
                                + " hand?].")
                        .whyThisPriority("Failures happen; retrying saves the work done so far.")
                        .independentTest("Fail a job on purpose and retry it from the queue page.")
                        .addAcceptanceScenario(AcceptanceScenario.of(
                                "a failed job", "the operator clicks Retry", "the job is `pending` again"))
                        .build())
                .addEdgeCase("What happens when the card has only 8 GB?")
                .addEdgeCase("How does system handle a driver reset mid-job?")
                .addEdgeCase("What is the fallback when long-running inference exceeds timeout/resource limits?")
                .addFunctionalRequirement(
                        Requirement.of("FR-001", "System MUST free cached tensors between pipeline stages."))
                .addFunctionalRequirement(Requirement.of(
                        "FR-002", "System MUST cap batch size by free VRAM [NEEDS CLARIFICATION: margin in MB?]."))
                .addFunctionalRequirement(Requirement.of("FR-003", "Users MUST be able to cancel a running job."))
                .addFunctionalRequirement(Requirement.of(
                        "FR-004", "System MUST persist task state transitions for long-running operations."))
                .addFunctionalRequirement(
                        Requirement.of("FR-005", "System MUST return actionable error details for failed operations."))
                .apiContract(new ApiContractSection(List.of(
                        Statement.of("`POST /api/jobs` gains an optional `max_vram_mb` field; backward compatible."),
                        new Statement(
                                "`GET /api/jobs/{id}` returns `409` while the job is running.",
                                List.of(Statement.of("Frontend call site: `src/api/jobs.ts`."))))))
                .configurationImpact(new ImpactSection(List.of(
                        Statement.of("`src/inference_settings.json` gains `vram_margin_mb`; no other key changes."))))
                .securityImpact(new ImpactSection(List.of(Statement.of("No auth behavior changes; no new secrets."))))
                .observability(new ObservabilitySection(List.of(
                        Statement.of("Jobs report `pending`, `processing`, `done` and `failed`."),
                        Statement.of("Each OOM is logged with the job id & free VRAM."))))
                .addKeyEntity(new KeyEntity("Job", "A generation request with its parameters and state."))
                .addKeyEntity(new KeyEntity("Stage", "One step of the pipeline, with its VRAM peak."))
                .addSuccessCriterion(
                        SuccessCriterion.of("SC-001", "Zero OOM crashes in 100 runs at 720p on a 12 GB card."))
                .addSuccessCriterion(SuccessCriterion.of("SC-002", "95% of failed jobs succeed on first retry."))
                .addSuccessCriterion(SuccessCriterion.of("SC-003", "No regression in existing frontend flow."))
                .addSuccessCriterion(
                        SuccessCriterion.of("SC-004", "Every job state change is visible in logs within 1 s."))
                .build();
    }

    /**
     * A stock Spec Kit spec: clarifications in all entry forms, assumptions, a labelled and an unnumbered
     * requirement, multi-line texts and extra sections in three places.
     */
    static FeatureSpec speckitStock() {
        return FeatureSpec.builder("Photo Albums")
                .metadata(Metadata.builder()
                        .featureBranch("002-photo-albums")
                        .created("2025-10-01")
                        .status("Draft")
                        .input("User description: \"Build an app that organizes photos in albums\"")
                        .put("Epic", "EPIC-12")
                        .build())
                .addClarificationSession(new ClarificationSession(
                        "2025-10-02",
                        Optional.empty(),
                        List.of(
                                Clarification.of("Can albums nest?", "No, albums are flat."),
                                new Clarification(Optional.of("Sort order?"), "By date taken", Optional.of("B")),
                                new Clarification(
                                        Optional.empty(),
                                        "Drag and drop works on touch screens too.",
                                        Optional.empty()))))
                .addClarificationSession(new ClarificationSession(
                        "2025-10-05",
                        Optional.of("storage"),
                        List.of(Clarification.of("Where are photos stored?", "Locally, in `~/Pictures`."))))
                .addUserStory(UserStory.builder(1, "Create an album")
                        .priority(Priority.P1)
                        .description("A user groups photos by date into an album.\n"
                                + "The album shows a tile preview.\n\nAlbums are never nested.")
                        .whyThisPriority("Albums are the product.")
                        .independentTest("Create one album from three photos.")
                        .addAcceptanceScenario(AcceptanceScenario.of(
                                "three photos", "the user creates an album", "the album holds them"))
                        .addAcceptanceScenario(new AcceptanceScenario(
                                Optional.of("an album"),
                                Optional.of("the user renames it"),
                                Optional.of("the new name shows"),
                                List.of(),
                                "**Given** an album,\n**When** the user renames it,\n**Then** the new name shows"))
                        .notes("> Tiles use the first photo & the count.")
                        .build())
                .addEdgeCase("What happens when an album is empty?")
                .addFunctionalRequirement(Requirement.of("FR-001", "System MUST let users create albums."))
                .addFunctionalRequirement(new Requirement(
                        Optional.of("FR-002"),
                        Optional.of("Sorting"),
                        "System MUST sort albums by date\nand keep the order after a restart.",
                        Map.of()))
                .addFunctionalRequirement(new Requirement(
                        Optional.empty(), Optional.empty(), "Albums SHOULD load in under a second.", Map.of()))
                .addKeyEntity(new KeyEntity("Album", "A named group of photos."))
                .addKeyEntity(new KeyEntity("Photo", ""))
                .addSuccessCriterion(SuccessCriterion.of("SC-001", "Users create an album in under 30 s."))
                .addAssumption("Photos are already on the device.")
                .addAssumption("One user per device.")
                .addExtraSection(ExtraSection.loose("<!-- reviewed by @anna -->", Section.METADATA))
                .addExtraSection(
                        ExtraSection.loose("Requirements below come from the 2025-10 workshop.", Section.REQUIREMENTS))
                .addExtraSection(ExtraSection.headed(
                        "Out of Scope", 2, "- Sharing albums\n- Cloud sync", Section.SUCCESS_CRITERIA))
                .build();
    }
}
