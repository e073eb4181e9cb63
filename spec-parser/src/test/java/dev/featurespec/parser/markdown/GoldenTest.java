package dev.featurespec.parser.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.featurespec.model.diagnostic.Diagnostic;
import dev.featurespec.model.validation.SpecValidator;
import dev.featurespec.parser.ParseResult;
import dev.featurespec.parser.json.JsonSpecReader;
import dev.featurespec.parser.json.YamlSpecReader;
import dev.featurespec.testkit.GoldenCase;
import dev.featurespec.testkit.GoldenFiles;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Walks the repository's {@code testdata/} ({@link GoldenCase}): a good case reads as its {@code .json}
 * with its {@code .diagnostics.txt} and no error; a bad case gives its {@code .diagnostics.txt}, at
 * least one line. Adding a case is adding its input; run with {@code -Dfeaturespec.updateGolden=true}
 * to write the expected files from the actual output.
 *
 * <p>A case's diagnostics are those of the whole pipeline the CLI runs: the reader chosen by the file's
 * extension ({@code .md}: {@link MarkdownSpecParser}, {@code .json}: {@link JsonSpecReader},
 * {@code .yaml}: {@link YamlSpecReader}) reads the file's bytes, then {@link
 * ParseResult#validate(SpecValidator, Class[])} adds the model constraints, one {@link
 * Diagnostic#toString()} per line. The case's options set the reader's size limit and profile and the
 * constraints' group.
 */
class GoldenTest {
    private static final SpecValidator VALIDATOR = SpecValidator.create();

    static Stream<GoldenCase> goodCases() {
        return GoldenCase.goodCases().stream();
    }

    static Stream<GoldenCase> badCases() {
        return GoldenCase.badCases().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goodCases")
    void goodCaseReadsAsItsJsonWithItsDiagnosticsAndNoError(GoldenCase c) {
        ParseResult result = read(c);
        String json = TestJson.write(result.spec());
        List<Diagnostic> diagnostics = validate(c, result);
        String lines = lines(diagnostics);

        assertThat(json).as("%s.json", c.name()).isEqualTo(GoldenFiles.expected(c.json(), json));
        assertThat(lines).as("%s.diagnostics.txt", c.name()).isEqualTo(GoldenFiles.expected(c.diagnostics(), lines));
        assertThat(diagnostics.stream().filter(Diagnostic::isError).map(Diagnostic::toString))
                .as("errors in %s", c)
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badCases")
    void badCaseGivesItsDiagnostics(GoldenCase c) {
        List<Diagnostic> diagnostics = validate(c, read(c));
        String lines = lines(diagnostics);

        assertThat(lines).as("%s.diagnostics.txt", c.name()).isEqualTo(GoldenFiles.expected(c.diagnostics(), lines));
        assertThat(diagnostics).as("%s reports nothing", c).isNotEmpty();
    }

    /** The case's input read by the reader its extension names, built with the case's options. */
    static ParseResult read(GoldenCase c) {
        GoldenCase.Options o = c.options();
        return switch (c.extension()) {
            case "md" -> {
                MarkdownSpecParser.Builder b = MarkdownSpecParser.builder();
                o.maxBytes().ifPresent(b::maxBytes);
                o.profile().ifPresent(b::profile);
                yield b.build().parse(c.bytes());
            }
            case "json" -> {
                JsonSpecReader.Builder b = JsonSpecReader.builder();
                o.maxBytes().ifPresent(b::maxBytes);
                yield b.build().parse(c.bytes());
            }
            case "yaml" -> {
                YamlSpecReader.Builder b = YamlSpecReader.builder();
                o.maxBytes().ifPresent(b::maxBytes);
                yield b.build().parse(c.bytes());
            }
            default -> throw new IllegalArgumentException("no reader for " + c);
        };
    }

    private static List<Diagnostic> validate(GoldenCase c, ParseResult result) {
        return c.options().group().isPresent()
                ? result.validate(VALIDATOR, c.options().group().get())
                : result.validate(VALIDATOR);
    }

    /** One diagnostic a line, each ending with a line break; nothing for none. */
    private static String lines(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(d -> d + "\n").collect(Collectors.joining());
    }
}
