package dev.featurespec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.featurespec.model.AcceptanceScenario;
import dev.featurespec.model.ApiContractSection;
import dev.featurespec.model.Clarification;
import dev.featurespec.model.FeatureSpec;
import dev.featurespec.model.KeyEntity;
import dev.featurespec.model.Metadata;
import dev.featurespec.model.OpenClarification;
import dev.featurespec.model.Priority;
import dev.featurespec.model.Requirement;
import dev.featurespec.model.SuccessCriterion;
import dev.featurespec.model.UserStory;
import dev.featurespec.model.diagnostic.Diagnostic;
import dev.featurespec.model.diagnostic.Rule;
import dev.featurespec.model.validation.ReadyForPlanning;
import dev.featurespec.model.validation.SpecValidator;
import dev.featurespec.parser.ParseResult;
import dev.featurespec.parser.json.JsonSpecReader;
import dev.featurespec.parser.markdown.MarkdownSpecParser;
import dev.featurespec.writer.json.JsonSpecWriter;
import dev.featurespec.writer.markdown.MarkdownSpecWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/api.md's examples, compiled and run: the code between a {@code // README: api-…} marker and the
 * next blank line must appear verbatim (dedented) in docs/api.md.
 */
class ApiDocExampleTest {
    static final Path API_DOC = Path.of("docs", "api.md");
    static final Path SOURCE = Path.of("spec-cli/src/test/java/dev/featurespec/cli/ApiDocExampleTest.java");

    @Test
    void generate() throws IOException {
        // README: api-generate
        FeatureSpec spec = FeatureSpec.builder("Checkout")
                .metadata(Metadata.builder()
                        .featureBranch("042-checkout")
                        .created("2026-02-03")
                        .status("Draft")
                        .build())
                .addUserStory(UserStory.builder(1, "Pay by card")
                        .priority(Priority.P1)
                        .description("A shopper pays for the cart with a card.")
                        .independentTest("Pay with a test card and see the receipt.")
                        .addAcceptanceScenario(
                                AcceptanceScenario.of("a cart", "the shopper pays", "a receipt is shown"))
                        .build())
                .addEdgeCase("What happens when the card is declined?")
                .addFunctionalRequirement(Requirement.of("FR-001", "System MUST accept Visa and Mastercard."))
                .addKeyEntity(KeyEntity.of("Payment", "one attempt to charge a card"))
                .addSuccessCriterion(SuccessCriterion.of("SC-001", "95% of payments complete in under 3 s."))
                .build();
        String markdown = MarkdownSpecWriter.create().write(spec); // the Spec Kit template's layout
        String json = JsonSpecWriter.create().write(spec);

        assertThat(markdown).startsWith("# Feature Specification: Checkout\n");
        assertThat(MarkdownSpecParser.create().parse(markdown).spec()).isEqualTo(spec);
        assertThat(JsonSpecReader.create().parse(json).spec()).isEqualTo(spec);
    }

    @Test
    void query() throws IOException {
        List<String> printed = capture(() -> query(Path.of("examples/seed-format/spec.md")));

        assertThat(printed).isEmpty();
        assertThat(capture(() -> query(Path.of("examples/with-mistakes/spec.md"))))
                .containsExactly(
                        "/edgeCases/0: how many rows at most?",
                        "/functionalRequirements/1/text: which delimiter, comma or semicolon?",
                        "/functionalRequirements/3/text: UTF-8 with or without BOM?",
                        "/functionalRequirements/5/text: what size limit?");
    }

    private static void query(Path path) throws IOException {
        // README: api-query
        FeatureSpec spec = MarkdownSpecParser.create().parse(path).spec();
        Optional<Requirement> fr = spec.requirement("FR-006"); // empty when the spec has no FR-006
        boolean mandatory = fr.map(Requirement::isMandatory).orElse(false); // MUST, SHALL, REQUIRED or a NOT form
        List<UserStory> mvp = spec.storiesWithPriority(Priority.P1); // or storiesByPriority(): all, P0 first
        List<String> endpoints =
                spec.apiContract().map(ApiContractSection::endpoints).orElse(List.of());
        String next = spec.nextRequirementId(); // "FR-007" after FR-006
        for (OpenClarification open : spec.openClarifications()) { // what is left to clarify
            System.out.println(open.pointer() + ": " + open.question());
        }

        if (path.toString().contains("seed-format")) {
            assertThat(fr.map(Requirement::text))
                    .contains("System SHOULD retry a dropped connection up to 5 times with exponential back-off.");
            assertThat(mandatory).isFalse();
            assertThat(mvp).extracting(UserStory::title).containsExactly("Resume an interrupted download");
            assertThat(endpoints).containsExactly("POST /api/models/{id}/download", "GET /api/models/{id}/download");
            assertThat(next).isEqualTo("FR-007");
        }
    }

    @Test
    void validate() throws IOException {
        List<String> printed = capture(ApiDocExampleTest::validateExample);

        assertThat(printed)
                .contains(
                        "28:31: error: [NEEDS CLARIFICATION: which delimiter, comma or semicolon?] is still open [FS110]",
                        "30:45: error: [NEEDS CLARIFICATION: UTF-8 with or without BOM?] is still open [FS110]");
    }

    private static void validateExample() throws IOException {
        // README: api-validate
        ParseResult result = MarkdownSpecParser.create().parse(Path.of("examples/with-mistakes/spec.md"));
        List<Diagnostic> draft = result.validate(SpecValidator.create()); // a draft
        List<Diagnostic> ready = result.validate(SpecValidator.create(), ReadyForPlanning.class); // before planning
        for (Diagnostic d : ready) {
            System.out.println(d); // "28:31: error: [NEEDS CLARIFICATION: which delimiter, …] is still open [FS110]"
        }

        assertThat(draft).extracting(Diagnostic::rule).doesNotContain(Rule.OPEN_CLARIFICATION);
        assertThat(ready).extracting(Diagnostic::rule).contains(Rule.OPEN_CLARIFICATION);

        // README: api-validate-direct
        List<Diagnostic> same = result.validate(SpecValidator.direct()); // no provider needed

        assertThat(same).isEqualTo(draft).isNotEmpty();
    }

    /** What {@code example} prints on standard output, line by line. */
    private static List<String> capture(IoRunnable example) throws IOException {
        PrintStream out = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            example.run();
        } finally {
            System.setOut(out);
        }
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private interface IoRunnable {
        void run() throws IOException;
    }

    @Test
    void editInPlace(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("spec.md");
        Files.copy(Path.of("examples/seed-format/spec.md"), file);
        // README: api-edit
        FeatureSpec spec = MarkdownSpecParser.create().parse(file).spec();
        FeatureSpec edited = spec.toBuilder()
                .functionalRequirements(spec.functionalRequirements().stream()
                        .map(r -> r.id().equals(Optional.of("FR-006")) ? r.withText("System MUST retry 5 times.") : r)
                        .toList())
                .addFunctionalRequirement(Requirement.of(spec.nextRequirementId(), "System MUST log each retry."))
                .addClarification("2026-02-04", Clarification.of("How often to retry?", "5 times."))
                .build();
        Files.writeString(file, MarkdownSpecWriter.create().write(edited));

        FeatureSpec back = MarkdownSpecParser.create().parse(file).spec();
        assertThat(back).isEqualTo(edited);
        assertThat(back.requirement("FR-006").map(Requirement::text)).contains("System MUST retry 5 times.");
        assertThat(back.requirement("FR-007").map(Requirement::isMandatory)).contains(true);
        assertThat(back.clarifications().get(back.clarifications().size() - 1).entries())
                .containsExactly(Clarification.of("How often to retry?", "5 times."));
    }

    @Test
    void docsShowEveryExample() throws IOException {
        String doc = Files.readString(API_DOC);
        for (String name : List.of("api-generate", "api-query", "api-validate", "api-validate-direct", "api-edit")) {
            assertThat(doc).as(name).contains(ReadmeExampleTest.snippet(SOURCE, name));
        }
    }
}
