package dev.featurespec.writer.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.featurespec.model.FeatureSpec;
import dev.featurespec.parser.markdown.MarkdownSpecParser;
import dev.featurespec.testkit.GoldenCase;
import dev.featurespec.testkit.GoldenFiles;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Walks the good cases of the repository's {@code testdata/} ({@link GoldenCase}): the writer writes
 * each one's model as its {@code .canonical.md}, and that is a fixed point: read and written again, it
 * comes back byte for byte. A case whose input is canonical has a {@code .canonical.md} identical to it.
 * Run with {@code -Dfeaturespec.updateGolden=true} to write the expected files from the actual output.
 *
 * <p>The case's {@code profile} option, when it has one, is given to both the parser and the writer, as
 * {@code featurespec fmt --profile} does.
 */
class CanonicalGoldenTest {
    static Stream<GoldenCase> goodCases() {
        return GoldenCase.goodCases().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goodCases")
    void writesEachGoodCaseAsItsCanonicalMarkdown(GoldenCase c) {
        MarkdownSpecParser parser = parser(c);
        MarkdownSpecWriter writer = writer(c);

        String canonical = writer.write(parser.parse(c.bytes()).spec());

        assertThat(canonical).as("%s.canonical.md", c.name()).isEqualTo(GoldenFiles.expected(c.canonical(), canonical));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goodCases")
    void writesEachCanonicalMarkdownBackByteForByte(GoldenCase c) {
        String canonical = GoldenFiles.expected(
                c.canonical(), writer(c).write(parser(c).parse(c.bytes()).spec()));
        FeatureSpec read = parser(c).parse(canonical).spec();

        assertThat(writer(c).write(read)).isEqualTo(canonical);
    }

    private static MarkdownSpecParser parser(GoldenCase c) {
        MarkdownSpecParser.Builder b = MarkdownSpecParser.builder();
        c.options().profile().ifPresent(b::profile);
        return b.build();
    }

    private static MarkdownSpecWriter writer(GoldenCase c) {
        return MarkdownSpecWriter.builder()
                .profile(c.options().profile().orElse(null))
                .build();
    }
}
