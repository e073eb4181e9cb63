package dev.featurespec.writer.internal.layout;

import dev.featurespec.model.FeatureSpec;
import dev.featurespec.model.Section;
import dev.featurespec.model.template.TemplateSection;
import java.util.List;

/**
 * Writes what stands under one template section's heading: its typed content and the extra content
 * anchored there. {@link TemplateLayout} decides whether the section is written and writes its heading;
 * the section writer writes the rest.
 */
interface SectionWriter {
    /** True when {@code spec} has typed content for this section, even without extra content. */
    boolean hasContent(FeatureSpec spec);

    /** The places whose extra content this section writes: {@code section}'s anchor unless said otherwise. */
    default List<Section> anchors(TemplateSection section) {
        return List.of(section.anchor());
    }

    /** Writes the section's content and extra content, after its heading. */
    void write(LayoutContext context, TemplateSection section);

    /** A section that holds only sub-sections and its own extra content (Requirements). */
    static SectionWriter extrasOnly() {
        return new SectionWriter() {
            @Override
            public boolean hasContent(FeatureSpec spec) {
                return false;
            }

            @Override
            public void write(LayoutContext context, TemplateSection section) {
                context.extras().write(context.out(), section.anchor());
            }
        };
    }
}
