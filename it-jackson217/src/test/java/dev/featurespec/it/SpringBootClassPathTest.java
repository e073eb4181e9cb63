package dev.featurespec.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import dev.featurespec.model.AcceptanceScenario;
import dev.featurespec.model.ApiContractSection;
import dev.featurespec.model.Clarification;
import dev.featurespec.model.ClarificationSession;
import dev.featurespec.model.ExtraSection;
import dev.featurespec.model.FeatureSpec;
import dev.featurespec.model.KeyEntity;
import dev.featurespec.model.Metadata;
import dev.featurespec.model.ObservabilitySection;
import dev.featurespec.model.Priority;
import dev.featurespec.model.Requirement;
import dev.featurespec.model.Section;
import dev.featurespec.model.Statement;
import dev.featurespec.model.SuccessCriterion;
import dev.featurespec.model.UserStory;
import dev.featurespec.model.diagnostic.Diagnostic;
import dev.featurespec.model.diagnostic.Rule;
import dev.featurespec.model.validation.SpecValidator;
import dev.featurespec.parser.ParseResult;
import dev.featurespec.parser.json.JsonSpecReader;
import dev.featurespec.parser.json.YamlSpecReader;
import dev.featurespec.parser.markdown.MarkdownSpecParser;
import dev.featurespec.writer.json.JsonSpecWriter;
import dev.featurespec.writer.json.YamlSpecWriter;
import dev.featurespec.writer.markdown.MarkdownSpecWriter;
import jakarta.validation.Validation;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * featurespec on the class path a Spring Boot 3.3 application gives it: Maven's dependency management
 * replaces featurespec's jackson-annotations with 2.17.2, Hibernate Validator with 8.0 and Jakarta
 * Validation with 3.0 (this module's pom). Every step a library user takes must work there: parse the
 * repository's example specs from Markdown, validate them with Hibernate Validator, write JSON and read
 * it back, write YAML and read it back, write Markdown and read it back, each time the same spec; and
 * the application's own Jackson 2.17 mapper must read and write the model as featurespec does.
 */
class SpringBootClassPathTest {
    private static final Path EXAMPLES = Path.of(System.getProperty("featurespec.examples", "../examples"));

    static Stream<Path> examples() {
        return Stream.of("seed-format", "speckit-format")
                .map(name -> EXAMPLES.resolve(name).resolve("spec.md"));
    }

    @Test
    void theClassPathHasTheVersionsSpringBoot33Manages() {
        String expected = System.getProperty("featurespec.jackson-annotations.version");
        assertThat(expected).isEqualTo("2.17.2");
        assertThat(jarOf(JsonProperty.class)).endsWith("/jackson-annotations-2.17.2.jar");
        assertThat(jarOf(Validation.class)).endsWith("/jakarta.validation-api-3.0.2.jar");
        assertThat(jarOf(HibernateValidator.class)).endsWith("/hibernate-validator-8.0.1.Final.jar");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void exampleSpecsParseValidateAndRoundTripThroughEveryFormat(Path example) throws Exception {
        ParseResult parsed = MarkdownSpecParser.create().parse(example);
        FeatureSpec spec = parsed.spec();
        assertThat(spec.title()).isNotBlank();
        assertThat(spec.functionalRequirements()).isNotEmpty();
        assertThat(parsed.validate(SpecValidator.create()))
                .as("diagnostics of %s", example)
                .filteredOn(Diagnostic::isError)
                .isEmpty();

        FeatureSpec back = throughJsonAndYaml(spec);

        String markdown = MarkdownSpecWriter.create().write(back);
        ParseResult fromMarkdown = MarkdownSpecParser.create().parse(markdown);
        assertThat(fromMarkdown.diagnostics()).filteredOn(Diagnostic::isError).isEmpty();
        assertThat(fromMarkdown.spec()).isEqualTo(spec);
        assertThat(theApplicationsJackson2Mapper(spec)).isEqualTo(spec);
    }

    @Test
    void aSpecWithEveryPartValidatesAndRoundTripsThroughJsonAndYaml() throws Exception {
        FeatureSpec spec = everyPart();
        assertThat(SpecValidator.create().validate(spec)).isEmpty();
        // Hibernate Validator 8 checks the model's constraints: a repeated id is found
        FeatureSpec repeated = spec.toBuilder()
                .addFunctionalRequirement(Requirement.of("FR-001", "System MUST log each resume."))
                .build();
        assertThat(SpecValidator.create().validate(repeated))
                .extracting(d -> d.rule() + " " + d.pointer())
                .containsExactly(Rule.DUPLICATE_ID + " /functionalRequirements/2/id");
        assertThat(throughJsonAndYaml(spec)).isEqualTo(spec);
        assertThat(theApplicationsJackson2Mapper(spec)).isEqualTo(spec);
    }

    @Test
    void badJsonIsReportedNotThrown() {
        ParseResult result = JsonSpecReader.create().parse("{\"title\": \"T\", \"titel\": 1, \"edgeCases\": [null]}");
        assertThat(result.diagnostics())
                .extracting(d -> d.rule().id() + " " + d.pointer())
                .containsExactly("FS053 /titel", "FS058 /edgeCases/0");
    }

    /** JSON written and read back, then YAML written and read back: the spec each time. */
    private static FeatureSpec throughJsonAndYaml(FeatureSpec spec) {
        String json = JsonSpecWriter.create().write(spec);
        ParseResult fromJson = JsonSpecReader.create().parse(json);
        assertThat(fromJson.diagnostics()).isEmpty();
        assertThat(fromJson.spec()).isEqualTo(spec);

        String yaml = YamlSpecWriter.create().write(fromJson.spec());
        ParseResult fromYaml = YamlSpecReader.create().parse(yaml);
        assertThat(fromYaml.diagnostics()).isEmpty();
        assertThat(fromYaml.spec()).isEqualTo(spec);
        return fromYaml.spec();
    }

    /** The spec through the application's own Jackson 2.17 mapper, which must write featurespec's JSON. */
    private static FeatureSpec theApplicationsJackson2Mapper(FeatureSpec spec) throws Exception {
        ObjectMapper jackson2 = JsonMapper.builder().addModule(new Jdk8Module()).build();
        String compact = JsonSpecWriter.builder().compact(true).build().write(spec);
        assertThat(jackson2.writeValueAsString(spec)).isEqualTo(compact);
        return jackson2.readValue(compact, FeatureSpec.class);
    }

    private static FeatureSpec everyPart() {
        return FeatureSpec.builder("Resumable downloads")
                .metadata(Metadata.builder()
                        .featureBranch("007-resumable-downloads")
                        .created("2026-02-03")
                        .status("Draft")
                        .put("Epic", "EPIC-7")
                        .build())
                .addUserStory(UserStory.builder(1, "Resume after a drop")
                        .priority(Priority.P1)
                        .description("A user on a train resumes a 4 GB model download.")
                        .whyThisPriority("Downloads fail daily.")
                        .independentTest("Cut the network at 50% and reconnect.")
                        .addAcceptanceScenario(
                                AcceptanceScenario.of("a download at 50%", "the network returns", "it resumes"))
                        .build())
                .addEdgeCase("What happens when the server drops range support?")
                .addFunctionalRequirement(Requirement.of("FR-001", "System MUST resume from the last byte."))
                .addFunctionalRequirement(
                        Requirement.of("FR-002", "System SHOULD verify checksums [NEEDS CLARIFICATION: which hash?]"))
                .addKeyEntity(new KeyEntity("Download", "A file being fetched, with its offset."))
                .addSuccessCriterion(SuccessCriterion.of("SC-001", "99% of dropped downloads resume."))
                .apiContract(new ApiContractSection(
                        List.of(Statement.of("`GET /api/downloads/{id}` returns `206`; backward compatible"))))
                .observability(new ObservabilitySection(List.of(Statement.of("Report `pending` and `done`."))))
                .addAssumption("Servers support HTTP range requests.")
                .addClarificationSession(ClarificationSession.of(
                        "2026-02-04", List.of(Clarification.of("Retry limit?", "Five attempts."))))
                .addExtraSection(ExtraSection.headed("Out of Scope", 2, "- Torrents", Section.SUCCESS_CRITERIA))
                .build();
    }

    private static String jarOf(Class<?> type) {
        return type.getProtectionDomain().getCodeSource().getLocation().getPath();
    }
}
