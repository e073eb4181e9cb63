package dev.featurespec.writer.internal.layout;

import dev.featurespec.model.ExtraSection;
import dev.featurespec.model.FeatureSpec;
import dev.featurespec.model.Section;
import dev.featurespec.model.template.Marker;
import dev.featurespec.model.template.Profile;
import dev.featurespec.model.template.TemplateSection;
import dev.featurespec.writer.internal.markdown.BlockWriter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The seed template's layout: the top of the spec (front matter, title, metadata), then each {@link
 * TemplateSection} in template order that the spec has, with its heading, its {@code *(mandatory)*}
 * marker and, when asked for, the template's guidance comment, its content written by the {@link
 * SectionWriter} of its kind. A section is written when it has typed content or extra content, or when
 * one of its sub-sections is written.
 *
 * <pre>{@code
 * StringBuilder text = new StringBuilder();
 * new TemplateLayout(profile, MarkdownStyle.canonical(language), false).write(spec, new BlockWriter(text, "\n"));
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
    private final MetadataWriter metadata;
    private final Map<TemplateSection, SectionWriter> writers = new EnumMap<>(TemplateSection.class);

    /**
     * A layout with the heading levels and markers of {@code profile}, elements rendered in {@code style},
     * and the template's guidance comments when {@code guidance} is true.
     */
    public TemplateLayout(Profile profile, MarkdownStyle style, boolean guidance) {
        this.profile = profile;
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

    /** Writes {@code spec} to {@code out}, ending with one line separator (nothing for an empty spec). */
    public void write(FeatureSpec spec, BlockWriter out) {
        LayoutContext context = new LayoutContext(spec, profile, style, out, new ExtrasWriter(spec));
        metadata.write(context);
        for (Map.Entry<TemplateSection, SectionWriter> e : writers.entrySet()) {
            if (written(context, e.getKey())) {
                heading(out, e.getKey());
                e.getValue().write(context, e.getKey());
            }
        }
        out.end();
    }

    /**
     * Writes {@code section} of {@code spec} alone to {@code out} as {@link #write} writes it in the whole
     * spec: its heading, its content and extra content, then each of its sub-sections that is written;
     * nothing when the section is not written. Ends with one line separator after what was written.
     */
    public void writeSection(FeatureSpec spec, TemplateSection section, BlockWriter out) {
        LayoutContext context = new LayoutContext(spec, profile, style, out, new ExtrasWriter(spec));
        for (Map.Entry<TemplateSection, SectionWriter> e : writers.entrySet()) {
            if (within(e.getKey(), section) && written(context, e.getKey())) {
                heading(out, e.getKey());
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
            if (writers.containsKey(child) && written(context, child)) {
                return true;
            }
        }
        return false;
    }

    /** Writes the heading of {@code section} with its marker, then its guidance comment when asked for. */
    private void heading(BlockWriter out, TemplateSection section) {
        // the template marks every mandatory section but the one that always has content
        Optional<Marker> marker = profile.section(section)
                .flatMap(s -> s.mandatory() && section != TemplateSection.FUNCTIONAL_REQUIREMENTS
                        ? Optional.of(Marker.MANDATORY)
                        : s.marker());
        String words = style.word(section.heading());
        out.heading(
                profile.level(section),
                marker.map(m -> words + " *(" + style.word(m.term()) + ")*").orElse(words));
        if (guidance) {
            section.guidance().ifPresent(g -> out.block().raw(g));
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
