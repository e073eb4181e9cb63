package dev.featurespec.parser.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.featurespec.model.diagnostic.SourceDocument;
import dev.featurespec.parser.ParseResult;
import dev.featurespec.testkit.Corpus;
import dev.featurespec.testkit.GoldenCase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A document parsed in pieces (as every document over 1 MiB is) reads exactly as when parsed whole: the
 * same spec, the same diagnostics with the same positions, the same source map and the same source
 * document with every extent. The pieces are forced on small documents here: one parser ends a piece at
 * every top-level heading it can, another at the first one past 200 characters. Held on every Markdown
 * case of {@code testdata/}, on every real spec of the shared corpus (skipped without it), on documents
 * made of the corpus specs one after another, and on the places where a heading line does not end a
 * block (fenced code, HTML, tables, front matter) or where something is document-wide (link reference
 * definitions).
 */
class ChunkedParseEquivalenceTest {
    private static final MarkdownSpecParser WHOLE =
            MarkdownSpecParser.builder().chunking(Integer.MAX_VALUE, 1).build();
    private static final MarkdownSpecParser EVERY_HEADING =
            MarkdownSpecParser.builder().chunking(0, 1).build();
    private static final MarkdownSpecParser PAST_200 =
            MarkdownSpecParser.builder().chunking(0, 200).build();

    static Stream<GoldenCase> markdownCases() {
        return Stream.concat(GoldenCase.goodCases().stream(), GoldenCase.badCases().stream())
                .filter(c -> c.extension().equals("md"));
    }

    static Stream<Path> corpus() {
        return Corpus.everySpecOrSkip().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("markdownCases")
    void goldenCaseReadsTheSameInPieces(GoldenCase c) {
        GoldenCase.Options o = c.options();
        for (int chunk : new int[] {1, 200}) {
            MarkdownSpecParser.Builder whole = MarkdownSpecParser.builder().chunking(Integer.MAX_VALUE, 1);
            MarkdownSpecParser.Builder pieces = MarkdownSpecParser.builder().chunking(0, chunk);
            o.maxBytes().ifPresent(whole::maxBytes);
            o.maxBytes().ifPresent(pieces::maxBytes);
            o.profile().ifPresent(whole::profile);
            o.profile().ifPresent(pieces::profile);
            assertSame(pieces.build().parse(c.bytes()), whole.build().parse(c.bytes()), c + " in pieces of " + chunk);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void corpusSpecReadsTheSameInPieces(Path spec) throws IOException {
        byte[] bytes = Files.readAllBytes(spec);
        ParseResult whole = WHOLE.parse(bytes);
        assertSame(EVERY_HEADING.parse(bytes), whole, spec + " at every heading");
        assertSame(PAST_200.parse(bytes), whole, spec + " in pieces of 200");
    }

    /**
     * The corpus specs one after another in one document: a piece ends inside one spec and the next starts
     * in another, across fenced code, HTML comments and tables.
     */
    @Test
    void corpusAsOneDocumentReadsTheSameInPieces() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (Path spec : Corpus.specsOrSkip()) {
            sb.append(Files.readString(spec)).append("\n\n");
        }
        String all = sb.toString();
        MarkdownSpecParser.Builder whole = MarkdownSpecParser.builder().chunking(Integer.MAX_VALUE, 1);
        MarkdownSpecParser.Builder pieces = MarkdownSpecParser.builder().chunking(0, 1 << 14);
        assertSame(pieces.build().parse(all), whole.build().parse(all), "the corpus in pieces of 16 KiB");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // a definition in one piece, its uses in another, and one defined twice
                "# Feature Specification: Links\n\n[spec]: https://example.com/spec \"The spec\"\n\n"
                        + "## Requirements *(mandatory)*\n\n### Functional Requirements\n\n"
                        + "- **FR-001**: System MUST follow [the spec][spec] and [spec].\n\n"
                        + "## Notes\n\n[spec]: https://example.com/other\n[ref]: </a b>\n\nSee [ref] and [spec].\n",
                // heading lines inside fenced code, an HTML block, an HTML comment and a table row
                "# Feature Specification: Blocks\n\n## Notes\n\n```markdown\n## Not a heading\n\n# Nor this\n```\n\n"
                        + "<div>\n## Inside HTML\n</div>\n\n<!--\n## Inside a comment\n\n-->\n\n"
                        + "| a | b |\n|---|---|\n## c | d\n\n## Requirements *(mandatory)*\n\n"
                        + "### Functional Requirements\n\n- **FR-001**: System MUST work.\n",
                // an unclosed fence swallows every heading after it
                "# Feature Specification: Open fence\n\n## Notes\n\n~~~\n## a\n## b\n\n## c\n",
                // front matter holding heading-like lines, headings after a paragraph, a list, a quote
                "---\ntitle: x\n## not: a heading\n---\n# Feature Specification: Front\n\nText\n## Edge Cases\n"
                        + "- one\n## Assumptions\n> quoted\n## Notes\n#notaheading\n####### seven\n    ## indented\n"
                        + "Setext\n---\n## Requirements *(mandatory)*\n",
                // CRLF line ends and a byte-order mark
                "\uFEFF# Feature Specification: CRLF\r\n\r\n## Notes\r\n\r\ntext\r\n## More\r\n\r\n- a\r\n",
            })
    void documentReadsTheSameInPieces(String markdown) {
        ParseResult whole = WHOLE.parse(markdown);
        assertSame(EVERY_HEADING.parse(markdown), whole, "at every heading");
        for (int chunk = 1; chunk < markdown.length(); chunk += 7) {
            assertSame(
                    MarkdownSpecParser.builder().chunking(0, chunk).build().parse(markdown),
                    whole,
                    "in pieces of " + chunk);
        }
    }

    /** The default parser reads a small document whole and a large one in pieces, to the same result. */
    @Test
    void defaultParserSplitsOnlyLargeDocuments() {
        StringBuilder sb = new StringBuilder("# Feature Specification: Large\n\n## User Scenarios & Testing\n\n");
        int stories = 0;
        for (int i = 1; sb.length() < (1 << 20) + 4096; i++) {
            stories = i;
            sb.append("### User Story ")
                    .append(i)
                    .append(" - Story ")
                    .append(i)
                    .append(" (Priority: P1)\n\nAs a user I want story ")
                    .append(i)
                    .append(".\n\n**Acceptance Scenarios**:\n\n1. **Given** a, **When** b, **Then** c.\n\n");
        }
        String large = sb.toString();
        ParseResult whole = WHOLE.parse(large);
        assertThat(whole.spec().userStories()).hasSize(stories);
        assertSame(MarkdownSpecParser.create().parse(large), whole, "a document just over 1 MiB");
    }

    /** Asserts that {@code actual} is {@code expected} in every part a caller can see. */
    static void assertSame(ParseResult actual, ParseResult expected, String what) {
        assertThat(actual.spec()).as("spec, %s", what).isEqualTo(expected.spec());
        assertThat(actual.diagnostics()).as("diagnostics, %s", what).isEqualTo(expected.diagnostics());
        assertThat(actual.sourceMap().asMap())
                .as("source map, %s", what)
                .isEqualTo(expected.sourceMap().asMap());
        assertThat(actual.document().isPresent())
                .as("source document, %s", what)
                .isEqualTo(expected.document().isPresent());
        Optional<SourceDocument> a = actual.document();
        Optional<SourceDocument> e = expected.document();
        if (a.isPresent()) {
            assertThat(a.get().text())
                    .as("document text, %s", what)
                    .isEqualTo(e.get().text());
            assertThat(a.get().spec())
                    .as("document spec, %s", what)
                    .isEqualTo(e.get().spec());
            assertThat(a.get().extents().asMap())
                    .as("extents, %s", what)
                    .isEqualTo(e.get().extents().asMap());
        }
    }
}
