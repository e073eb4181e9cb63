package dev.featurespec.parser.profile;

import java.util.Objects;
import java.util.Optional;

/**
 * One section a profile knows.
 *
 * @param key the section's key: a {@link dev.featurespec.model.Section} key, or {@code
 *     measurableOutcomes}
 * @param level the heading level the template gives it (2 or 3)
 * @param parent the key of the enclosing level-2 section, for level-3 sections
 * @param mandatory whether the template marks it {@code *(mandatory)*}; a missing mandatory section is
 *     reported
 * @param marker the marker key the writer puts after the heading when the section is not mandatory
 *     (e.g. {@code includeIfData} for Key Entities), if any
 */
public record ProfileSection(
        String key, int level, Optional<String> parent, boolean mandatory, Optional<String> marker) {
    public ProfileSection {
        Objects.requireNonNull(key, "ProfileSection.key must not be null");
        if (level < 1 || level > 6) {
            throw new IllegalArgumentException("ProfileSection.level must be 1 to 6, was " + level + " for " + key);
        }
        parent = parent == null ? Optional.empty() : parent;
        marker = marker == null ? Optional.empty() : marker;
    }
}
