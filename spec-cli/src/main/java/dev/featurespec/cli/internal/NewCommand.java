package dev.featurespec.cli.internal;

import dev.featurespec.model.AcceptanceScenario;
import dev.featurespec.model.ApiContractSection;
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
import dev.featurespec.model.template.Profile;
import dev.featurespec.model.template.Profiles;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code featurespec new}: a filled-in skeleton spec, built as a model and written as Markdown. */
@Command(
        name = "new",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {
            "Prints a filled-in skeleton spec to edit.",
            "The skeleton has the title, branch and today's date filled in; save it as",
            "specs/<branch>/spec.md."
        })
public final class NewCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    VerboseOption verbose;

    @Option(names = "--title", required = true, paramLabel = "T", description = "The feature's title.")
    String title;

    @Option(
            names = "--branch",
            paramLabel = "B",
            description = "The feature branch (default: 001- and the title in kebab case).")
    String branch;

    @Option(
            names = "--profile",
            paramLabel = "P",
            defaultValue = Profile.EXTENDED,
            description = "speckit or extended (default: ${DEFAULT-VALUE}, the seed template).")
    String profile;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The creation date (default: today).")
    String date;

    /** Used by picocli. */
    public NewCommand() {}

    @Override
    public Integer call() {
        if (title.isBlank()) {
            throw new CliException("--title must not be blank");
        }
        if (!Profiles.builtInNames().contains(profile)) {
            throw new CliException("--profile: unknown profile '" + profile + "' (built in: "
                    + String.join(", ", Profiles.builtInNames()) + ")");
        }
        String created = date != null ? checkedDate(date) : LocalDate.now().toString();
        String branchName = branch != null ? branch : "001-" + slug(title);
        FeatureSpec skeleton = skeleton(title.strip(), branchName, created, profile.equals(Profile.EXTENDED));
        PrintWriter out = spec.commandLine().getOut();
        out.print(SpecEngine.write(skeleton, SpecFormat.MARKDOWN, Profiles.builtIn(profile), false));
        Output.flush(out, Output.STDOUT);
        return 0;
    }

    private static String checkedDate(String text) {
        try {
            return LocalDate.parse(text).toString();
        } catch (DateTimeParseException e) {
            throw new CliException("--date: '" + text + "' is not a date of the form 2026-02-03");
        }
    }

    /** {@code Fix VRAM OOM!} → {@code fix-vram-oom}. */
    static String slug(String title) {
        String s = title.toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", "-")
                .replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "feature" : s;
    }

    /** The skeleton: one story, one requirement, one criterion, and the four seed sections when extended. */
    static FeatureSpec skeleton(String title, String branch, String created, boolean extended) {
        FeatureSpec.Builder b = FeatureSpec.builder(title)
                .metadata(Metadata.builder()
                        .featureBranch(branch)
                        .created(created)
                        .status("Draft")
                        .input("User description: \"" + title + "\"")
                        .build())
                .addUserStory(UserStory.builder(1, "Describe the most important user journey")
                        .priority(Priority.P1)
                        .description("Describe this user journey in plain language: who does what, and why.")
                        .whyThisPriority("Explain the value this journey delivers on its own.")
                        .independentTest("Explain how to test this journey alone, and what it proves.")
                        .addAcceptanceScenario(AcceptanceScenario.of(
                                "the state before the journey", "the user acts", "the outcome the user sees"))
                        .build())
                .addEdgeCase("What happens when the input is at its limit?")
                .addFunctionalRequirement(
                        Requirement.of("FR-001", "System MUST provide the capability the first story needs."))
                .addKeyEntity(new KeyEntity("Entity", "What it represents and its key attributes."))
                .addSuccessCriterion(
                        SuccessCriterion.of("SC-001", "Users complete the first journey in under 2 minutes."));
        if (extended) {
            b.apiContract(new ApiContractSection(List.of(
                            Statement.of("No endpoint, payload or status code changes; replace this line if any do."))))
                    .configurationImpact(new ImpactSection(
                            List.of(Statement.of("No configuration keys change; replace this line if any do."))))
                    .securityImpact(new ImpactSection(List.of(
                            Statement.of("No change to authentication, CORS or secrets; replace this line if any."))))
                    .observability(new ObservabilitySection(List.of(Statement.of(
                            "Long-running operations report `pending`, `processing`, `done` and `failed`."))));
        }
        return b.addAssumption("State what this spec takes for granted.").build();
    }
}
