package dev.featurespec.model.template;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.featurespec.model.FeatureSpec;
import dev.featurespec.model.Section;
import java.util.List;
import java.util.Optional;

/**
 * The sections of the seed template, in canonical order: Spec Kit's stock sections plus the four the
 * {@code extended} profile adds under Requirements. A {@link Profile} says which of them a template has,
 * at which level and which are mandatory; a {@link Language} gives their heading words.
 *
 * <pre>{@code
 * TemplateSection.forKey("apiContract");   // Optional[API_CONTRACT]
 * TemplateSection.API_CONTRACT.parent();   // Optional[REQUIREMENTS]
 * Languages.english().canonical(TemplateSection.API_CONTRACT.heading());  // "API Contract & Compatibility"
 * }</pre>
 */
public enum TemplateSection {
    /** {@code ## Clarifications} and its sessions. */
    @JsonProperty("clarifications")
    CLARIFICATIONS("clarifications", Term.HEADING_CLARIFICATIONS, null, Section.CLARIFICATIONS),
    /** {@code ## User Scenarios & Testing}: the user stories. */
    @JsonProperty("userScenarios")
    USER_SCENARIOS("userScenarios", Term.HEADING_USER_SCENARIOS, null, Section.USER_SCENARIOS, "user stories"),
    /** {@code ### Edge Cases}. */
    @JsonProperty("edgeCases")
    EDGE_CASES("edgeCases", Term.HEADING_EDGE_CASES, USER_SCENARIOS, Section.EDGE_CASES),
    /** {@code ## Requirements}: holds the subsections below it. */
    @JsonProperty("requirements")
    REQUIREMENTS("requirements", Term.HEADING_REQUIREMENTS, null, Section.REQUIREMENTS),
    /** {@code ### Functional Requirements}. */
    @JsonProperty("functionalRequirements")
    FUNCTIONAL_REQUIREMENTS(
            "functionalRequirements",
            Term.HEADING_FUNCTIONAL_REQUIREMENTS,
            REQUIREMENTS,
            Section.FUNCTIONAL_REQUIREMENTS,
            "functional requirements"),
    /** {@code ### API Contract & Compatibility}, one of the four the extended profile adds. */
    @JsonProperty("apiContract")
    API_CONTRACT("apiContract", Term.HEADING_API_CONTRACT, REQUIREMENTS, Section.API_CONTRACT, true, ""),
    /** {@code ### Configuration Source of Truth Impact}, one of the four the extended profile adds. */
    @JsonProperty("configurationImpact")
    CONFIGURATION_IMPACT(
            "configurationImpact",
            Term.HEADING_CONFIGURATION_IMPACT,
            REQUIREMENTS,
            Section.CONFIGURATION_IMPACT,
            true,
            ""),
    /** {@code ### Security & Secrets Impact}, one of the four the extended profile adds. */
    @JsonProperty("securityImpact")
    SECURITY_IMPACT("securityImpact", Term.HEADING_SECURITY_IMPACT, REQUIREMENTS, Section.SECURITY_IMPACT, true, ""),
    /** {@code ### Observability & Operations}, one of the four the extended profile adds. */
    @JsonProperty("observability")
    OBSERVABILITY("observability", Term.HEADING_OBSERVABILITY, REQUIREMENTS, Section.OBSERVABILITY, true, ""),
    /** {@code ### Key Entities}. */
    @JsonProperty("keyEntities")
    KEY_ENTITIES("keyEntities", Term.HEADING_KEY_ENTITIES, REQUIREMENTS, Section.KEY_ENTITIES),
    /** {@code ## Success Criteria}. */
    @JsonProperty("successCriteria")
    SUCCESS_CRITERIA(
            "successCriteria", Term.HEADING_SUCCESS_CRITERIA, null, Section.SUCCESS_CRITERIA, "success criteria"),
    /** {@code ### Measurable Outcomes}, the success criteria themselves. */
    @JsonProperty("measurableOutcomes")
    MEASURABLE_OUTCOMES(
            "measurableOutcomes", Term.HEADING_MEASURABLE_OUTCOMES, SUCCESS_CRITERIA, Section.SUCCESS_CRITERIA),
    /** {@code ## Assumptions}. */
    @JsonProperty("assumptions")
    ASSUMPTIONS("assumptions", Term.HEADING_ASSUMPTIONS, null, Section.ASSUMPTIONS);

    private static final TemplateSection[] SECTIONS = values();

    private final String key;
    private final Term heading;
    private final TemplateSection parent;
    private final Section anchor;
    private final boolean extended;
    // whether an empty section is reported (FS114) when mandatory, and what it is called then; null: it
    // is not, "": the English heading
    private final String contentName;

    /** A stock section whose emptiness is not checked. */
    TemplateSection(String key, Term heading, TemplateSection parent, Section anchor) {
        this(key, heading, parent, anchor, false, null);
    }

    /** A stock section that must have typed content when mandatory, called {@code contentName} then. */
    TemplateSection(String key, Term heading, TemplateSection parent, Section anchor, String contentName) {
        this(key, heading, parent, anchor, false, contentName);
    }

    /** One of the four extended sections under Requirements ({@code extended}), each with statements. */
    TemplateSection(
            String key, Term heading, TemplateSection parent, Section anchor, boolean extended, String contentName) {
        this.key = key;
        this.heading = heading;
        this.parent = parent;
        this.anchor = anchor;
        this.extended = extended;
        this.contentName = contentName;
    }

    /** The section's key in profile files and JSON pointers' first segment, e.g. {@code apiContract}. */
    public String key() {
        return key;
    }

    /** The term of the section's heading words. */
    public Term heading() {
        return heading;
    }

    /** The heading level the template gives the section: 2, or 3 for a section under another. */
    public int level() {
        return parent == null ? 2 : 3;
    }

    /** The level-2 section a level-3 section stands under in the template. */
    public Optional<TemplateSection> parent() {
        return Optional.ofNullable(parent);
    }

    /**
     * The {@link Section} that content found in this section is placed after ({@link
     * dev.featurespec.model.ExtraSection#after()}).
     */
    public Section anchor() {
        return anchor;
    }

    /** True for the four sections the {@code extended} profile adds to Spec Kit's template. */
    public boolean extended() {
        return extended;
    }

    /**
     * True when {@code spec} has this section: for the four extended sections, when the section is there
     * even without a statement; for the others, when it has typed content ({@link #filledIn}).
     */
    public boolean presentIn(FeatureSpec spec) {
        return switch (this) {
            case API_CONTRACT -> spec.apiContract().isPresent();
            case CONFIGURATION_IMPACT -> spec.configurationImpact().isPresent();
            case SECURITY_IMPACT -> spec.securityImpact().isPresent();
            case OBSERVABILITY -> spec.observability().isPresent();
            default -> filledIn(spec);
        };
    }

    /** True when {@code spec} has typed content in this section: a story, a requirement, a statement, … */
    public boolean filledIn(FeatureSpec spec) {
        return switch (this) {
            case CLARIFICATIONS -> !spec.clarifications().isEmpty();
            case USER_SCENARIOS -> !spec.userStories().isEmpty();
            case EDGE_CASES -> !spec.edgeCases().isEmpty();
            case REQUIREMENTS, FUNCTIONAL_REQUIREMENTS ->
                !spec.functionalRequirements().isEmpty();
            case API_CONTRACT ->
                spec.apiContract().filter(s -> !s.statements().isEmpty()).isPresent();
            case CONFIGURATION_IMPACT ->
                spec.configurationImpact()
                        .filter(s -> !s.statements().isEmpty())
                        .isPresent();
            case SECURITY_IMPACT ->
                spec.securityImpact().filter(s -> !s.statements().isEmpty()).isPresent();
            case OBSERVABILITY ->
                spec.observability().filter(s -> !s.statements().isEmpty()).isPresent();
            case KEY_ENTITIES -> !spec.keyEntities().isEmpty();
            case SUCCESS_CRITERIA, MEASURABLE_OUTCOMES ->
                !spec.successCriteria().isEmpty();
            case ASSUMPTIONS -> !spec.assumptions().isEmpty();
        };
    }

    /**
     * The {@link FeatureSpec} property a mandatory section's typed content is in, when an empty section
     * is reported (FS114): {@code userStories}, {@code functionalRequirements}, {@code successCriteria}
     * and the four extended sections; empty for sections that only hold others or are never required to
     * have content.
     */
    public Optional<String> contentProperty() {
        if (contentName == null) {
            return Optional.empty();
        }
        return Optional.of(this == USER_SCENARIOS ? "userStories" : key);
    }

    /** What an empty section is called in messages: {@code user stories}, or the English heading. */
    public String contentName() {
        return contentName == null || contentName.isEmpty()
                ? Languages.english().canonical(heading)
                : contentName;
    }

    /**
     * The HTML comment Spec Kit's template puts under this section's heading to guide its author, if it
     * has one. The Markdown writer writes it when asked to; a parser keeps it as extra content.
     */
    public Optional<String> guidance() {
        return Optional.ofNullable(
                switch (this) {
                    case USER_SCENARIOS -> """
                            <!--
                              IMPORTANT: User stories should be PRIORITIZED as user journeys ordered by importance.
                              Each user story/journey must be INDEPENDENTLY TESTABLE - meaning if you implement just ONE of them,
                              you should still have a viable MVP (Minimum Viable Product) that delivers value.
                            -->""";
                    case EDGE_CASES -> """
                            <!--
                              ACTION REQUIRED: The content in this section represents placeholders.
                              Fill them out with the right edge cases.
                            -->""";
                    case REQUIREMENTS -> """
                            <!--
                              ACTION REQUIRED: The content in this section represents placeholders.
                              Fill them out with the right functional requirements.
                            -->""";
                    case SUCCESS_CRITERIA -> """
                            <!--
                              ACTION REQUIRED: Define measurable success criteria.
                              These must be technology-agnostic and measurable.
                            -->""";
                    default -> null;
                });
    }

    /** The sections the {@code extended} profile adds, in canonical order. */
    public static List<TemplateSection> extendedSections() {
        return List.of(API_CONTRACT, CONFIGURATION_IMPACT, SECURITY_IMPACT, OBSERVABILITY);
    }

    /** The section with key {@code key}, if any. */
    public static Optional<TemplateSection> forKey(String key) {
        for (TemplateSection s : SECTIONS) {
            if (s.key.equals(key)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** The section whose heading term is {@code term}, if any. */
    public static Optional<TemplateSection> forHeading(Term term) {
        for (TemplateSection s : SECTIONS) {
            if (s.heading == term) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
