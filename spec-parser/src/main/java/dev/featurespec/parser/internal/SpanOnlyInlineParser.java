package dev.featurespec.parser.internal;

import java.util.List;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.InlineParser;
import org.commonmark.parser.InlineParserContext;
import org.commonmark.parser.InlineParserFactory;
import org.commonmark.parser.SourceLines;

/**
 * An inline "parser" that only records where a block's inline content is: one empty {@link Text}
 * child carrying the content's source spans. The assembler slices text from the source and never
 * looks at inline nodes, so parsing them (and keeping a node per emphasis, link and text run) is
 * wasted time and heap. Stateless and thread-safe. Not API.
 */
public final class SpanOnlyInlineParser implements InlineParser {
    /** The factory to pass to {@code Parser.Builder.inlineParserFactory}. */
    public static final InlineParserFactory FACTORY = new InlineParserFactory() {
        @Override
        public InlineParser create(InlineParserContext context) {
            return INSTANCE;
        }
    };

    private static final SpanOnlyInlineParser INSTANCE = new SpanOnlyInlineParser();

    private SpanOnlyInlineParser() {}

    @Override
    public void parse(SourceLines lines, Node block) {
        List<SourceSpan> spans = lines.getSourceSpans();
        if (spans.isEmpty()) {
            return;
        }
        Text text = new Text("");
        text.setSourceSpans(spans);
        block.appendChild(text);
    }
}
