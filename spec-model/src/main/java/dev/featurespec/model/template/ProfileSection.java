package dev.featurespec.model.template;

import java.util.Objects;
import java.util.Optional;

/**
 * One section a profile has.
 *
 * @param section the section
 * @param level the heading level the profile gives it, 1 to 6 (the template's: 2, or 3 under a parent)
 * @param parent the level-2 section it stands under, for a level-3 section
 * @param mandatory whether the template marks it {@code *(mandatory)*}; a missing mandatory section is
 *     reported (FS003)
 * @param marker the marker the writer puts after the heading when the section is not mandatory ({@link
 *     Marker#INCLUDE_IF_DATA} for Key Entities), if any
 */
public record ProfileSection(
        TemplateSection section,
        int level,
        Optional<TemplateSection> parent,
        boolean mandatory,
        Optional<Marker> marker) {
    public ProfileSection {
        Objects.requireNonNull(section, "ProfileSection.section must not be null");
        if (level < 1 || level > 6) {
            throw new IllegalArgumentException(
                    "ProfileSection.level must be 1 to 6, was " + level + " for " + section.key());
        }
        parent = parent == null ? Optional.empty() : parent;
        marker = marker == null ? Optional.empty() : marker;
    }

    /** The section as the template places it: its level and parent. */
    public static ProfileSection of(TemplateSection section, boolean mandatory, Marker marker) {
        return new ProfileSection(section, section.level(), section.parent(), mandatory, Optional.ofNullable(marker));
    }
}
