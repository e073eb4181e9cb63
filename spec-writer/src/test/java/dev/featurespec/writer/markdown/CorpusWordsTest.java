package dev.featurespec.writer.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.featurespec.model.FeatureSpec;
import dev.featurespec.parser.json.JsonSpecReader;
import dev.featurespec.parser.markdown.MarkdownSpecParser;
import dev.featurespec.testkit.Corpus;
import dev.featurespec.writer.json.JsonSpecWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The canonical writer loses nothing (issue 11): on every real spec of the corpus (specs, feature
 * folders, both sides of every revision; none skipped), every word of the source comes back as often
 * as it was written, in {@code write(parse(md))} and in Markdown → JSON → Markdown. Words are compared
 * as a multiset, lower-cased; only the numbers of ordered-list markers ({@code 1.}, {@code 2)}) are
 * set aside, as the writer renumbers. The words of the template's vocabulary count like any other: the
 * writer writes the author's labels, title prefix, metadata names, session word and table headers
 * ({@link dev.featurespec.model.Presentation#words()}), not the language's canonical ones.
 */
class CorpusWordsTest {
    private static final MarkdownSpecParser PARSER = MarkdownSpecParser.create();
    private static final MarkdownSpecWriter WRITER = MarkdownSpecWriter.create();
    private static final Pattern ORDERED_MARKER = Pattern.compile("(?m)^([ \\t>]*)\\d{1,9}[.)](?=[ \\t]|$)");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    static Stream<Path> corpus() {
        return Corpus.everySpecOrSkip().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void everyWordSurvivesWriteParse(Path file) throws IOException {
        String source = Files.readString(file, StandardCharsets.UTF_8);

        String md = WRITER.write(PARSER.parse(source).spec());

        assertThat(lost(source, md)).as(md).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void everyWordSurvivesMarkdownJsonMarkdown(Path file) throws IOException {
        String source = Files.readString(file, StandardCharsets.UTF_8);
        String json = JsonSpecWriter.create().write(PARSER.parse(source).spec());
        FeatureSpec fromJson = JsonSpecReader.create().parse(json).spec();

        String md = WRITER.write(fromJson);

        assertThat(lost(source, md)).as(md).isEmpty();
    }

    /** The words of {@code source} that {@code written} has fewer times, each with how many are missing. */
    static List<String> lost(String source, String written) {
        Map<String, Integer> have = words(written);
        List<String> lost = new ArrayList<>();
        words(source).forEach((word, count) -> {
            int missing = count - have.getOrDefault(word, 0);
            if (missing > 0) {
                lost.add(word + " ×" + missing);
            }
        });
        return lost;
    }

    private static Map<String, Integer> words(String text) {
        Map<String, Integer> out = new HashMap<>();
        Matcher m = WORD.matcher(ORDERED_MARKER.matcher(text).replaceAll("$1"));
        while (m.find()) {
            out.merge(m.group().toLowerCase(Locale.ROOT), 1, Integer::sum);
        }
        return out;
    }
}
