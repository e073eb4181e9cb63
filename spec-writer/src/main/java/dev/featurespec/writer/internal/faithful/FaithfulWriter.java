package dev.featurespec.writer.internal.faithful;

import dev.featurespec.model.FeatureSpec;
import dev.featurespec.model.Section;
import dev.featurespec.model.diagnostic.SourceDocument;
import dev.featurespec.model.template.TemplateSection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Writes an edited spec onto the text its base was read from. When nothing changed the text comes back
 * as it is, byte for byte. Otherwise each part of the spec is compared with the base's, and each
 * difference becomes a patch on the lines of the element it concerns (see {@link ListPatcher}); every
 * other line keeps its bytes. A part whose edit cannot be patched in (a list the base lacks, an extended
 * section, loose extra content) has its section written again whole, canonically, in that section's own
 * lines or where the template puts it (see {@link Sections}).
 *
 * <pre>{@code
 * Optional<FaithfulWriter.Written> text = FaithfulWriter.write(base, edited);
 * }</pre>
 */
public final class FaithfulWriter {
    private FaithfulWriter() {}

    /** How an edit was written onto the text. */
    public enum Placement {
        /** Nothing changed: the text as it is. */
        UNCHANGED,
        /** Every edit patched into the lines of its own elements. */
        PLACED,
        /**
         * Every edit patched in, but a new extra section listed after extra sections it cannot stand after
         * (anchored to a section that ends before theirs) went after the last one anchored where it is: the
         * extra sections read back in the order they stand, not in the edited list's.
         */
        REORDERED,
        /** Some sections written again whole in their own place; the rest patched in. */
        PER_SECTION
    }

    /**
     * The text written and how.
     *
     * @param text the text
     * @param placement how the edits were written
     */
    public record Written(String text, Placement placement) {}

    /**
     * The base text with {@code edited}'s differences written in, or empty when they cannot be: the
     * language or the front matter changed, a section that must be written again has no extent of its own
     * or its parent's in the text (it stands there twice, or without any heading) or shares its lines with
     * another section's elements, a sub-section appears or goes while extra content after its section is
     * anchored to it, or a new extra section's section is in no place the text holds.
     */
    public static Optional<Written> write(SourceDocument base, FeatureSpec edited) {
        Objects.requireNonNull(base, "base must not be null");
        Objects.requireNonNull(edited, "edited must not be null");
        FeatureSpec old = base.spec();
        if (edited.equals(old)) {
            return Optional.of(new Written(base.text(), Placement.UNCHANGED));
        }
        try {
            return Optional.of(patch(base, old, edited));
        } catch (Unplaceable e) {
            return Optional.empty();
        }
    }

    /** Why {@code edited} cannot be written onto {@code base} by {@link #write}, or empty when it can. */
    public static Optional<String> whyNot(SourceDocument base, FeatureSpec edited) {
        if (edited.equals(base.spec())) {
            return Optional.empty();
        }
        try {
            patch(base, base.spec(), edited);
            return Optional.empty();
        } catch (Unplaceable e) {
            return Optional.of(e.getMessage());
        }
    }

    private static Written patch(SourceDocument base, FeatureSpec old, FeatureSpec edited) {
        same(old.language(), edited.language(), "language");
        same(old.frontMatter(), edited.frontMatter(), "front matter");
        Source source = new Source(base);
        Styles styles = new Styles(old, source);
        List<Patch> patches = new ArrayList<>();
        new MetadataPatcher(source, styles).patch(old, edited, patches);
        Map<TemplateSection, List<Patch>> parts = new EnumMap<>(TemplateSection.class);
        Set<TemplateSection> failed = EnumSet.noneOf(TemplateSection.class);
        part(parts, failed, TemplateSection.USER_SCENARIOS, out -> {
            // with no story left, an extra section anchored after the stories reads as anchored to their section
            emptied(old.userStories(), edited.userStories(), "stories");
            ListPatcher.patch(
                    source,
                    old.userStories(),
                    edited.userStories(),
                    new StoryKind(source, styles, old.userStories()),
                    out);
        });
        part(
                parts,
                failed,
                TemplateSection.EDGE_CASES,
                out -> ListPatcher.patch(
                        source,
                        old.edgeCases(),
                        edited.edgeCases(),
                        ItemKinds.texts(source, styles, "/edgeCases"),
                        out));
        part(
                parts,
                failed,
                TemplateSection.FUNCTIONAL_REQUIREMENTS,
                out -> ListPatcher.patch(
                        source,
                        old.functionalRequirements(),
                        edited.functionalRequirements(),
                        ItemKinds.requirements(source, styles),
                        out));
        part(
                parts,
                failed,
                TemplateSection.KEY_ENTITIES,
                out -> ListPatcher.patch(
                        source, old.keyEntities(), edited.keyEntities(), ItemKinds.keyEntities(source, styles), out));
        part(
                parts,
                failed,
                TemplateSection.SUCCESS_CRITERIA,
                out -> ListPatcher.patch(
                        source,
                        old.successCriteria(),
                        edited.successCriteria(),
                        ItemKinds.criteria(source, styles),
                        out));
        part(
                parts,
                failed,
                TemplateSection.ASSUMPTIONS,
                out -> ListPatcher.patch(
                        source,
                        old.assumptions(),
                        edited.assumptions(),
                        ItemKinds.texts(source, styles, "/assumptions"),
                        out));
        part(
                parts,
                failed,
                TemplateSection.CLARIFICATIONS,
                out -> ListPatcher.patch(
                        source, old.clarifications(), edited.clarifications(), new SessionKind(source, styles), out));
        // the extended sections have no patcher of their own: a change writes the section again
        changed(failed, TemplateSection.API_CONTRACT, old.apiContract(), edited.apiContract());
        changed(failed, TemplateSection.CONFIGURATION_IMPACT, old.configurationImpact(), edited.configurationImpact());
        changed(failed, TemplateSection.SECURITY_IMPACT, old.securityImpact(), edited.securityImpact());
        changed(failed, TemplateSection.OBSERVABILITY, old.observability(), edited.observability());

        ExtrasPatcher extras = new ExtrasPatcher(source, old, edited);
        failed.addAll(extras.newSections());
        Map<Integer, Patch> extraPatches = new HashMap<>();
        for (int i = 0; i < old.extraSections().size(); i++) {
            if (extras.touched(i)) {
                try {
                    extraPatches.put(i, extras.patch(i));
                } catch (Unplaceable e) {
                    // loose content belongs to its section: that section is written again
                    TemplateSection anchor =
                            anchorSection(old.extraSections().get(i).after());
                    if (anchor == null) {
                        throw e;
                    }
                    failed.add(anchor);
                }
            }
        }
        Sections sections = new Sections(source, old, edited, extras);
        while (true) {
            List<Patch> all = new ArrayList<>(patches);
            List<Sections.Unit> units = sections.units(failed);
            parts.forEach((section, list) -> {
                if (units.stream().noneMatch(u -> u.holds(section))) {
                    all.addAll(list);
                }
            });
            extraPatches.forEach((i, p) -> {
                if (units.stream().noneMatch(u -> sections.inside(u, i))) {
                    all.add(p);
                }
            });
            all.addAll(extras.appended());
            for (Sections.Unit unit : units) {
                for (Patch p : all) {
                    if (unit.covers(p)) {
                        throw new Unplaceable(
                                "an edit inside section " + unit.section().key());
                    }
                }
            }
            for (Sections.Unit unit : units) {
                all.add(sections.patch(unit));
            }
            for (Sections.Unit unit : units) {
                Optional<Patch> stories = sections.trailingStories(unit);
                if (stories.isPresent()) {
                    if (extras.appended().stream()
                            .anyMatch(p -> p.from() == stories.get().from())) {
                        throw new Unplaceable("new stories and a new extra section at the end of the text");
                    }
                    // before the sections inserted at the end too, as the template orders them
                    all.add(0, stories.get());
                }
            }
            TemplateSection overlapping = overlapping(all, parts);
            if (overlapping == null) {
                String text = source.lines().apply(all);
                return new Written(
                        text,
                        !units.isEmpty()
                                ? Placement.PER_SECTION
                                : extras.reordered() ? Placement.REORDERED : Placement.PLACED);
            }
            // two edits on one line (an item renumbered and changed by another patch): its section is
            // written again instead
            failed.add(overlapping);
        }
    }

    /**
     * The section of a patch that overlaps another in {@code patches}, or null when none does; {@link
     * Unplaceable} when the overlap is in no section's patches (metadata, extra sections).
     */
    private static TemplateSection overlapping(List<Patch> patches, Map<TemplateSection, List<Patch>> parts) {
        List<Patch> sorted = new ArrayList<>(patches);
        sorted.sort(Comparator.comparingInt(Patch::from).thenComparingInt(Patch::to));
        int end = 0;
        for (Patch p : sorted) {
            if (p.from() < end && p.from() < p.to()) {
                for (Map.Entry<TemplateSection, List<Patch>> e : parts.entrySet()) {
                    if (e.getValue().stream().anyMatch(q -> q == p)) {
                        return e.getKey();
                    }
                }
                throw new Unplaceable("overlapping patches at line " + (p.from() + 1));
            }
            end = Math.max(end, p.to());
        }
        return null;
    }

    /** Patches one part into {@code parts}, or marks its section {@code failed} when it cannot be. */
    private static void part(
            Map<TemplateSection, List<Patch>> parts,
            Set<TemplateSection> failed,
            TemplateSection section,
            Consumer<List<Patch>> patching) {
        List<Patch> out = new ArrayList<>();
        try {
            patching.accept(out);
            parts.put(section, out);
        } catch (Unplaceable e) {
            failed.add(section);
        }
    }

    /** The template section whose anchor is {@code anchor}, the first in template order, or null. */
    private static TemplateSection anchorSection(Section anchor) {
        for (TemplateSection s : TemplateSection.values()) {
            if (s.anchor() == anchor) {
                return s;
            }
        }
        return null;
    }

    private static void changed(Set<TemplateSection> failed, TemplateSection section, Object before, Object after) {
        if (!before.equals(after)) {
            failed.add(section);
        }
    }

    private static void emptied(List<?> before, List<?> after, String what) {
        if (!before.isEmpty() && after.isEmpty()) {
            throw new Unplaceable("every one of the " + what + " removed");
        }
    }

    private static void same(Object before, Object after, String what) {
        if (!before.equals(after)) {
            throw new Unplaceable(what + " changed");
        }
    }
}
