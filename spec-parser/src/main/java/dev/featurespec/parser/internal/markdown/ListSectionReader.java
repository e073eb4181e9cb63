package dev.featurespec.parser.internal.markdown;

import dev.featurespec.model.Section;
import dev.featurespec.parser.internal.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;

/**
 * Reads a section whose typed content is one list: each item of its lists becomes one element (Edge Cases
 * and Assumptions keep the item's text, Key Entities split it into name and description); any other
 * block stays loose content of the section. One per section per parse; not thread-safe. Not API.
 *
 * @param <T> the element type
 */
final class ListSectionReader<T> implements SectionReader {
    private final AssemblyContext ctx;
    private final ExtraReader extras;
    private final Section section;
    private final Function<String, T> element;
    private final List<T> elements = new ArrayList<>();

    /**
     * A reader of {@code section}, whose elements are in the spec's list of the same name ({@code
     * edgeCases}), each made by {@code element} from an item's text.
     */
    ListSectionReader(AssemblyContext ctx, ExtraReader extras, Section section, Function<String, T> element) {
        this.ctx = ctx;
        this.extras = extras;
        this.section = section;
        this.element = element;
    }

    @Override
    public void read(Node n, Outline.Entry entry) {
        if (!(n instanceof ListBlock list)) {
            extras.addLoose(section, n);
            return;
        }
        for (ListItem item : Blocks.items(list)) {
            ctx.put(Pointer.of(section.key(), elements.size()), SourceText.range(item));
            elements.add(element.apply(ctx.blocks().itemText(item)));
        }
    }

    /** Gives every element read, in order, to {@code builder}. */
    void build(Consumer<T> builder) {
        elements.forEach(builder);
    }
}
