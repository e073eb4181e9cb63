package dev.featurespec.model.template;

import java.util.Optional;

/**
 * A structural word of the template: a title prefix, a section heading, a story label, a metadata name,
 * a Given/When/Then keyword, an id prefix, a modal verb. A {@link Language} gives the words of each term
 * in one natural language; the parser recognises them and the Markdown writer writes the first.
 *
 * <p>Each term has a {@linkplain #key() key}, the name it has in language files: {@code
 * headings.edgeCases}, {@code story.words}, {@code keywords.given}. A built-in language file is a Java
 * properties file of such keys, each with its synonyms separated by {@code |}; a user's language file is
 * the same keys nested in YAML (see {@code docs/profiles.md}).
 */
public enum Term {
    /** Prefixes of the {@code #} title before its colon: {@code Feature Specification}. */
    TITLE(Kind.TITLE, "title"),

    /** The {@code *(mandatory)*} marker after a heading. */
    MARKER_MANDATORY(Kind.MARKER, "markers.mandatory"),
    /** The {@code *(optional)*} marker after a heading. */
    MARKER_OPTIONAL(Kind.MARKER, "markers.optional"),
    /** The {@code *(include if feature involves data)*} marker after the Key Entities heading. */
    MARKER_INCLUDE_IF_DATA(Kind.MARKER, "markers.includeIfData"),

    /** {@code ## Clarifications}. */
    HEADING_CLARIFICATIONS(Kind.HEADING, "headings.clarifications"),
    /** {@code ## User Scenarios & Testing}. */
    HEADING_USER_SCENARIOS(Kind.HEADING, "headings.userScenarios"),
    /** {@code ### Edge Cases}. */
    HEADING_EDGE_CASES(Kind.HEADING, "headings.edgeCases"),
    /** {@code ## Requirements}. */
    HEADING_REQUIREMENTS(Kind.HEADING, "headings.requirements"),
    /** {@code ### Functional Requirements}. */
    HEADING_FUNCTIONAL_REQUIREMENTS(Kind.HEADING, "headings.functionalRequirements"),
    /** {@code ### API Contract & Compatibility}. */
    HEADING_API_CONTRACT(Kind.HEADING, "headings.apiContract"),
    /** {@code ### Configuration Source of Truth Impact}. */
    HEADING_CONFIGURATION_IMPACT(Kind.HEADING, "headings.configurationImpact"),
    /** {@code ### Security & Secrets Impact}. */
    HEADING_SECURITY_IMPACT(Kind.HEADING, "headings.securityImpact"),
    /** {@code ### Observability & Operations}. */
    HEADING_OBSERVABILITY(Kind.HEADING, "headings.observability"),
    /** {@code ### Key Entities}. */
    HEADING_KEY_ENTITIES(Kind.HEADING, "headings.keyEntities"),
    /** {@code ## Success Criteria}. */
    HEADING_SUCCESS_CRITERIA(Kind.HEADING, "headings.successCriteria"),
    /** {@code ### Measurable Outcomes}. */
    HEADING_MEASURABLE_OUTCOMES(Kind.HEADING, "headings.measurableOutcomes"),
    /** {@code ## Assumptions}. */
    HEADING_ASSUMPTIONS(Kind.HEADING, "headings.assumptions"),
    /** The 2025-08 template's {@code ### Primary User Story}. */
    HEADING_PRIMARY_USER_STORY(Kind.HEADING, "headings.primaryUserStory"),
    /** The 2025-08 template's {@code ### Acceptance Scenarios}. */
    HEADING_ACCEPTANCE_SCENARIOS(Kind.HEADING, "headings.acceptanceScenarios"),
    /** The word of a clarification session heading: {@code ### Session 2025-10-01}. */
    HEADING_SESSION(Kind.HEADING, "headings.session"),

    /** The word of a story heading: {@code ### User Story 1 - …}. */
    STORY_WORD(Kind.STORY, "story.words"),
    /** The priority word in a story heading: {@code (Priority: P1)}. */
    STORY_PRIORITY(Kind.STORY, "story.priority"),

    /** The {@code **Why this priority**:} label of a story. */
    LABEL_WHY_THIS_PRIORITY(Kind.LABEL, "labels.whyThisPriority"),
    /** The {@code **Independent Test**:} label of a story. */
    LABEL_INDEPENDENT_TEST(Kind.LABEL, "labels.independentTest"),
    /** The {@code **Acceptance Scenarios**:} label of a story. */
    LABEL_ACCEPTANCE_SCENARIOS(Kind.LABEL, "labels.acceptanceScenarios"),
    /** A {@code **Priority**:} label inside a story. */
    LABEL_PRIORITY(Kind.LABEL, "labels.priority"),
    /** The id column of a requirement or criterion table. */
    LABEL_ID_COLUMN(Kind.LABEL, "labels.idColumn"),
    /**
     * The text column of a requirement table. A table's text column is the one headed by a word of this
     * term or of {@link #LABEL_CRITERION_TEXT_COLUMN}, whichever table it is.
     */
    LABEL_TEXT_COLUMN(Kind.LABEL, "labels.textColumn"),
    /** The text column of a success criterion table. */
    LABEL_CRITERION_TEXT_COLUMN(Kind.LABEL, "labels.criterionTextColumn"),

    /** The {@code **Feature Branch**:} metadata name. */
    METADATA_FEATURE_BRANCH(Kind.METADATA, "metadata.featureBranch"),
    /** The {@code **Created**:} metadata name. */
    METADATA_CREATED(Kind.METADATA, "metadata.created"),
    /** The {@code **Status**:} metadata name. */
    METADATA_STATUS(Kind.METADATA, "metadata.status"),
    /** The {@code **Input**:} metadata name. */
    METADATA_INPUT(Kind.METADATA, "metadata.input"),

    /** The Given step keyword of a scenario. */
    STEP_GIVEN(Kind.KEYWORD, "keywords.given"),
    /** The When step keyword of a scenario. */
    STEP_WHEN(Kind.KEYWORD, "keywords.when"),
    /** The Then step keyword of a scenario. */
    STEP_THEN(Kind.KEYWORD, "keywords.then"),
    /** The And (and But) step keywords of a scenario. */
    STEP_AND(Kind.KEYWORD, "keywords.and"),

    /** The question marker of a clarification: {@code Q}. */
    QUESTION(Kind.CLARIFICATION, "clarifications.question"),
    /** The answer marker of a clarification: {@code A}. */
    ANSWER(Kind.CLARIFICATION, "clarifications.answer"),

    /** The id prefix of functional requirements: {@code FR} ({@code RF} in Spanish). */
    REQUIREMENT_PREFIX(Kind.ID, "ids.functionalRequirement"),
    /** The id prefix of success criteria: {@code SC} ({@code CE} in Spanish). */
    CRITERION_PREFIX(Kind.ID, "ids.successCriterion"),

    /** Modal verbs that mean RFC 2119 MUST NOT ({@code NÃO DEVE}, {@code 不得}). */
    MODAL_MUST_NOT(Kind.MODAL, "modal.mustNot"),
    /** Modal verbs that mean RFC 2119 SHOULD NOT. */
    MODAL_SHOULD_NOT(Kind.MODAL, "modal.shouldNot"),
    /** Modal verbs that mean RFC 2119 MUST ({@code DEVE}, {@code 必须}). */
    MODAL_MUST(Kind.MODAL, "modal.must"),
    /** Modal verbs that mean RFC 2119 SHOULD. */
    MODAL_SHOULD(Kind.MODAL, "modal.should"),
    /** Modal verbs that mean RFC 2119 MAY. */
    MODAL_MAY(Kind.MODAL, "modal.may");

    /** What a term names. */
    public enum Kind {
        /** The title prefix. */
        TITLE,
        /** A {@code *(…)*} marker after a heading. */
        MARKER,
        /** A section heading, or a heading word. */
        HEADING,
        /** A word of a story heading. */
        STORY,
        /** A bold label inside a story, or a table column name. */
        LABEL,
        /** A bold metadata name under the title. */
        METADATA,
        /** A scenario step keyword. */
        KEYWORD,
        /** A clarification entry marker. */
        CLARIFICATION,
        /** An id prefix. */
        ID,
        /** A translated RFC 2119 modal verb; English uses the RFC's own keywords instead. */
        MODAL
    }

    private static final Term[] TERMS = values();

    private final Kind kind;
    private final String key;

    Term(Kind kind, String key) {
        this.kind = kind;
        this.key = key;
    }

    /** What the term names. */
    public Kind kind() {
        return kind;
    }

    /** The term's key in language files, e.g. {@code headings.edgeCases}. */
    public String key() {
        return key;
    }

    /** The part of the key after its group, e.g. {@code edgeCases} for {@code headings.edgeCases}. */
    public String shortKey() {
        int dot = key.indexOf('.');
        return dot < 0 ? key : key.substring(dot + 1);
    }

    /** The term whose {@linkplain #key() key} is {@code key}, if any. */
    public static Optional<Term> forKey(String key) {
        for (Term t : TERMS) {
            if (t.key.equals(key)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
