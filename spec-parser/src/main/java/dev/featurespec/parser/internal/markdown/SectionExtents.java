package dev.featurespec.parser.internal.markdown;

import dev.featurespec.model.diagnostic.SourceDocument;
import dev.featurespec.model.diagnostic.SourceRange;
import dev.featurespec.model.template.TemplateSection;
import dev.featurespec.parser.internal.SourceText;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;

/**
 * Where each template section stands in the text, from its heading to the last block before the next
 * heading of its level or a higher one, under the key {@link SourceDocument#sectionKey} gives. A section
 * given twice is opened once, at its first copy, which the model is read from (the second is an extra
 * section), so that copy is the section's extent. The extra sections' extents are recorded by the reader
 * of their content.
 */
final class SectionExtents {
    /** A section whose heading was read: its range so far, and its heading level. */
    private static final class Open {
        final TemplateSection section;
        final int level;
        final SourceRange heading;
        SourceRange last;

        Open(TemplateSection section, int level, SourceRange heading) {
            this.section = section;
            this.level = level;
            this.heading = heading;
            this.last = heading;
        }

        SourceRange extent() {
            return new SourceRange(heading.start(), last.end());
        }
    }

    /** The sections still growing, at most one per heading level; kept small so a long document costs no list. */
    private final List<Open> open = new ArrayList<>();
    /** Each section's extent once its section ended; the first read of each. */
    private final Map<TemplateSection, SourceRange> closed = new EnumMap<>(TemplateSection.class);

    private final Set<TemplateSection> opened = EnumSet.noneOf(TemplateSection.class);
    /** The range of the last block recorded, for {@link #open}. */
    private SourceRange lastRange;

    /** Records top-level block {@code n}, read in document order. */
    void block(Node n) {
        SourceRange range = SourceText.range(n);
        if (range == null) {
            return;
        }
        int level = n instanceof Heading h ? h.getLevel() : 0;
        for (int i = open.size() - 1; i >= 0; i--) {
            Open o = open.get(i);
            if (level > 0 && level <= o.level) {
                // a heading of its level or a higher one ends the section before it
                closed.putIfAbsent(o.section, o.extent());
                open.remove(i);
            } else {
                o.last = range;
            }
        }
        lastRange = range;
    }

    /** Records that heading {@code h}, the last block recorded, opens {@code section}; its first copy only. */
    void open(TemplateSection section, Heading h) {
        if (!opened.add(section)) {
            return;
        }
        open.add(new Open(section, h.getLevel(), lastRange));
    }

    /**
     * Each template section's extent, under its {@link SourceDocument#sectionKey}: from its heading to the
     * last block before the next heading of its level or a higher one.
     */
    Map<String, SourceRange> extents() {
        Map<String, SourceRange> out = new LinkedHashMap<>();
        Map<TemplateSection, SourceRange> all = new EnumMap<>(closed);
        open.forEach(o -> all.putIfAbsent(o.section, o.extent()));
        all.forEach((section, range) -> out.put(SourceDocument.sectionKey(section), range));
        return out;
    }
}
