package dev.featurespec.writer.json;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Specs for the JSON and YAML tests. */
final class TestSpecs {
    private TestSpecs() {}

    /** Strings a YAML reader could take for something other than a string, and other awkward text. */
    static final List<String> AWKWARD = List.of(
            "yes",
            "no",
            "on",
            "off",
            "y",
            "n",
            "Yes",
            "NO",
            "true",
            "False",
            "null",
            "Null",
            "~",
            "",
            "1.0",
            "1",
            "-1",
            "+1",
            "0x1F",
            "0o17",
            "012",
            "1e3",
            "1_000",
            ".inf",
            "-.Inf",
            ".NaN",
            "12:30",
            "P1",
            "2026-02-03",
            "2026-02-03T10:00:00Z",
            "- item",
            "* item",
            "# heading",
            "a: b",
            "a #b",
            "[NEEDS CLARIFICATION: which store?]",
            "Tom & Jerry",
            "&anchor",
            "*alias",
            "!tag",
            "%directive",
            "@user",
            "`code`",
            "|",
            ">",
            "? key",
            "{x}",
            "[x]",
            "'single'",
            "\"double\"",
            "trailing space ",
            " leading space",
            "tab\there",
            "line1\nline2",
            "ends with newline\n",
            "\n",
            "emoji 🎯 MVP",
            "日本語のテキスト",
            "back\\slash",
            "<!-- comment -->",
            "=",
            "<<");

    /** A spec that sets every field of every record, with Markdown as real specs have it. */
    static FeatureSpec rich() {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("Priority", "P2");
        attributes.put("Owner", "@ops");
        return FeatureSpec.builder("Fix VRAM OOM")
                .language("en")
                .frontMatter("owner: ops\ntags: [gpu]")
                .metadata(Metadata.builder()
                        .featureBranch("001-fix-vram-oom")
                        .created("2026-02-03")
                        .status("Draft")
                        .input("User description: \"fix the OOM & keep *quality*\"")
                        .put("Epic", "EPIC-7")
                        .put("Version", "1.0")
                        .build())
                .addUserStory(UserStory.builder(1, "Generate without OOM")
                        .priority(Priority.P1)
                        .suffix("🎯 MVP")
                        .description("A user generates a video on a 12 GB card.\n\nSecond paragraph with `code`.")
                        .whyThisPriority("It is the *core* flow.")
                        .independentTest("Run one job at 720p.")
                        .addAcceptanceScenario(AcceptanceScenario.of("a 12 GB GPU", "a job starts", "it completes"))
                        .addAcceptanceScenario(
                                new AcceptanceScenario(
                                        Optional.of("a queue"),
                                        Optional.of("two jobs start"),
                                        Optional.of("they run in turn"),
                                        List.of("no job is lost", "both finish"),
                                        "**Given** a queue, **When** two jobs start, **Then** they run in turn, **And** no job is lost, **And** both finish"))
                        .addAcceptanceScenario(new AcceptanceScenario(
                                Optional.empty(), Optional.empty(), Optional.empty(), List.of(), "Free-form scenario"))
                        .notes("| a | b |\n|---|---|\n| 1 | 2 |")
                        .build())
                .addUserStory(
                        UserStory.builder(2, "Retry").priority(Priority.of(2)).build())
                .addUserStory(UserStory.builder(0, "Untitled priority").build())
                .addEdgeCase("What happens when the card has 8 GB?")
                .addEdgeCase("yes")
                .addFunctionalRequirement(Requirement.of(
                        "FR-001", "System MUST free memory [NEEDS CLARIFICATION: before or after save?]"))
                .addFunctionalRequirement(new Requirement(
                        Optional.of("FR-002"),
                        Optional.of("Branding: Title"),
                        "Users SHOULD see `progress`",
                        attributes))
                .addFunctionalRequirement(
                        new Requirement(Optional.empty(), Optional.empty(), "no keyword here", Map.of()))
                .addKeyEntity(new KeyEntity("Job", "A generation request."))
                .addKeyEntity(new KeyEntity("Empty", ""))
                .addSuccessCriterion(SuccessCriterion.of("SC-001", "Zero OOMs in 100 runs."))
                .addSuccessCriterion(new SuccessCriterion(Optional.empty(), "95% < 3 s", Map.of("Metric", "p95")))
                .apiContract(new ApiContractSection(List.of(new Statement(
                        "`POST /api/jobs` returns `202`; backward compatible",
                        List.of(new Statement(
                                "`GET /api/jobs/{id}` is a breaking change", List.of(Statement.of("deeper `409`"))))))))
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
                .addClarificationSession(ClarificationSession.of("2026-02-05", List.of()))
                .addExtraSection(
                        ExtraSection.headed("Out of Scope", 2, "- Multi-GPU\n- ROCm", Section.SUCCESS_CRITERIA))
                .addExtraSection(ExtraSection.loose("<!-- a note -->", Section.USER_SCENARIOS))
                .addExtraSection(ExtraSection.loose("Preamble & intro", Section.METADATA))
                .build();
    }

    /** A spec whose every text field holds {@code text}. */
    static FeatureSpec everywhere(String text) {
        return FeatureSpec.builder(text)
                .language(text)
                .metadata(Metadata.builder()
                        .featureBranch(text)
                        .created(text)
                        .status(text)
                        .put(text.isEmpty() ? "k" : text, text)
                        .build())
                .addUserStory(UserStory.builder(1, text)
                        .description(text)
                        .whyThisPriority(text)
                        .addAcceptanceScenario(new AcceptanceScenario(
                                Optional.of(text), Optional.of(text), Optional.of(text), List.of(text), text))
                        .notes(text)
                        .build())
                .addEdgeCase(text)
                .addFunctionalRequirement(
                        new Requirement(Optional.of(text), Optional.of(text), text, Map.of("k", text)))
                .addKeyEntity(new KeyEntity(text, text))
                .addSuccessCriterion(SuccessCriterion.of(text, text))
                .configurationImpact(new ImpactSection(List.of(Statement.of(text))))
                .addAssumption(text)
                .addClarificationSession(new ClarificationSession(
                        text,
                        Optional.of(text),
                        List.of(new Clarification(Optional.of(text), text, Optional.of(text)))))
                .addExtraSection(ExtraSection.headed(text, 3, text, Section.ASSUMPTIONS))
                .build();
    }
}
