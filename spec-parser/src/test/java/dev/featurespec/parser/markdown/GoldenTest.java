package dev.featurespec.parser.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.featurespec.model.diagnostic.Diagnostic;
import dev.featurespec.parser.ParseResult;
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
 * testdata/bad} ({@code case.md} beside {@code case.diagnostics.txt}). Adding a case is adding two files.
 * Run with {@code -Dfeaturespec.updateGolden=true} to rewrite the expected files from the parser's output.
 */
class GoldenTest {
    private static final Path ROOT = Path.of("testdata");
    private static final boolean UPDATE = Boolean.getBoolean("featurespec.updateGolden");
    private static final MarkdownSpecParser PARSER =
            MarkdownSpecParser.builder().build();

    static Stream<String> goodCases() throws IOException {
        return cases("good");
    }

    static Stream<String> badCases() throws IOException {
        return cases("bad");
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
    void badCaseGivesExpectedDiagnostics(String name) throws IOException {
        Path md = ROOT.resolve("bad").resolve(name + ".md");
        Path expected = ROOT.resolve("bad").resolve(name + ".diagnostics.txt");
        ParseResult result = PARSER.parse(md);
        String actual =
                result.diagnostics().stream().map(Diagnostic::toString).collect(Collectors.joining("\n")) + "\n";
        if (UPDATE) {
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual)
                .as("bad/%s.diagnostics.txt", name)
                .isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
    }

    static List<String> lines(String s) {
        return s.lines().toList();
    }
}
