package dev.featurespec.writer.internal.layout;

import static dev.featurespec.writer.internal.markdown.BlockWriter.normalize;

import dev.featurespec.model.FeatureSpec;
import dev.featurespec.writer.internal.markdown.BlockWriter;
import java.util.List;
import java.util.function.Function;

/** Writes a section whose typed content is a list of texts: {@code ### Edge Cases}, {@code ## Assumptions}. */
public final class PlainListWriter extends ListSectionWriter<String> {
    private final Function<FeatureSpec, List<String>> texts;

    /** A writer of the texts {@code texts} gives, in {@code style}. */
    PlainListWriter(MarkdownStyle style, Function<FeatureSpec, List<String>> texts) {
        super(style);
        this.texts = texts;
    }

    /** A writer of edge cases in {@code style}. */
    public static PlainListWriter edgeCases(MarkdownStyle style) {
        return new PlainListWriter(style, FeatureSpec::edgeCases);
    }

    /** A writer of assumptions in {@code style}. */
    public static PlainListWriter assumptions(MarkdownStyle style) {
        return new PlainListWriter(style, FeatureSpec::assumptions);
    }

    @Override
    List<String> elements(FeatureSpec spec) {
        return texts.apply(spec);
    }

    /** Writes one text as a list item on the current line: {@code - What happens when …?}. */
    @Override
    public void item(BlockWriter out, String text, String bullet) {
        out.item(bullet, normalize(text));
    }
}
