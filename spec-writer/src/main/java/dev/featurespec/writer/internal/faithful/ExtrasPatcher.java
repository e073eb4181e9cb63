package dev.featurespec.writer.internal.faithful;

import dev.featurespec.model.ExtraSection;
import dev.featurespec.model.FeatureSpec;
import dev.featurespec.model.diagnostic.SourceDocument;
import dev.featurespec.model.template.TemplateSection;
import dev.featurespec.writer.internal.layout.TemplateLayout;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The changes to a spec's extra sections, as patches on their own lines: a headed extra section whose
 * content changed under the same heading is written again in its own extent, a removed one takes its
 * extent with it, a new one goes after the last extra section, and after the section it is anchored to
 * (or, when that section ends before other extra sections, after the last extra section anchored where it
 * is).
 * Loose content (without a heading) that changed is {@link Unplaceable}: it belongs to its section, which
 * is then written again whole.
 */
final class ExtrasPatcher {
    private final Source source;
    private final FeatureSpec old;
    private final List<ExtraSection> base;
    private final List<ExtraSection> edited;
    /** For each edited extra section, the index of the base one it is (changed or not), or -1 when new. */
    private final int[] baseOf;
    /** For each base extra section, true when it was removed. */
    private final boolean[] removed;
    /** True once {@link #appended} placed a new extra section by its anchor, before other extra sections. */
    private boolean reordered;

    ExtrasPatcher(Source source, FeatureSpec old, FeatureSpec edited) {
        this.source = source;
        this.old = old;
        this.base = old.extraSections();
        this.edited = edited.extraSections();
        this.baseOf = new int[this.edited.size()];
        this.removed = new boolean[base.size()];
        Arrays.fill(baseOf, -1);
        int i = 0;
        int j = 0;
        while (i < base.size() && j < this.edited.size()) {
            if (base.get(i).equals(this.edited.get(j)) || sameHeading(base.get(i), this.edited.get(j))) {
                baseOf[j++] = i++;
            } else {
                removed[i++] = true;
            }
        }
        while (i < base.size()) {
            removed[i++] = true;
        }
    }

    /** The edited extra section that base one {@code i} became, or null when it was removed. */
    ExtraSection after(int i) {
        for (int j = 0; j < baseOf.length; j++) {
            if (baseOf[j] == i) {
                return edited.get(j);
            }
        }
        return null;
    }

    /** The index of the base extra section edited one {@code j} is, or -1 when it is new. */
    int baseOf(int j) {
        return baseOf[j];
    }

    /** True when base extra section {@code i} was removed or changed. */
    boolean touched(int i) {
        return removed[i] || !base.get(i).equals(after(i));
    }

    /** The patch of base extra section {@code i}, which {@link #touched} it. */
    Patch patch(int i) {
        String key = SourceDocument.extraSectionKey(i);
        if (base.get(i).heading().isEmpty() || source.extent(key).isEmpty()) {
            throw new Unplaceable("loose extra content changed at /extraSections/" + i);
        }
        if (removed[i]) {
            return source.remove(key);
        }
        return new Patch(
                source.first(key),
                source.last(key) + 1,
                Sections.lines(out -> TemplateLayout.writeExtra(after(i), out)));
    }

    /** The patches of the new extra sections, each after the last extra section and its anchor section. */
    List<Patch> appended() {
        List<Patch> out = new ArrayList<>();
        int lastExtra = -1;
        for (int i = 0; i < base.size(); i++) {
            lastExtra = Math.max(
                    lastExtra,
                    source.extent("/extraSections/" + i)
                            .map(r -> r.end().line() - 1)
                            .orElse(-1));
            String key = SourceDocument.extraSectionKey(i);
            if (source.extent(key).isPresent()) {
                lastExtra = Math.max(lastExtra, source.last(key));
            }
        }
        for (int j = 0; j < edited.size(); j++) {
            if (baseOf[j] >= 0) {
                continue;
            }
            ExtraSection extra = edited.get(j);
            if (extra.heading().isEmpty() || j < edited.size() - 1 && baseOf[j + 1] >= 0) {
                throw new Unplaceable("a new extra section before others at /extraSections/" + j);
            }
            int anchor = -1;
            for (TemplateSection s : TemplateSection.values()) {
                if (s.anchor() == extra.after()) {
                    String key = SourceDocument.sectionKey(s);
                    if (source.extent(key).isPresent()) {
                        anchor = Math.max(anchor, source.last(key));
                    }
                }
            }
            if (anchor < 0 && !present(extra)) {
                // its section is new too: written with it (see Sections)
                continue;
            }
            int at;
            if (anchor >= 0 && (anchor >= lastExtra || anchoredAsLast(extra))) {
                at = Math.max(anchor, lastExtra) + 1;
            } else {
                // after the other extra sections it would read as anchored to the section before them (or its
                // section has no heading of its own): it goes after the last one anchored where it is, or right
                // after its section, and the extra sections read back in the order they stand there
                int own = lastAnchored(extra, anchor);
                if (own < 0) {
                    throw new Unplaceable("nowhere to put new extra section /extraSections/" + j);
                }
                at = own + 1;
                reordered |= own < lastExtra;
            }
            List<String> lines = new ArrayList<>();
            lines.add("");
            lines.addAll(Sections.lines(o -> TemplateLayout.writeExtra(extra, o)));
            out.add(Patch.insert(at, lines));
        }
        return out;
    }

    /**
     * The last line of the last headed base extra section anchored where {@code extra} is, or {@code
     * anchor}, the last line of its section (-1 when it has no heading of its own), when none is or they
     * all end before it.
     */
    private int lastAnchored(ExtraSection extra, int anchor) {
        int last = anchor;
        for (int i = 0; i < base.size(); i++) {
            String key = SourceDocument.extraSectionKey(i);
            if (base.get(i).after() == extra.after()
                    && base.get(i).heading().isPresent()
                    && source.extent(key).isPresent()) {
                last = Math.max(last, source.last(key));
            }
        }
        return last;
    }

    /**
     * True when a new extra section went where its anchor puts it rather than after every other extra
     * section (see {@link #appended}): the extra sections then read back in another order than the edited
     * list's.
     */
    boolean reordered() {
        return reordered;
    }

    /** True when the base has the section {@code extra} is anchored to, or extra content anchored the same. */
    private boolean present(ExtraSection extra) {
        TemplateSection s = Sections.anchorOf(extra);
        return s == null
                || s.presentIn(old)
                || source.extent(SourceDocument.sectionKey(s)).isPresent()
                || base.stream().anyMatch(b -> b.after() == extra.after());
    }

    /** The sections the base lacks that new extra sections are anchored to: each is written new, with them. */
    Set<TemplateSection> newSections() {
        Set<TemplateSection> out = EnumSet.noneOf(TemplateSection.class);
        for (int j = 0; j < edited.size(); j++) {
            if (baseOf[j] < 0 && edited.get(j).heading().isPresent() && !present(edited.get(j))) {
                out.add(Sections.anchorOf(edited.get(j)));
            }
        }
        return out;
    }

    /** True when the last base extra section is anchored where {@code extra} is. */
    private boolean anchoredAsLast(ExtraSection extra) {
        return !base.isEmpty() && Objects.equals(base.get(base.size() - 1).after(), extra.after());
    }

    private static boolean sameHeading(ExtraSection a, ExtraSection b) {
        return a.heading().isPresent()
                && a.heading().equals(b.heading())
                && a.level() == b.level()
                && a.after() == b.after();
    }
}
