package dev.featurespec.writer.internal.layout;

import dev.featurespec.model.FeatureSpec;
import dev.featurespec.model.template.TemplateSection;
import dev.featurespec.writer.internal.markdown.BlockWriter;
import java.util.List;

/**
 * A section whose typed content is one bullet list, followed by its extra content.
 *
 * @param <T> the type of the list's elements
 */
abstract class ListSectionWriter<T> implements SectionWriter {
    protected final MarkdownStyle style;

    ListSectionWriter(MarkdownStyle style) {
        this.style = style;
    }

    /** The list's elements in {@code spec}. */
    abstract List<T> elements(FeatureSpec spec);

    /** Writes one element as a list item on the current line. */
    public abstract void item(BlockWriter out, T element, String bullet);

    @Override
    public boolean hasContent(FeatureSpec spec) {
        return !elements(spec).isEmpty();
    }

    @Override
    public void write(LayoutContext context, TemplateSection section) {
        BlockWriter out = context.out();
        String bullet = context.bullet(section.anchor());
        List<T> elements = elements(context.spec());
        for (int i = 0; i < elements.size(); i++) {
            item(out.nextItem(i, style.looseItems()), elements.get(i), bullet);
        }
        context.extras().write(out, section.anchor());
    }
}
