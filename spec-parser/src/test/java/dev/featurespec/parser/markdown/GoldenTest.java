package dev.featurespec.parser.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.featurespec.model.diagnostic.Diagnostic;
import dev.featurespec.model.validation.ReadyForPlanning;
import dev.featurespec.model.validation.SpecValidator;
import dev.featurespec.parser.ParseResult;
import dev.featurespec.parser.json.JsonSpecReader;
import dev.featurespec.parser.json.YamlSpecReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Walks {@code testdata/good} ({@code case.md} beside its expected {@code case.json}) and {@code
 * testdata/bad} ({@code case.md}, {@code case.json} or {@code case.yaml} beside {@code
 * case.diagnostics.txt}). Adding a case is adding two files. Run with {@code
 * -Dfeaturespec.updateGolden=true} to rewrite the expected files from the actual output.
 *
 * <p>A bad case's actual diagnostics are those of the whole pipeline the CLI runs: the reader chosen by
 * the file's extension ({@code .md}: {@link MarkdownSpecParser}, {@code .json}: {@link
 * JsonSpecReader}, {@code .yaml}: {@link YamlSpecReader}) reads the file's bytes, then
 * {@link ParseResult#validate(SpecValidator, Class[])} adds the model constraints, one {@link
 * Diagnostic#toString()} per line. Two name prefixes change the pipeline:
 *
 * <ul>
 *   <li>{@code limit-}: the reader is built with {@code maxBytes} = {@value #LIMIT_MAX_BYTES}, so a small
 *       file can show the size limit (FS050);
 *   <li>{@code ready-}: the constraints are checked in the {@link ReadyForPlanning} group instead of
 *       {@code Default} (FS110, FS114, FS108 as an error).
 * </ul>
 */
class GoldenTest {
    private static final Path ROOT = Path.of("testdata");
    private static final boolean UPDATE = Boolean.getBoolean("featurespec.updateGolden");
    /** The size limit of {@code limit-} cases. */
    static final long LIMIT_MAX_BYTES = 256;

    private static final MarkdownSpecParser PARSER =
            MarkdownSpecParser.builder().build();

    static Stream<String> goodCases() throws IOException {
        return cases("good");
    }

    static Stream<String> badCases() throws IOException {
        try (Stream<Path> files = Files.list(ROOT.resolve("bad"))) {
            return files
                    .map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".md") || n.endsWith(".json") || n.endsWith(".yaml"))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    private static Stream<String> cases(String dir) throws IOException {
        try (Stream<Path> files = Files.list(ROOT.resolve(dir))) {
            return files
                    .map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".md"))
                    .map(n -> n.substring(0, n.length() - 3))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "good/{0}")
    @MethodSource("goodCases")
    void goodCaseParsesToExpectedJsonWithoutErrors(String name) throws IOException {
        Path md = ROOT.resolve("good").resolve(name + ".md");
        Path expected = ROOT.resolve("good").resolve(name + ".json");
        ParseResult result = PARSER.parse(md);
        String actual = TestJson.write(result.spec());
        if (UPDATE) {
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
        }
        assertThat(result.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::toString))
                .as("errors in good/%s", name)
                .isEmpty();
        assertThat(actual).as("good/%s.json", name).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "bad/{0}")
    @MethodSource("badCases")
    void badCaseGivesExpectedDiagnostics(String file) throws IOException {
        String name = file.substring(0, file.lastIndexOf('.'));
        String extension = file.substring(file.lastIndexOf('.') + 1);
        Path expected = ROOT.resolve("bad").resolve(name + ".diagnostics.txt");
        byte[] input = Files.readAllBytes(ROOT.resolve("bad").resolve(file));
        ParseResult result = read(name, extension, input);
        List<Diagnostic> diagnostics = name.startsWith("ready-")
                ? result.validate(SpecValidator.create(), ReadyForPlanning.class)
                : result.validate(SpecValidator.create());
        String actual = diagnostics.stream().map(Diagnostic::toString).collect(Collectors.joining("\n")) + "\n";
        if (UPDATE) {
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual)
                .as("bad/%s.diagnostics.txt", name)
                .isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
        assertThat(diagnostics).as("bad/%s reports nothing", file).isNotEmpty();
    }

    private static ParseResult read(String name, String extension, byte[] input) {
        boolean limited = name.startsWith("limit-");
        return switch (extension) {
            case "md" -> {
                MarkdownSpecParser.Builder b = MarkdownSpecParser.builder();
                yield (limited ? b.maxBytes(LIMIT_MAX_BYTES) : b).build().parse(input);
            }
            case "json" -> {
                JsonSpecReader.Builder b = JsonSpecReader.builder();
                yield (limited ? b.maxBytes(LIMIT_MAX_BYTES) : b).build().parse(input);
            }
            case "yaml" -> {
                YamlSpecReader.Builder b = YamlSpecReader.builder();
                yield (limited ? b.maxBytes(LIMIT_MAX_BYTES) : b).build().parse(input);
            }
            default -> throw new IllegalArgumentException("no reader for ." + extension);
        };
    }

    static List<String> lines(String s) {
        return s.lines().toList();
    }
}
