package dev.featurespec.writer.internal.layout;

import dev.featurespec.model.FeatureSpec;
import dev.featurespec.model.Presentation;
import dev.featurespec.model.Section;
import dev.featurespec.model.template.Profile;
import dev.featurespec.model.template.TemplateSection;
import dev.featurespec.writer.internal.markdown.BlockWriter;
import java.util.Optional;

/**
 * What every section writer needs during one write: the spec, the profile giving heading levels, the
 * style, the output and the spec's extra content.
 *
 * @param spec the spec being written
 * @param profile the profile giving heading levels and markers
 * @param style the style elements are rendered in
 * @param out the output
 * @param extras the spec's extra content, by the place it is anchored to
 * @param authored true when the section headings are the author's ({@link Presentation#headings()}),
 *     false when they are the template's
 * @param kept the text to write as it stands, in place of a section's template heading or a story as
 *     rendered: the author's, kept when a section is written again onto its original text
 */
record LayoutContext(
        FeatureSpec spec,
        Profile profile,
        MarkdownStyle style,
        BlockWriter out,
        ExtrasWriter extras,
        boolean authored,
        KeptText kept) {
    /** A context writing every heading itself. */
    LayoutContext(
            FeatureSpec spec,
            Profile profile,
            MarkdownStyle style,
            BlockWriter out,
            ExtrasWriter extras,
            boolean authored) {
        this(spec, profile, style, out, extras, authored, KeptText.NONE);
    }

    /**
     * Writes the heading of {@code section}: the kept line when there is one, else {@code words} at the
     * level {@link #level} gives.
     */
    void heading(TemplateSection section, String words) {
        Optional<String> line = kept.heading(section);
        if (line.isPresent()) {
            out.block().raw(line.get());
        } else {
            out.heading(level(section), words);
        }
    }
    /** The level of {@code section}'s heading: the author's when the spec records it, else the profile's. */
    int level(TemplateSection section) {
        if (authored) {
            for (Presentation.Heading h : spec.presentation().headings()) {
                if (h.section() == section && !h.headless()) {
                    return h.level();
                }
            }
        }
        return profile.level(section);
    }

    /** True when {@code section} has a heading of its own in the output. */
    boolean headed(TemplateSection section) {
        if (!authored) {
            return true;
        }
        for (Presentation.Heading h : spec.presentation().headings()) {
            if (h.section() == section && !h.headless()) {
                return true;
            }
        }
        return false;
    }

    /** The level of the headings inside {@code section}: stories, sessions, at most 6. */
    int childLevel(TemplateSection section) {
        return Math.min(6, level(section) + 1);
    }

    /** The bullet marker of the typed list of {@code section}; see {@link ExtrasWriter#bullet}. */
    String bullet(Section section) {
        return extras.bullet(section, style);
    }
}
