package dev.featurespec.parser.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A template profile: which sections a spec has, at which level, under which parent, which are
 * mandatory, and extra heading synonyms. Two are built in, {@code speckit} (stock Spec Kit) and {@code
 * extended} (stock plus the four sections of the seed template); users can load their own with {@link
 * Profiles#load(java.nio.file.Path)}.
 *
 * <pre>{@code
 * Profile extended = Profiles.builtIn("extended");
 * extended.section("apiContract").orElseThrow().mandatory();  // true
 * }</pre>
 *
 * @param name the profile's name
 * @param description one sentence on what it is for
 * @param sections the sections in canonical order
 * @param headings extra heading synonyms by section key, in any language, added to the language's
 */
public record Profile(
        String name, String description, List<ProfileSection> sections, Map<String, List<String>> headings) {
    /** The name of the stock Spec Kit profile. */
    public static final String SPECKIT = "speckit";
    /** The name of the seed template's profile: stock plus four mandatory sections. */
    public static final String EXTENDED = "extended";

    public Profile {
        Objects.requireNonNull(name, "Profile.name must not be null");
        description = description == null ? "" : description;
        sections = sections == null ? List.of() : List.copyOf(sections);
        headings = headings == null ? Map.of() : Map.copyOf(headings);
    }

    /** The section with {@code key}, if the profile has it. */
    public Optional<ProfileSection> section(String key) {
        for (ProfileSection s : sections) {
            if (s.key().equals(key)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** The keys of the mandatory sections, in canonical order. */
    public List<String> mandatoryKeys() {
        List<String> keys = new ArrayList<>(sections.size());
        for (ProfileSection s : sections) {
            if (s.mandatory()) {
                keys.add(s.key());
            }
        }
        return List.copyOf(keys);
    }
}
