package dev.featurespec.parser.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.featurespec.parser.ParseResult;
import dev.featurespec.testkit.Corpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every corpus spec parses leniently without an exception and loses no word. Skips without the corpus. */
class CorpusTest {
    private static final MarkdownSpecParser PARSER =
            MarkdownSpecParser.builder().build();

    static Stream<String> specs() {
        List<Path> specs = Corpus.specsOrSkip();
        return specs.stream().map(p -> p.getFileName().toString());
    }

    private static Path spec(String name) {
        return Corpus.specOrSkip(name);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specs")
    void parsesWithoutException(String name) throws IOException {
        ParseResult result = PARSER.parse(spec(name));
        assertThat(result.spec()).isNotNull();
        assertThat(result.diagnostics()).noneMatch(d -> d.message().startsWith("The document could not be read"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specs")
    void losesNoWord(String name) throws IOException {
        String source = Files.readString(spec(name), StandardCharsets.UTF_8);
        ParseResult result = PARSER.parse(source);
        assertThat(NothingLost.missingWords(source, result.spec())).as(name).isEmpty();
    }
}
