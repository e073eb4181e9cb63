package dev.featurespec.model.template;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A template profile: which sections a spec has, at which level, under which parent, which are mandatory,
 * and extra heading synonyms. Two are built in ({@link Profiles}): {@code speckit} (stock Spec Kit) and
 * {@code extended} (stock plus the four sections of the seed template); the parser's {@code
 * TemplateFiles} reads a user's own from YAML.
 *
 * <pre>{@code
 * Profile extended = Profiles.builtIn(Profile.EXTENDED);
 * extended.section(TemplateSection.API_CONTRACT).orElseThrow().mandatory();  // true
 * }</pre>
 *
 * @param name the profile's name
 * @param description one sentence on what it is for
 * @param sections the sections in canonical order
 * @param headings extra heading synonyms by section, in any language, added to the languages' own
 */
public record Profile(
        String name, String description, List<ProfileSection> sections, Map<TemplateSection, List<String>> headings) {
    /** The name of the stock Spec Kit profile. */
    public static final String SPECKIT = "speckit";
    /** The name of the seed template's profile: stock plus four mandatory sections. */
    public static final String EXTENDED = "extended";

    public Profile {
        Objects.requireNonNull(name, "Profile.name must not be null");
        description = description == null ? "" : description;
        sections = sections == null ? List.of() : List.copyOf(sections);
        Map<TemplateSection, List<String>> copy = new EnumMap<>(TemplateSection.class);
        if (headings != null) {
            headings.forEach((section, words) -> copy.put(section, words == null ? List.of() : List.copyOf(words)));
        }
        headings = Collections.unmodifiableMap(copy);
    }

    /** The profile's entry for {@code section}, if the profile has it. */
    public Optional<ProfileSection> section(TemplateSection section) {
        for (ProfileSection s : sections) {
            if (s.section() == section) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** The heading level of {@code section}: the profile's, or the template's when the profile lacks it. */
    public int level(TemplateSection section) {
        return section(section).map(ProfileSection::level).orElse(section.level());
    }

    /**
     * The marker the canonical writer puts after {@code section}'s heading: {@code *(mandatory)*} for a
     * mandatory section but Functional Requirements (which always has content), else the profile's own.
     */
    public Optional<Marker> marker(TemplateSection section) {
        return section(section)
                .flatMap(s -> s.mandatory() && section != TemplateSection.FUNCTIONAL_REQUIREMENTS
                        ? Optional.of(Marker.MANDATORY)
                        : s.marker());
    }

    /**
     * The heading text the canonical writer writes for {@code section} in {@code language}: its canonical
     * words, then its {@linkplain #marker marker} ({@code User Scenarios & Testing *(mandatory)*}).
     */
    public String canonicalHeading(TemplateSection section, Language language) {
        String words = language.canonical(section.heading());
        return marker(section)
                .map(m -> words + " *(" + language.canonical(m.term()) + ")*")
                .orElse(words);
    }

    /** The mandatory sections, in canonical order. */
    public List<TemplateSection> mandatorySections() {
        List<TemplateSection> out = new ArrayList<>(sections.size());
        for (ProfileSection s : sections) {
            if (s.mandatory()) {
                out.add(s.section());
            }
        }
        return List.copyOf(out);
    }
}
