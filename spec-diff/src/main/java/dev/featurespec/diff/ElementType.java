package dev.featurespec.diff;

import dev.featurespec.model.AcceptanceScenario;
import dev.featurespec.model.Clarification;
import dev.featurespec.model.ClarificationSession;
import dev.featurespec.model.ExtraSection;
import dev.featurespec.model.KeyEntity;
import dev.featurespec.model.Requirement;
import dev.featurespec.model.Statement;
import dev.featurespec.model.SuccessCriterion;
import dev.featurespec.model.UserStory;

/**
 * The kind of spec element a {@link Change} is about, with the type of its {@linkplain
 * Change#oldValue() values}.
 */
public enum ElementType {
    /** The spec's title, {@code /title}; values are strings. An empty title counts as none. */
    TITLE("title", String.class),
    /** The spec's language tag, {@code /language}; values are strings. */
    LANGUAGE("language", String.class),
    /** The YAML front matter, {@code /frontMatter}; values are strings. */
    FRONT_MATTER("frontMatter", String.class),
    /**
     * One metadata line, {@code /metadata/status} or {@code /metadata/other/Epic}; values are strings,
     * the {@linkplain Change#id() id} is the JSON key ({@code status}) or the label as written ({@code Epic}).
     */
    METADATA("metadata", String.class),
    /** A user story, {@code /userStories/2}; its id is its number. */
    USER_STORY("userStory", UserStory.class),
    /** An acceptance scenario of a story, {@code /userStories/2/acceptanceScenarios/0}. */
    ACCEPTANCE_SCENARIO("acceptanceScenario", AcceptanceScenario.class),
    /** An edge case, {@code /edgeCases/1}; values are strings. */
    EDGE_CASE("edgeCase", String.class),
    /** A functional requirement, {@code /functionalRequirements/3}; its id is {@code FR-004} when it has one. */
    FUNCTIONAL_REQUIREMENT("functionalRequirement", Requirement.class),
    /** A key entity, {@code /keyEntities/0}; its id is its name. */
    KEY_ENTITY("keyEntity", KeyEntity.class),
    /** A success criterion, {@code /successCriteria/1}; its id is {@code SC-002} when it has one. */
    SUCCESS_CRITERION("successCriterion", SuccessCriterion.class),
    /**
     * One of the four extended sections as a whole, {@code /apiContract}, when it appears or disappears;
     * values are {@link dev.featurespec.model.ApiContractSection}, {@link
     * dev.featurespec.model.ImpactSection} or {@link dev.featurespec.model.ObservabilitySection}, and the id
     * is the section's JSON key.
     */
    SECTION("section", Object.class),
    /** A bullet of an extended section, {@code /apiContract/statements/0/children/1}. */
    STATEMENT("statement", Statement.class),
    /** An assumption, {@code /assumptions/0}; values are strings. */
    ASSUMPTION("assumption", String.class),
    /** A clarification session, {@code /clarifications/0}; its id is its date. */
    CLARIFICATION_SESSION("clarificationSession", ClarificationSession.class),
    /** A question and answer of a session, {@code /clarifications/0/entries/2}. */
    CLARIFICATION("clarification", Clarification.class),
    /** Content no typed field holds, {@code /extraSections/1}; its id is its heading when it has one. */
    EXTRA_SECTION("extraSection", ExtraSection.class);

    private final String label;
    private final Class<?> valueType;

    ElementType(String label, Class<?> valueType) {
        this.label = label;
        this.valueType = valueType;
    }

    /** The camelCase name used in JSON output, e.g. {@code functionalRequirement}. */
    public String label() {
        return label;
    }

    /** The type of the old and new values of changes to elements of this type. */
    public Class<?> valueType() {
        return valueType;
    }
}
