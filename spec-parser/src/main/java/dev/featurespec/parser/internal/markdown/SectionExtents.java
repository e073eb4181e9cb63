package dev.featurespec.parser.internal.markdown;

import dev.featurespec.model.diagnostic.SourceDocument;
import dev.featurespec.model.diagnostic.SourceMap;
import dev.featurespec.model.diagnostic.SourceRange;
import dev.featurespec.model.template.TemplateSection;
import dev.featurespec.parser.internal.SourceText;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;

/**
 * Where each template section stands in the text, from its heading to the last block before the next
 * heading of its level or a higher one, under the key {@link SourceDocument#sectionKey} gives: every
 * section read once (one read twice gets none, as neither could be told apart from the other). The
 * extra sections' extents are recorded by the reader of their content.
 */
final class SectionExtents {
    /** One top-level block: its range, and its heading level (0 for a block that is not a heading). */
    private record Top(SourceRange range, int level) {}

    private final List<Top> tops = new ArrayList<>();
    private final Map<TemplateSection, Integer> opened = new EnumMap<>(TemplateSection.class);
    private final Set<TemplateSection> twice = EnumSet.noneOf(TemplateSection.class);

    /** Records top-level block {@code n}, read in document order. */
    void block(Node n) {
        SourceRange range = SourceText.range(n);
        if (range == null) {
            return;
        }
        int level = n instanceof Heading h ? h.getLevel() : 0;
        tops.add(new Top(range, level));
    }

    /** Records that heading {@code h}, the last block recorded, opens {@code section}. */
    void open(TemplateSection section, Heading h) {
        if (opened.putIfAbsent(section, tops.size() - 1) != null) {
            twice.add(section);
        }
    }

    /** {@code extents} with each template section's extent added. */
    SourceMap extents(SourceMap extents) {
        SourceMap.Builder b = SourceMap.builder();
        extents.asMap().forEach(b::put);
        opened.forEach((section, top) -> {
            if (!twice.contains(section)) {
                b.put(SourceDocument.sectionKey(section), extent(top));
            }
        });
        return b.build();
    }

    /** The extent of the section whose heading is top-level block {@code top}. */
    private SourceRange extent(int top) {
        Top heading = tops.get(top);
        int last = top;
        for (int j = top + 1; j < tops.size(); j++) {
            Top t = tops.get(j);
            if (t.level() > 0 && t.level() <= heading.level()) {
                break;
            }
            last = j;
        }
        return new SourceRange(heading.range().start(), tops.get(last).range().end());
    }
}
