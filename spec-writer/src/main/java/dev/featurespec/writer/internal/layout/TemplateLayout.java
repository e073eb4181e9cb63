package dev.featurespec.writer.internal.layout;

import dev.featurespec.model.ExtraSection;
import dev.featurespec.model.FeatureSpec;
import dev.featurespec.model.Presentation;
import dev.featurespec.model.Section;
import dev.featurespec.model.template.Marker;
import dev.featurespec.model.template.Profile;
import dev.featurespec.model.template.TemplateSection;
import dev.featurespec.writer.internal.markdown.BlockWriter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The seed template's layout: the top of the spec (front matter, title, metadata), then each {@link
 * TemplateSection} in template order that the spec has, with its heading, its {@code *(mandatory)*}
 * marker and, when asked for, the template's guidance comment, its content written by the {@link
 * SectionWriter} of its kind. A section is written when it has typed content or extra content, or when
 * one of its sub-sections is written.
 *
 * <pre>{@code
 * StringBuilder text = new StringBuilder();
 * new TemplateLayout(profile, MarkdownStyle.canonical(language), false, false).write(spec, new BlockWriter(text, "\n"));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class TemplateLayout {
    /** Each section that has sub-sections, and those, in template order. */
    private static final Map<TemplateSection, List<TemplateSection>> CHILDREN = children();

    private final Profile profile;
    private final MarkdownStyle style;
    private final boolean guidance;
    private final boolean templateOrder;
    private final MetadataWriter metadata;
    private final Map<TemplateSection, SectionWriter> writers = new EnumMap<>(TemplateSection.class);

    /**
     * A layout with the heading levels and markers of {@code profile}, elements rendered in {@code style},
     * the template's guidance comments when {@code guidance} is true, and the template's section order
     * and headings even for a spec that records its author's when {@code templateOrder} is true.
     */
    public TemplateLayout(Profile profile, MarkdownStyle style, boolean guidance, boolean templateOrder) {
        this.profile = profile;
        this.templateOrder = templateOrder;
        this.style = style;
        this.guidance = guidance;
        this.metadata = new MetadataWriter(style);
        writers.put(TemplateSection.CLARIFICATIONS, new ClarificationsWriter(style));
        writers.put(TemplateSection.USER_SCENARIOS, new StoriesWriter(style));
        writers.put(TemplateSection.EDGE_CASES, PlainListWriter.edgeCases(style));
        writers.put(TemplateSection.REQUIREMENTS, SectionWriter.extrasOnly());
        writers.put(TemplateSection.FUNCTIONAL_REQUIREMENTS, ItemsWriter.requirements(style));
        StatementsWriter.SECTIONS.forEach(
                (section, statements) -> writers.put(section, new StatementsWriter(style, statements)));
        writers.put(TemplateSection.KEY_ENTITIES, new KeyEntitiesWriter(style));
        // the criteria's writer writes Measurable Outcomes' heading too, which has no content of its own
        writers.put(TemplateSection.SUCCESS_CRITERIA, ItemsWriter.criteria(style));
        writers.put(TemplateSection.ASSUMPTIONS, PlainListWriter.assumptions(style));
    }

    /**
     * Writes {@code spec} to {@code out}, ending with one line separator (nothing for an empty spec): in
     * its author's section order and headings when the spec records them ({@link
     * dev.featurespec.model.Presentation#headings()}) and {@code templateOrder} is false, else in the
     * template's.
     */
    public void write(FeatureSpec spec, BlockWriter out) {
        List<Presentation.Heading> headings = spec.presentation().headings();
        boolean authored = !templateOrder && !headings.isEmpty();
        int[] at = {-1};
        ExtrasWriter extras = authored
                ? ExtrasWriter.ordered(spec, anchor -> comesAgain(headings, at[0], anchor))
                : new ExtrasWriter(spec);
        LayoutContext context = new LayoutContext(spec, profile, style, out, extras, authored);
        metadata.write(context);
        if (authored) {
            writeAuthored(context, at);
        } else {
            for (Map.Entry<TemplateSection, SectionWriter> e : writers.entrySet()) {
                if (written(context, e.getKey(), Set.of())) {
                    heading(context, e.getKey());
                    e.getValue().write(context, e.getKey());
                }
            }
        }
        out.end();
    }

    /**
     * Writes the author's section headings in their order, each section's content under its heading:
     * success criteria under Measurable Outcomes when the author has that heading, functional
     * requirements under Requirements when the author has no heading of their own for them. A section
     * with content but no heading of the author's goes before the first author's heading that the
     * template puts after it: user stories without a heading (a story heading reads as a story anywhere),
     * any other section under the template's heading.
     */
    private void writeAuthored(LayoutContext context, int[] at) {
        List<Presentation.Heading> headings = context.spec().presentation().headings();
        Set<TemplateSection> covered = EnumSet.noneOf(TemplateSection.class);
        headings.forEach(h -> covered.add(h.section()));
        boolean outcomes = covered.contains(TemplateSection.MEASURABLE_OUTCOMES);
        if (outcomes || covered.contains(TemplateSection.SUCCESS_CRITERIA)) {
            covered.add(TemplateSection.SUCCESS_CRITERIA);
            covered.add(TemplateSection.MEASURABLE_OUTCOMES);
        }
        boolean requirementsHeadless =
                covered.contains(TemplateSection.REQUIREMENTS) && covered.add(TemplateSection.FUNCTIONAL_REQUIREMENTS);
        Deque<TemplateSection> pending = new ArrayDeque<>();
        for (TemplateSection s : writers.keySet()) {
            if (written(context, s, covered)) {
                pending.add(s);
            }
        }
        Set<TemplateSection> done = EnumSet.noneOf(TemplateSection.class);
        for (int i = 0; i < headings.size(); i++) {
            Presentation.Heading h = headings.get(i);
            flush(context, pending, h.section().ordinal());
            at[0] = i;
            if (!h.headless()) {
                context.out().heading(h.level(), BlockWriter.normalize(h.text()));
            }
            if (h.section() == TemplateSection.SUCCESS_CRITERIA && outcomes) {
                // the criteria go under the author's Measurable Outcomes; what stood above it stays here
                context.extras().writeOrdered(context.out(), Section.SUCCESS_CRITERIA, true);
                continue;
            }
            TemplateSection content = content(h.section());
            if (done.add(content)) {
                writers.get(content).write(context, content);
            } else {
                for (Section anchor : writers.get(content).anchors(content)) {
                    context.extras().write(context.out(), anchor);
                }
            }
            if (content == TemplateSection.REQUIREMENTS
                    && requirementsHeadless
                    && done.add(TemplateSection.FUNCTIONAL_REQUIREMENTS)) {
                // what the parser read right under Requirements comes first, then the requirements
                writers.get(TemplateSection.FUNCTIONAL_REQUIREMENTS)
                        .write(context, TemplateSection.FUNCTIONAL_REQUIREMENTS);
            }
        }
        at[0] = headings.size();
        flush(context, pending, Integer.MAX_VALUE);
    }

    /** The section whose writer writes the content under a heading of {@code section}. */
    private static TemplateSection content(TemplateSection section) {
        return section == TemplateSection.MEASURABLE_OUTCOMES ? TemplateSection.SUCCESS_CRITERIA : section;
    }

    /** True when a heading after the one at {@code index} writes the extras anchored to {@code anchor}. */
    private boolean comesAgain(List<Presentation.Heading> headings, int index, Section anchor) {
        for (int i = index + 1; i < headings.size(); i++) {
            TemplateSection content = content(headings.get(i).section());
            if (writers.get(content).anchors(content).contains(anchor)
                    || (content == TemplateSection.REQUIREMENTS && anchor == Section.FUNCTIONAL_REQUIREMENTS)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Writes {@code section} of {@code spec} alone to {@code out} as {@link #write} writes it in the whole
     * spec: its heading, its content and extra content, then each of its sub-sections that is written;
     * nothing when the section is not written. Ends with one line separator after what was written.
     */
    public void writeSection(FeatureSpec spec, TemplateSection section, BlockWriter out) {
        writeSection(spec, section, KeptText.NONE, out);
    }

    /**
     * {@link #writeSection(FeatureSpec, TemplateSection, BlockWriter)}, but each heading and story {@code
     * kept} gives text for (the author's own, when a section is written again onto its original text) is
     * written as that text instead of the template's.
     */
    public void writeSection(FeatureSpec spec, TemplateSection section, KeptText kept, BlockWriter out) {
        LayoutContext context = new LayoutContext(spec, profile, style, out, new ExtrasWriter(spec), false, kept);
        for (Map.Entry<TemplateSection, SectionWriter> e : writers.entrySet()) {
            if (within(e.getKey(), section) && written(context, e.getKey())) {
                heading(context, e.getKey());
                e.getValue().write(context, e.getKey());
            }
        }
        out.end();
    }

    /** Writes headed extra section {@code extra} alone to {@code out}: its heading, then its Markdown. */
    public static void writeExtra(ExtraSection extra, BlockWriter out) {
        ExtrasWriter.headed(out, extra);
        out.end();
    }

    /** True when {@code section} is {@code ancestor} or one of its sub-sections, at any depth. */
    public static boolean within(TemplateSection section, TemplateSection ancestor) {
        if (section == null) {
            return false;
        }
        for (TemplateSection s = section; s != null; s = s.parent().orElse(null)) {
            if (s == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code section} is written: it has content or extras, or a sub-section is written. */
    private boolean written(LayoutContext context, TemplateSection section) {
        return written(context, section, Set.of());
    }

    /** Writes the pending sections the template puts before {@code bound}; see {@link #writeAuthored}. */
    private void flush(LayoutContext context, Deque<TemplateSection> pending, int bound) {
        while (!pending.isEmpty() && pending.peek().ordinal() < bound) {
            TemplateSection s = pending.poll();
            if (s != TemplateSection.USER_SCENARIOS) {
                heading(context, s);
            }
            writers.get(s).write(context, s);
        }
    }

    /**
     * True when {@code section}, not in {@code covered}, is written: it has content or extras, or a
     * sub-section is written.
     */
    private boolean written(LayoutContext context, TemplateSection section, Set<TemplateSection> covered) {
        if (covered.contains(section)) {
            return false;
        }
        SectionWriter writer = writers.get(section);
        if (writer.hasContent(context.spec())) {
            return true;
        }
        for (Section anchor : writer.anchors(section)) {
            if (context.extras().has(anchor)) {
                return true;
            }
        }
        for (TemplateSection child : CHILDREN.getOrDefault(section, List.of())) {
            if (writers.containsKey(child) && written(context, child, covered)) {
                return true;
            }
        }
        return false;
    }

    /** Writes the heading of {@code section} with its marker, then its guidance comment when asked for. */
    private void heading(LayoutContext context, TemplateSection section) {
        // the template marks every mandatory section but the one that always has content
        Optional<Marker> marker = profile.marker(section);
        String words = style.word(section.heading());
        String text =
                marker.map(m -> words + " *(" + style.word(m.term()) + ")*").orElse(words);
        if (context.kept().heading(section).isPresent()) {
            context.heading(section, text);
        } else {
            context.out().heading(profile.level(section), text);
        }
        if (guidance) {
            section.guidance().ifPresent(g -> context.out().block().raw(g));
        }
    }

    private static Map<TemplateSection, List<TemplateSection>> children() {
        Map<TemplateSection, List<TemplateSection>> m = new EnumMap<>(TemplateSection.class);
        for (TemplateSection s : TemplateSection.values()) {
            s.parent()
                    .ifPresent(p -> m.computeIfAbsent(p, k -> new java.util.ArrayList<>())
                            .add(s));
        }
        return m;
    }
}
