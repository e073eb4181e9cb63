package dev.featurespec.benchmarks;

import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/** The bare commonmark-java parser with the settings featurespec's Markdown parser uses. */
public final class Commonmark {
    /** Source spans on blocks and inlines, GFM tables: what MarkdownSpecParser configures. */
    public static final Parser PARSER = Parser.builder()
            .extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    private Commonmark() {}
}
