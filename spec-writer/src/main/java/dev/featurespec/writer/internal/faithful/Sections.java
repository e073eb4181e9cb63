package dev.featurespec.writer.internal.faithful;

import dev.featurespec.model.ExtraSection;
import dev.featurespec.model.FeatureSpec;
import dev.featurespec.model.Section;
import dev.featurespec.model.UserStory;
import dev.featurespec.model.diagnostic.SourceDocument;
import dev.featurespec.model.template.Profile;
import dev.featurespec.model.template.Profiles;
import dev.featurespec.model.template.TemplateSection;
import dev.featurespec.writer.internal.layout.KeptText;
import dev.featurespec.writer.internal.layout.TemplateLayout;
import dev.featurespec.writer.internal.markdown.BlockWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The sections written again whole, canonically, where their edits could not be patched in: each such
 * section replaces its own extent (its heading to the next heading of its level or a higher one), and a
 * section the base lacks is inserted after the nearest section before it in template order that the base
 * has (before the first one after it when none comes before). A section whose parent the base lacks too
 * is written with its parent.
 */
final class Sections {
    /** The first segment of each typed element's pointer, and the section the element is written in. */
    private static final Map<String, TemplateSection> PARTS = Map.ofEntries(
            Map.entry("userStories", TemplateSection.USER_SCENARIOS),
            Map.entry("edgeCases", TemplateSection.EDGE_CASES),
            Map.entry("functionalRequirements", TemplateSection.FUNCTIONAL_REQUIREMENTS),
            Map.entry("keyEntities", TemplateSection.KEY_ENTITIES),
            Map.entry("successCriteria", TemplateSection.SUCCESS_CRITERIA),
            Map.entry("assumptions", TemplateSection.ASSUMPTIONS),
            Map.entry("clarifications", TemplateSection.CLARIFICATIONS),
            Map.entry("apiContract", TemplateSection.API_CONTRACT),
            Map.entry("configurationImpact", TemplateSection.CONFIGURATION_IMPACT),
            Map.entry("securityImpact", TemplateSection.SECURITY_IMPACT),
            Map.entry("observability", TemplateSection.OBSERVABILITY));

    /**
     * A section written again: its lines, from {@code from} to {@code to} exclusive, or inserted at {@code
     * from}; without its sub-sections {@code detached}, which the author put elsewhere under a heading of
     * their own.
     */
    record Unit(TemplateSection section, int from, int to, boolean inserted, Set<TemplateSection> detached) {
        Unit(TemplateSection section, int from, int to, boolean inserted) {
            this(section, from, to, inserted, Set.of());
        }

        /** True when this unit writes {@code s}: it is the unit's section or a sub-section not detached. */
        boolean holds(TemplateSection s) {
            return TemplateLayout.within(s, section) && detached.stream().noneMatch(d -> TemplateLayout.within(s, d));
        }

        boolean covers(Patch p) {
            if (inserted) {
                return false;
            }
            // a patch touching the unit's lines, or inserting strictly inside them
            return p.from() < to && p.to() > from || p.from() > from && p.from() < to;
        }
    }

    /** The sub-sections a section may be written without, when they stand elsewhere under their own heading. */
    private static final Set<TemplateSection> DETACHABLE = EnumSet.of(
            TemplateSection.EDGE_CASES, TemplateSection.FUNCTIONAL_REQUIREMENTS, TemplateSection.KEY_ENTITIES);

    private final Source source;
    private final FeatureSpec old;
    private final FeatureSpec edited;
    private final ExtrasPatcher extras;
    private final TemplateLayout layout;
    private final Profile profile;
    private final Headings headings;
    private final Kept keep;

    Sections(Source source, FeatureSpec old, FeatureSpec edited, ExtrasPatcher extras) {
        this.source = source;
        this.old = old;
        this.edited = edited;
        this.extras = extras;
        this.profile = Profiles.forSpec(edited);
        // in the author's words the spec records, as the canonical writer writes it, and the author's tables
        this.layout = new TemplateLayout(
                profile, Styles.tables(Styles.authored(edited), old, source).build(), false, false);
        this.headings = new Headings(source);
        this.keep = new Kept(source, old, edited, headings);
    }

    /** The section that part {@code pointer} (its first segment, e.g. {@code functionalRequirements}) is in. */
    static TemplateSection of(String part) {
        return PARTS.get(part);
    }

    /**
     * The sections to write again for edits that failed in {@code failed}: each failed section, or its
     * nearest ancestor the base has when it lacks the section, none inside another.
     */
    List<Unit> units(Set<TemplateSection> failed) {
        Set<TemplateSection> chosen = EnumSet.noneOf(TemplateSection.class);
        for (TemplateSection s : failed) {
            TemplateSection unit = s;
            if (!has(unit) && unit.presentIn(old)) {
                // content standing without its own heading, under its parent's: the parent is written again
                do {
                    unit = unit.parent().orElseThrow(() -> new Unplaceable("no extent for section " + s.key()));
                } while (!has(unit));
            }
            while (!has(unit)) {
                // a parent whose content stands without its heading is not written again: the section goes alone
                TemplateSection parent = unit.parent().orElse(null);
                if (parent == null || has(parent) || parent.presentIn(old)) {
                    break;
                }
                unit = parent;
            }
            if (!has(unit)) {
                // a new section's heading, in known words, names its parent too: a parent the base holds under
                // a heading read only by what it holds would then read otherwise, so it is written again
                for (TemplateSection p = unit.parent().orElse(null);
                        p != null;
                        p = p.parent().orElse(null)) {
                    if (has(p) && keep.unknownWords(p)) {
                        unit = p;
                    }
                }
            }
            chosen.add(unit);
        }
        List<Unit> units = new ArrayList<>();
        for (TemplateSection s : chosen) {
            units.add(unit(s));
        }
        detachNew(units);
        List<Unit> all = List.copyOf(units);
        units.removeIf(u -> all.stream().anyMatch(o -> o != u && o.holds(u.section())));
        return units;
    }

    /**
     * Writes each new detachable sub-section of a unit on its own, where the template puts it past the
     * extra content that follows the unit, when that content is anchored to the unit's sections: inside
     * the unit it would come between them and re-anchor the content to itself.
     */
    private void detachNew(List<Unit> units) {
        List<Unit> own = new ArrayList<>();
        for (int k = 0; k < units.size(); k++) {
            Unit u = units.get(k);
            if (u.inserted() || !anchored(u)) {
                continue;
            }
            for (TemplateSection d : DETACHABLE) {
                if (d.parent().orElse(null) != u.section() || has(d) || d.presentIn(old) || !d.presentIn(edited)) {
                    continue;
                }
                Unit alone = unit(d);
                if (alone.from() > u.from() && alone.from() < u.to()) {
                    continue;
                }
                Set<TemplateSection> detached = EnumSet.of(d);
                detached.addAll(u.detached());
                u = new Unit(u.section(), u.from(), u.to(), false, detached);
                units.set(k, u);
                own.add(alone);
            }
        }
        units.removeIf(u -> own.stream().anyMatch(o -> o.section() == u.section()));
        units.addAll(own);
    }

    private Unit unit(TemplateSection s) {
        if (has(s)) {
            String key = SourceDocument.sectionKey(s);
            int from = source.first(key);
            int to = source.last(key) + 1;
            Set<TemplateSection> detached = EnumSet.noneOf(TemplateSection.class);
            for (TemplateSection d : DETACHABLE) {
                String own = SourceDocument.sectionKey(d);
                if (d.parent().orElse(null) == s && has(d) && (source.first(own) >= to || source.last(own) < from)) {
                    detached.add(d);
                }
            }
            return new Unit(s, from, to, false, detached);
        }
        for (TemplateSection d : TemplateSection.values()) {
            if (d != s && TemplateLayout.within(d, s) && has(d)) {
                throw new Unplaceable("section " + s.key() + " lacks its heading but has " + d.key());
            }
        }
        List<TemplateSection> order = Arrays.asList(TemplateSection.values());
        for (int i = order.indexOf(s) - 1; i >= 0; i--) {
            if (has(order.get(i))) {
                return new Unit(s, following(source.last(SourceDocument.sectionKey(order.get(i))) + 1), -1, true);
            }
        }
        for (int i = order.indexOf(s) + 1; i < order.size(); i++) {
            if (has(order.get(i)) && !TemplateLayout.within(order.get(i), s)) {
                return new Unit(s, source.first(SourceDocument.sectionKey(order.get(i))), -1, true);
            }
        }
        // no section at all: after everything, where nothing that follows can change its anchor
        return new Unit(s, source.lines().size(), -1, true);
    }

    /** {@code line}, or past the headed extra sections that follow it with only blank lines between. */
    private int following(int line) {
        boolean moved = true;
        while (moved) {
            moved = false;
            for (int i = 0; i < old.extraSections().size(); i++) {
                String key = SourceDocument.extraSectionKey(i);
                if (source.extent(key).isPresent()
                        && source.first(key) >= line
                        && blankBetween(line, source.first(key))) {
                    line = source.last(key) + 1;
                    moved = true;
                }
            }
        }
        return line;
    }

    private boolean blankBetween(int from, int to) {
        for (int i = from; i < to; i++) {
            if (!source.lines().blank(i)) {
                return false;
            }
        }
        return true;
    }

    /** The patch writing {@code unit} again, with the extra sections that stand inside it. */
    Patch patch(Unit unit) {
        checkInside(unit);
        List<ExtraSection> inside = new ArrayList<>();
        for (int j = 0; j < edited.extraSections().size(); j++) {
            int i = extras.baseOf(j);
            ExtraSection extra = edited.extraSections().get(j);
            if (unit.inserted()
                    ? i < 0 && TemplateLayout.within(anchorOf(extra), unit.section())
                    : i >= 0 && inside(unit, i)) {
                // a new extra section anchored to a new section is written with it
                inside.add(extra);
            }
        }
        if (unit.inserted() && !inside.isEmpty() && extrasFrom(unit.from())) {
            // the extra sections read back in the order they stand: a new one goes after the others, so a
            // new top-level section holding one goes at the end
            if (unit.section().parent().isPresent() || extrasFrom(source.lines().size())) {
                throw new Unplaceable("a new extra section before others, in new section "
                        + unit.section().key());
            }
            return written(new Unit(unit.section(), source.lines().size(), -1, true), inside);
        }
        return written(unit, inside);
    }

    /** The patch writing {@code unit} again, with the extra sections {@code inside} it. */
    private Patch written(Unit unit, List<ExtraSection> inside) {
        FeatureSpec.Builder b = edited.toBuilder().extraSections(inside);
        if (storiesAtEnd(unit)) {
            b.userStories(List.of());
        }
        for (TemplateSection d : unit.detached()) {
            // written where it stands, by its own patches or as a unit of its own
            switch (d) {
                case EDGE_CASES -> b.edgeCases(List.of());
                case FUNCTIONAL_REQUIREMENTS -> b.functionalRequirements(List.of());
                case KEY_ENTITIES -> b.keyEntities(List.of());
                default -> throw new IllegalStateException("not a detachable section: " + d);
            }
        }
        FeatureSpec spec = b.build();
        KeptText own = keep.of(unit);
        List<String> lines = lines(out -> layout.writeSection(spec, unit.section(), own, out));
        if (lines.isEmpty() && !unit.inserted() && anchored(unit)) {
            // emptied, with extra content after it anchored to it: its heading stays, and the content with it
            return new Patch(unit.from(), unit.to(), List.of(source.lines().line(unit.from())));
        }
        checkAnchors(unit);
        if (unit.inserted()) {
            List<String> block = new ArrayList<>();
            if (unit.from() > 0) {
                block.add("");
            }
            block.addAll(lines);
            if (unit.from() == 0
                    || !source.lines().blank(unit.from())
                            && unit.from() < source.lines().size()) {
                block.add("");
            }
            return Patch.insert(unit.from(), block);
        }
        if (lines.isEmpty()) {
            for (ExtraSection extra : edited.extraSections()) {
                if (TemplateLayout.within(anchorOf(extra), unit.section())) {
                    // the canonical writer keeps the heading of a section extra content is anchored to
                    throw new Unplaceable("section " + unit.section().key() + " emptied under extra content");
                }
            }
            int to = unit.to();
            if (source.lines().blank(unit.from() - 1) && source.lines().blank(to)) {
                to++;
            }
            return Patch.remove(unit.from(), to);
        }
        // the author's headings stay as written; the template's, for sections the base lacks, move to the
        // level the author's heading of the section gives
        Set<String> kept = Headings.ofExtras(inside);
        for (TemplateSection s : TemplateSection.values()) {
            keep.heading(unit, s).ifPresent(h -> kept.addAll(Arrays.asList(h.split("\n", -1))));
        }
        for (UserStory story : edited.userStories()) {
            own.story(story).ifPresent(t -> kept.addAll(Arrays.asList(t.split("\n", -1))));
        }
        int level = headings.level(unit.from());
        int delta = level == 0 ? 0 : level - profile.level(unit.section());
        return new Patch(unit.from(), unit.to(), Headings.moved(lines, delta, kept));
    }

    /**
     * True when {@code unit} would write the first stories of a base that has none while extra content
     * after it is anchored to its section: stories before that content would re-anchor it to themselves,
     * so they go at the end of the text instead (see {@link #trailingStories}).
     */
    private boolean storiesAtEnd(Unit unit) {
        return !unit.inserted()
                && unit.holds(TemplateSection.USER_SCENARIOS)
                && old.userStories().isEmpty()
                && !edited.userStories().isEmpty()
                && anchored(unit);
    }

    /**
     * The patch appending {@code unit}'s stories at the end of the text, without their section's heading,
     * when they go there (see {@link #storiesAtEnd}); the reader takes a story heading for a story wherever
     * it stands.
     */
    Optional<Patch> trailingStories(Unit unit) {
        if (!storiesAtEnd(unit)) {
            return Optional.empty();
        }
        FeatureSpec stories =
                edited.toBuilder().edgeCases(List.of()).extraSections(List.of()).build();
        List<String> lines =
                new ArrayList<>(lines(out -> layout.writeSection(stories, TemplateSection.USER_SCENARIOS, out)));
        lines.remove(0);
        while (!lines.isEmpty() && lines.get(0).isBlank()) {
            lines.remove(0);
        }
        int end = source.lines().size();
        if (end > 0 && !source.lines().blank(end - 1)) {
            lines.add(0, "");
        }
        return Optional.of(Patch.insert(end, lines));
    }

    /** True when a base extra section starts at line {@code line} or after it. */
    private boolean extrasFrom(int line) {
        for (int i = 0; i < old.extraSections().size(); i++) {
            if (source.extent("/extraSections/" + i)
                    .map(r -> r.start().line() - 1 >= line)
                    .orElse(false)) {
                return true;
            }
        }
        return false;
    }

    /** True when base extra section {@code i} stands inside {@code unit}'s lines. */
    boolean inside(Unit unit, int i) {
        return source.extent("/extraSections/" + i)
                .map(r -> r.start().line() - 1 >= unit.from() && r.start().line() - 1 < unit.to())
                .orElse(false);
    }

    /**
     * {@link Unplaceable} unless every typed element and section inside {@code unit}'s lines belongs to it,
     * and every element of its sections stands inside them: what is written again is exactly what it
     * replaces.
     */
    private void checkInside(Unit unit) {
        if (unit.inserted()) {
            return;
        }
        for (String pointer : source.pointers()) {
            TemplateSection belongs = belongsTo(pointer);
            if (belongs == null) {
                continue;
            }
            int first = source.first(pointer);
            int last = source.last(pointer);
            boolean in = first >= unit.from() && last < unit.to();
            boolean overlaps = first < unit.to() && last >= unit.from();
            boolean ours = unit.holds(belongs);
            if (ours && !in && !pointer.startsWith("section:") || !ours && overlaps && !contains(pointer, unit)) {
                throw new Unplaceable("section " + unit.section().key() + " shares its lines with " + pointer);
            }
        }
        for (int i = 0; i < old.extraSections().size(); i++) {
            String key = SourceDocument.extraSectionKey(i);
            if (source.extent(key).isPresent() && inside(unit, i) && source.last(key) >= unit.to()) {
                throw new Unplaceable("extra section " + i + " runs past section "
                        + unit.section().key());
            }
        }
    }

    /**
     * {@link Unplaceable} when {@code unit} gains its first typed content or loses its last while extra
     * content after it is anchored to it: the reader anchors such content by what comes before it (after
     * the stories when there are some, else after their section), so it would read back anchored
     * elsewhere.
     */
    private void checkAnchors(Unit unit) {
        boolean presence = false;
        for (TemplateSection s : TemplateSection.values()) {
            // the section's own heading, written where it stood, keeps what follows anchored to it; but a
            // sub-section of another anchor appearing or going changes what the section ends with, and
            // content after the stories is anchored to them when there are some, else to their section
            if (unit.holds(s)
                    && !(s == TemplateSection.USER_SCENARIOS && storiesAtEnd(unit))
                    && (unit.inserted()
                            || s.anchor() != unit.section().anchor()
                            || s == TemplateSection.USER_SCENARIOS)) {
                presence |= s.presentIn(old) != s.presentIn(edited);
            }
        }
        if (presence && anchored(unit, lastKept(unit))) {
            throw new Unplaceable(
                    "extra content after section " + unit.section().key() + " would move");
        }
    }

    /**
     * The anchor of the edge cases when {@code unit} writes them last and they stand in the base and the
     * edited spec alike: content after them stays anchored to them whatever comes and goes before them.
     */
    private Section lastKept(Unit unit) {
        TemplateSection last = TemplateSection.EDGE_CASES;
        return unit.holds(last) && last.presentIn(old) && last.presentIn(edited) ? last.anchor() : null;
    }

    /** True when extra content outside {@code unit}'s lines is anchored to its sections (or its stories). */
    private boolean anchored(Unit unit) {
        return anchored(unit, null);
    }

    /** {@link #anchored(Unit)}, but for the content anchored to {@code kept}. */
    private boolean anchored(Unit unit, Section kept) {
        Set<Section> anchors = EnumSet.noneOf(Section.class);
        for (TemplateSection s : TemplateSection.values()) {
            if (unit.holds(s)) {
                anchors.add(s.anchor());
                if (s == TemplateSection.USER_SCENARIOS) {
                    anchors.add(Section.USER_STORIES);
                }
            }
        }
        for (int i = 0; i < old.extraSections().size(); i++) {
            Section after = old.extraSections().get(i).after();
            if (anchors.contains(after) && after != kept && (unit.inserted() || !inside(unit, i))) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code pointer}'s extent holds all of {@code unit}'s lines (a parent section). */
    private boolean contains(String pointer, Unit unit) {
        return source.first(pointer) <= unit.from() && source.last(pointer) >= unit.to() - 1;
    }

    /** The section an extent's pointer belongs to, or null for metadata, extras and the like. */
    private static TemplateSection belongsTo(String pointer) {
        if (pointer.startsWith("section:")) {
            return TemplateSection.forKey(pointer.substring("section:".length()))
                    .orElse(null);
        }
        if (!pointer.startsWith("/")) {
            return null;
        }
        int end = pointer.indexOf('/', 1);
        String part = end < 0 ? pointer.substring(1) : pointer.substring(1, end);
        return PARTS.get(part);
    }

    /** The template section {@code extra} is anchored to, or null for the metadata block and stories. */
    static TemplateSection anchorOf(ExtraSection extra) {
        for (TemplateSection s : TemplateSection.values()) {
            if (s.anchor() == extra.after()) {
                return s;
            }
        }
        return null;
    }

    private boolean has(TemplateSection s) {
        return source.extent(SourceDocument.sectionKey(s)).isPresent();
    }

    /** What {@code writing} writes, as lines without their endings. */
    static List<String> lines(Consumer<BlockWriter> writing) {
        StringBuilder text = new StringBuilder();
        writing.accept(new BlockWriter(text, "\n"));
        if (text.length() == 0) {
            return List.of();
        }
        String s = text.charAt(text.length() - 1) == '\n' ? text.substring(0, text.length() - 1) : text.toString();
        return List.of(s.split("\n", -1));
    }
}
