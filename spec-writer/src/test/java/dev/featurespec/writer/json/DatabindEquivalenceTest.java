package dev.featurespec.writer.json;

import static org.assertj.core.api.Assertions.assertThat;

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
import dev.featurespec.parser.markdown.MarkdownSpecParser;
import dev.featurespec.testkit.Corpus;
import dev.featurespec.testkit.Fixtures;
import dev.featurespec.testkit.GoldenCase;
import dev.featurespec.testkit.SchemaAssert;
import dev.featurespec.testkit.SpecGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;
import tools.jackson.dataformat.yaml.util.StringQuotingChecker;

/**
 * The streaming writers write, byte for byte, what jackson-databind makes of the model's annotations
 * (the writers before them used it, and users' own Jackson mappers read the same annotations): pretty
 * and compact JSON, and YAML with the quoting the YAML writer documents, on every golden case, every
 * corpus spec, generated specs, awkward text and a spec whose every optional text is empty. The only
 * difference allowed is the YAML writer's: text with U+0085, U+2028, U+2029 or U+FEFF is
 * double-quoted, which Jackson's YAML generator cannot do.
 */
class DatabindEquivalenceTest {
    private static final MarkdownSpecParser MARKDOWN = MarkdownSpecParser.create();
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final ObjectWriter PRETTY = MAPPER.writer().with(pretty());
    private static final ObjectWriter YAML = YAMLMapper.builder(YAMLFactory.builder()
                    .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
                    .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
                    .enable(YAMLWriteFeature.LITERAL_BLOCK_STYLE)
                    .enable(YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR)
                    .stringQuotingChecker(new DatabindQuoting())
                    .build())
            .build()
            .writer();

    static Stream<Path> documents() {
        List<Path> all = new ArrayList<>();
        GoldenCase.goodCases().stream()
                .filter(c -> c.input().getFileName().toString().endsWith(".md"))
                .forEach(c -> all.add(c.input()));
        all.addAll(Corpus.specs());
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void realDocumentsAreWrittenAsDatabindWritesThem(Path md) throws IOException {
        assertSameAsDatabind(MARKDOWN.parse(md).spec());
    }

    @Test
    void generatedSpecsAreWrittenAsDatabindWritesThem() {
        SpecGenerator generator = new SpecGenerator(17).languages(List.of("en", "de", "ja", "pt"));
        for (int i = 0; i < 200; i++) {
            assertSameAsDatabind(generator.next());
        }
    }

    @Test
    void awkwardTextIsWrittenAsDatabindWritesIt() {
        assertSameAsDatabind(Fixtures.everyField());
        for (String text : Fixtures.AWKWARD) {
            assertSameAsDatabind(Fixtures.everywhere(text));
        }
    }

    @Test
    void presentEmptyTextIsWrittenAndEmptyContainersAreLeftOut() {
        FeatureSpec spec = FeatureSpec.builder("")
                .language("")
                .frontMatter("")
                .metadata(Metadata.builder().status("").put("", "").build())
                .addUserStory(new UserStory(
                        0,
                        "",
                        Optional.of(Priority.of(0)),
                        Optional.of(""),
                        Optional.of(""),
                        Optional.empty(),
                        Optional.empty(),
                        List.of(new AcceptanceScenario(
                                Optional.of(""), Optional.empty(), Optional.empty(), List.of(""), "")),
                        Optional.of(""),
                        Optional.of("")))
                .addFunctionalRequirement(new Requirement(Optional.of(""), Optional.of(""), "", Map.of("", "")))
                .addKeyEntity(new KeyEntity("", ""))
                .addSuccessCriterion(new SuccessCriterion(Optional.of(""), "", Map.of(), Optional.of("")))
                .apiContract(new ApiContractSection(List.of()))
                .configurationImpact(new ImpactSection(List.of(new Statement("", List.of()))))
                .observability(new ObservabilitySection(List.of()))
                .addEdgeCase("")
                .addAssumption("")
                .addClarificationSession(new ClarificationSession(
                        "", Optional.of(""), List.of(new Clarification(Optional.of(""), "", Optional.of("")))))
                .addExtraSection(new ExtraSection(Optional.empty(), 0, "", Section.METADATA))
                .build();
        assertSameAsDatabind(spec);
        assertThat(JsonSpecWriter.builder().compact(true).build().write(spec))
                .isEqualTo("{\"formatVersion\":1,\"title\":\"\",\"language\":\"\",\"frontMatter\":\"\","
                        + "\"metadata\":{\"status\":\"\",\"other\":{\"\":\"\"}},\"userStories\":[{\"number\":0,"
                        + "\"title\":\"\",\"priority\":\"P0\",\"suffix\":\"\",\"description\":\"\","
                        + "\"acceptanceScenarios\":[{\"given\":\"\",\"and\":[\"\"],\"text\":\"\"}],\"notes\":\"\","
                        + "\"label\":\"\"}],\"edgeCases\":[\"\"],\"functionalRequirements\":[{\"id\":\"\","
                        + "\"label\":\"\",\"text\":\"\",\"attributes\":{\"\":\"\"}}],\"keyEntities\":[{\"name\":\"\","
                        + "\"description\":\"\"}],\"successCriteria\":[{\"id\":\"\",\"text\":\"\",\"marker\":\"\"}],"
                        + "\"apiContract\":{\"statements\":[]},\"configurationImpact\":{\"statements\":[{\"text\":"
                        + "\"\"}]},\"observability\":{\"statements\":[]},\"assumptions\":[\"\"],\"clarifications\":"
                        + "[{\"date\":\"\",\"topic\":\"\",\"entries\":[{\"question\":\"\",\"answer\":\"\","
                        + "\"answerLabel\":\"\"}]}],\"extraSections\":[{\"level\":0,\"markdown\":\"\",\"after\":"
                        + "\"metadata\"}]}");
    }

    private static void assertSameAsDatabind(FeatureSpec spec) {
        String json = JsonSpecWriter.create().write(spec);
        assertThat(json).isEqualTo(PRETTY.writeValueAsString(spec) + "\n");
        assertThat(JsonSpecWriter.builder().compact(true).build().write(spec))
                .isEqualTo(MAPPER.writeValueAsString(spec));
        SchemaAssert.assertValidJson(json);
        String yaml = YamlSpecWriter.create().write(spec);
        if (!json.contains("\u0085")
                && !json.contains("\u2028")
                && !json.contains("\u2029")
                && !json.contains("\uFEFF")) {
            String expected = YAML.writeValueAsString(spec);
            assertThat(yaml).isEqualTo(expected.endsWith("\n") ? expected : expected + "\n");
        }
        SchemaAssert.assertValidYaml(yaml);
    }

    private static DefaultPrettyPrinter pretty() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        return new DefaultPrettyPrinter(Separators.createDefaultInstance()
                        .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                        .withObjectEmptySeparator("")
                        .withArrayEmptySeparator(""))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
    }

    /** The YAML writer's quoting rule ({@link YamlSink}), for the databind mapper. */
    private static final class DatabindQuoting extends StringQuotingChecker {
        private static final long serialVersionUID = 1L;
        private static final java.util.regex.Pattern NUMBER_LIKE = java.util.regex.Pattern.compile(
                "[-+]?(\\.?[0-9][0-9_:.]*([eE][-+]?[0-9]+)?|0[xXoObB][0-9a-fA-F_]+|\\.(inf|Inf|INF|nan|NaN|NAN))");
        private static final java.util.regex.Pattern DATE_LIKE =
                java.util.regex.Pattern.compile("[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt ].*)?");
        private static final java.util.regex.Pattern KEYWORD =
                java.util.regex.Pattern.compile("(?i)(y|n|yes|no|true|false|on|off|null|~|=|<<)");
        private final StringQuotingChecker.Default base = StringQuotingChecker.Default.instance();

        @Override
        public boolean needToQuoteName(String name) {
            return base.needToQuoteName(name) || risky(name);
        }

        @Override
        public boolean needToQuoteValue(String value) {
            return base.needToQuoteValue(value) || risky(value);
        }

        private static boolean risky(String s) {
            return s.isEmpty()
                    || NUMBER_LIKE.matcher(s).matches()
                    || DATE_LIKE.matcher(s).matches()
                    || KEYWORD.matcher(s).matches();
        }
    }
}
