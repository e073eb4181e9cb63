package dev.featurespec.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Model instances shared by the model's tests. */
final class Specs {
    private Specs() {}

    /** A spec that sets every field of every record at least once. */
    static FeatureSpec full() {
        return FeatureSpec.builder("Fix VRAM OOM")
                .metadata(Metadata.builder()
                        .featureBranch("001-fix-vram-oom")
                        .created("2026-02-03")
                        .status("Draft")
                        .input("User description: \"fix the OOM\"")
                        .put("Epic", "EPIC-7")
                        .put("Owner", "@ops")
                        .build())
                .addUserStory(UserStory.builder(1, "Generate without OOM")
                        .priority(Priority.P1)
                        .suffix("🎯 MVP")
                        .description("A user generates a video on a 12 GB card.")
                        .whyThisPriority("It is the *core* flow.")
                        .independentTest("Run one job at 720p.")
                        .addAcceptanceScenario(AcceptanceScenario.of("a 12 GB GPU", "a job starts", "it completes"))
                        .addAcceptanceScenario(
                                new AcceptanceScenario(
                                        Optional.of("a queue"),
                                        Optional.of("two jobs start"),
                                        Optional.of("they run in turn"),
                                        List.of("no job is lost"),
                                        "**Given** a queue, **When** two jobs start, **Then** they run in turn, **And** no job is lost"))
                        .notes("| a | b |\n|---|---|\n| 1 | 2 |")
                        .build())
                .addUserStory(UserStory.builder(2, "Retry").label("US-002").build())
                .addEdgeCase("What happens when the card has 8 GB?")
                .addFunctionalRequirement(Requirement.of(
                        "FR-001", "System MUST free memory [NEEDS CLARIFICATION: before or after save?]"))
                .addFunctionalRequirement(new Requirement(
                        Optional.of("FR-002"),
                        Optional.of("Branding: Title"),
                        "Users SHOULD see `progress`",
                        Map.of("Priority", "P2")))
                .addKeyEntity(new KeyEntity("Job", "A generation request."))
                .addSuccessCriterion(
                        SuccessCriterion.of("SC-001", "Zero OOMs in 100 runs.").withMarker("1."))
                .apiContract(new ApiContractSection(List.of(new Statement(
                        "`POST /api/jobs` returns `202`; backward compatible",
                        List.of(Statement.of("`GET /api/jobs/{id}` is a breaking change"))))))
                .configurationImpact(new ImpactSection(List.of(Statement.of("No change to `settings.json`."))))
                .securityImpact(new ImpactSection(List.of()))
                .observability(new ObservabilitySection(List.of(Statement.of("Emit `pending`, `done` and `failed`."))))
                .addAssumption("Cards have at least 8 GB.")
                .addClarificationSession(new ClarificationSession(
                        "2026-02-04",
                        Optional.of("memory"),
                        List.of(
                                Clarification.of("Which card?", "RTX 3060"),
                                new Clarification(Optional.empty(), "Decided to keep fp16.", Optional.of("B")))))
                .addExtraSection(ExtraSection.headed("Out of Scope", 2, "- Multi-GPU", Section.SUCCESS_CRITERIA))
                .addExtraSection(ExtraSection.loose("<!-- a note -->", Section.USER_SCENARIOS))
                .build();
    }
}
