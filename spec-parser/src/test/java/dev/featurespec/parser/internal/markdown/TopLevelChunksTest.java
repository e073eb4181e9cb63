package dev.featurespec.parser.internal.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.featurespec.parser.internal.SourceText;
import dev.featurespec.parser.internal.SpanOnlyInlineParser;
import dev.featurespec.testkit.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BulletList;
import org.commonmark.node.Document;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link TopLevelChunks} gives the same commonmark blocks, with the same source spans, as one parse of
 * the whole text, and ends a piece at every top-level ATX heading it may end at and nowhere else. Held on
 * constructed documents and on every real spec of the shared corpus (skipped without it).
 */
class TopLevelChunksTest {
    /** commonmark as the Markdown parser configures it. */
    private static final Parser COMMONMARK = Parser.builder()
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .extensions(List.of(TablesExtension.create()))
            .inlineParserFactory(SpanOnlyInlineParser.FACTORY)
            .build();

    private static final TopLevelChunks.Policy EVERY_HEADING = new TopLevelChunks.Policy(0, 1);

    static Stream<Path> corpus() {
        return Corpus.everySpecOrSkip().stream();
    }

    @Test
    void endsAPieceAtEveryTopLevelHeadingButTheFirstLine() {
        String text = "# A\n\npara\n\n## B\ntext\n### C\n- item\n#### D\n> quote\n## E";
        assertThat(pieces(text, EVERY_HEADING)).isEqualTo(5);
        assertSameBlocks(text, EVERY_HEADING);
    }

    @Test
    void neverEndsAPieceInsideFencedCodeHtmlOrATable() {
        String text = "# A\n\n```\n## in code\n```\n\n<div>\n## in html\n</div>\n\n<!--\n\n## in a comment\n\n-->\n\n"
                + "| a | b |\n|---|---|\n## c | d\n\n" + "text ".repeat(100) + "\n\n## B\n";
        // only before "## B": every other heading-like line belongs to a block (and after each, the piece
        // tried is twice as long: "## B" comes after a long paragraph, so the last try reaches it)
        assertThat(pieces(text, EVERY_HEADING)).isEqualTo(2);
        assertSameBlocks(text, EVERY_HEADING);
    }

    @Test
    void anUnclosedFenceKeepsTheRestInOnePiece() {
        String text = "# A\n\n## B\n\n~~~\n## a\n## b\n\n## c\n";
        assertThat(pieces(text, EVERY_HEADING)).isEqualTo(2);
        assertSameBlocks(text, EVERY_HEADING);
    }

    @Test
    void linesThatOnlyLookLikeHeadingsAreNoEnds() {
        String text = "# A\n#notaheading\n####### seven\n    ## indented\n\n- list\n  ## in the item\n\n#\tB\n#\n";
        // "#\tB" and the empty "#" are headings; the indented line in the list item is the item's
        assertThat(pieces(text, EVERY_HEADING)).isEqualTo(3);
        assertSameBlocks(text, EVERY_HEADING);
    }

    @Test
    void linkReferenceDefinitionsStayWhereTheyAreWritten() {
        String text =
                "# A\n\n[x]: https://example.com/a\n\n## B\n\nuse [x]\n\n[x]: https://example.com/b\n[y]: </c d> 'T'\n";
        assertThat(pieces(text, EVERY_HEADING)).isEqualTo(2);
        assertSameBlocks(text, EVERY_HEADING);
        assertThat(dump(COMMONMARK.parse(text)))
                .filteredOn(line -> line.contains("LinkReferenceDefinition"))
                .hasSize(3);
    }

    @Test
    void smallTextsAreOnePiece() {
        String text = "# A\n\n## B\n\n## C\n";
        assertThat(pieces(text, new TopLevelChunks.Policy(text.length(), 1))).isEqualTo(1);
        assertThat(pieces(text, new TopLevelChunks.Policy(text.length() - 1, 1)))
                .isEqualTo(3);
        // pieces of at least 6 characters: "# A\n\n## B\n" ends before "## C"
        assertThat(pieces(text, new TopLevelChunks.Policy(0, 6))).isEqualTo(2);
        assertSameBlocks(text, new TopLevelChunks.Policy(0, 6));
    }

    @Test
    void byDefaultOnlyTextsOverOneMebibyteAreSplitInPiecesOfAQuarter() {
        StringBuilder sb = new StringBuilder("# A\n\n");
        while (sb.length() <= (1 << 20)) {
            sb.append("## Section\n\n").append("word ".repeat(200)).append("\n\n");
        }
        String large = sb.toString();
        String small = large.substring(0, 1 << 20);
        assertThat(pieces(small, TopLevelChunks.Policy.DEFAULT)).isEqualTo(1);
        // 1 MiB and a little in pieces of at least 256 KiB: four, the last one short
        assertThat(pieces(large, TopLevelChunks.Policy.DEFAULT)).isEqualTo(4);
        assertSameBlocks(large, TopLevelChunks.Policy.DEFAULT);
    }

    @Test
    void policyRefusesOutOfRangeValues() {
        assertThatThrownBy(() -> new TopLevelChunks.Policy(-1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TopLevelChunks.Policy(0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void headingLikeLinesAreFoundFromAnyOffset() {
        String text = "ab\n## c\nd\n#\n";
        assertThat(TopLevelChunks.headingLike(text, 0)).isEqualTo(3);
        assertThat(TopLevelChunks.headingLike(text, 1)).isEqualTo(3);
        assertThat(TopLevelChunks.headingLike(text, 3)).isEqualTo(3);
        assertThat(TopLevelChunks.headingLike(text, 4)).isEqualTo(10);
        assertThat(TopLevelChunks.headingLike(text, 11)).isEqualTo(-1);
        assertThat(TopLevelChunks.headingLike("a", 0)).isEqualTo(-1);
    }

    @Test
    void aPieceThatCannotStandAloneIsReadWithTheRest() {
        String text = "# A\n\n## B\n\n## C\n\n## D\n";
        List<String> firstLines = new ArrayList<>();
        int pieces = TopLevelChunks.read(
                COMMONMARK,
                text,
                new SourceText(text),
                EVERY_HEADING,
                piece -> !dump(piece).get(0).contains("[SourceSpan{line=4,"),
                piece -> firstLines.add(dump(piece).get(0)));
        // "## C" starts the piece that does not stand alone: it and "## D" come in one piece
        assertThat(pieces).isEqualTo(3);
        assertThat(firstLines).hasSize(3);
        assertThat(firstLines.get(2)).contains("line=4,");
        assertSameBlocks(text, EVERY_HEADING);
    }

    /**
     * Every corpus spec: the same blocks, and a piece at every top-level ATX heading but one at offset 0
     * when every line that looks like one is one (after a line that is not, pieces grow).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void corpusSpecGivesTheSameBlocksInPieces(Path spec) throws IOException {
        String text = SourceText.normalise(Files.readString(spec));
        assertSameBlocks(text, EVERY_HEADING);
        long headings = 0;
        for (Node n = COMMONMARK.parse(text).getFirstChild(); n != null; n = n.getNext()) {
            SourceSpan s = SourceText.first(n);
            if (n instanceof Heading && s.getInputIndex() > 0 && text.charAt(s.getInputIndex()) == '#') {
                headings++;
            }
        }
        int headingLike = 0;
        for (int at = TopLevelChunks.headingLike(text, 1); at >= 0; at = TopLevelChunks.headingLike(text, at + 1)) {
            headingLike++;
        }
        int pieces = pieces(text, EVERY_HEADING);
        if (headingLike == headings) {
            assertThat(pieces).isEqualTo(headings + 1);
        } else {
            assertThat(pieces).isBetween(1, (int) headings + 1);
        }
    }

    private static int pieces(String text, TopLevelChunks.Policy policy) {
        return TopLevelChunks.read(COMMONMARK, text, new SourceText(text), policy, piece -> true, piece -> {});
    }

    private static void assertSameBlocks(String text, TopLevelChunks.Policy policy) {
        List<String> inPieces = new ArrayList<>();
        TopLevelChunks.read(
                COMMONMARK, text, new SourceText(text), policy, piece -> true, piece -> inPieces.addAll(dump(piece)));
        assertThat(inPieces).isEqualTo(dump(COMMONMARK.parse(text)));
    }

    /** One line per node under {@code doc}, in document order: depth, kind, what it holds, source spans. */
    private static List<String> dump(Node doc) {
        assertThat(doc).isInstanceOf(Document.class);
        List<String> lines = new ArrayList<>();
        dump(doc, 0, lines);
        return lines;
    }

    private static void dump(Node parent, int depth, List<String> lines) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            lines.add(depth + " " + n + " " + details(n) + " " + n.getSourceSpans());
            dump(n, depth + 1, lines);
        }
    }

    private static String details(Node n) {
        if (n instanceof Heading h) {
            return "level " + h.getLevel();
        } else if (n instanceof OrderedList o) {
            return "start " + o.getMarkerStartNumber() + " " + o.getMarkerDelimiter() + " tight " + o.isTight();
        } else if (n instanceof BulletList b) {
            return "marker " + b.getMarker() + " tight " + b.isTight();
        } else if (n instanceof ListBlock l) {
            return "tight " + l.isTight();
        } else if (n instanceof ListItem i) {
            return "indent " + i.getMarkerIndent() + " " + i.getContentIndent();
        } else if (n instanceof FencedCodeBlock f) {
            return f.getFenceCharacter() + f.getOpeningFenceLength() + "/" + f.getClosingFenceLength() + " "
                    + f.getInfo() + " " + f.getLiteral();
        } else if (n instanceof IndentedCodeBlock c) {
            return c.getLiteral();
        } else if (n instanceof HtmlBlock h) {
            return h.getLiteral();
        } else if (n instanceof LinkReferenceDefinition d) {
            return d.getLabel() + " " + d.getDestination() + " " + d.getTitle();
        } else if (n instanceof TableCell c) {
            return c.isHeader() + " " + c.getAlignment() + " " + c.getWidth();
        }
        return "";
    }
}
