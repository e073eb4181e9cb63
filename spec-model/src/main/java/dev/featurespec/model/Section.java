package dev.featurespec.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The typed sections of a spec, in the canonical order the Markdown writer uses. {@link
 * ExtraSection#after()} names one of them to say where content no typed field holds belongs.
 */
public enum Section {
    /** The title and metadata block at the top of the document. */
    @JsonProperty("metadata")
    METADATA("metadata"),
    /** {@code ## Clarifications} and its sessions. */
    @JsonProperty("clarifications")
    CLARIFICATIONS("clarifications"),
    /** The {@code ## User Scenarios & Testing} heading itself, before its first story. */
    @JsonProperty("userScenarios")
    USER_SCENARIOS("userScenarios"),
    /** The user stories. */
    @JsonProperty("userStories")
    USER_STORIES("userStories"),
    /** {@code ### Edge Cases}. */
    @JsonProperty("edgeCases")
    EDGE_CASES("edgeCases"),
    /** The {@code ## Requirements} heading itself, before its first subsection. */
    @JsonProperty("requirements")
    REQUIREMENTS("requirements"),
    /** {@code ### Functional Requirements}. */
    @JsonProperty("functionalRequirements")
    FUNCTIONAL_REQUIREMENTS("functionalRequirements"),
    /** {@code ### API Contract & Compatibility}. */
    @JsonProperty("apiContract")
    API_CONTRACT("apiContract"),
    /** {@code ### Configuration Source of Truth Impact}. */
    @JsonProperty("configurationImpact")
    CONFIGURATION_IMPACT("configurationImpact"),
    /** {@code ### Security & Secrets Impact}. */
    @JsonProperty("securityImpact")
    SECURITY_IMPACT("securityImpact"),
    /** {@code ### Observability & Operations}. */
    @JsonProperty("observability")
    OBSERVABILITY("observability"),
    /** {@code ### Key Entities}. */
    @JsonProperty("keyEntities")
    KEY_ENTITIES("keyEntities"),
    /** {@code ## Success Criteria} and its {@code ### Measurable Outcomes}. */
    @JsonProperty("successCriteria")
    SUCCESS_CRITERIA("successCriteria"),
    /** {@code ## Assumptions}. */
    @JsonProperty("assumptions")
    ASSUMPTIONS("assumptions");

    private final String key;

    Section(String key) {
        this.key = key;
    }

    /** The camelCase key used in JSON, equal to the {@link FeatureSpec} property of the section. */
    public String key() {
        return key;
    }
}
