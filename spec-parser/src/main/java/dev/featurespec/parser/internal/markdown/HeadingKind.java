package dev.featurespec.parser.internal.markdown;

import dev.featurespec.model.Priority;
import dev.featurespec.model.template.TemplateSection;

/**
 * What a heading is, from its own text and level alone: the answer of {@link HeadingClassifier}. Where a
 * kind depends on the document around it (a 2025-08 story heading only means a story inside User
 * Scenarios; a requirement id heading only means a requirement under Requirements), the {@link
 * DocumentReader} decides. {@code language} components are a language code, or {@code ""} for a word a
 * profile gives, or null when no word was recognised. Not API.
 */
sealed interface HeadingKind {
    /**
     * True when the heading is one the template knows (a section, a story, a session, the session word),
     * so it ends an open story or extra section instead of becoming part of it.
     */
    default boolean known() {
        return !(this instanceof Unknown || this instanceof RequirementHeading);
    }

    /** The language of the structural word the heading was recognised by; null when none was. */
    default String language() {
        return null;
    }

    /**
     * A level-1 heading: the document title, its {@code Feature Specification:} prefix removed.
     *
     * @param title the title
     * @param language the language of the prefix; null when the heading has none
     * @param prefix the prefix as written, without its colon ({@code Feature Spec}); null when it has none
     */
    record Title(String title, String language, String prefix) implements HeadingKind {}

    /** The heading of one of the template's sections, e.g. {@code ### Functional Requirements}. */
    record KnownSection(TemplateSection section, String language) implements HeadingKind {}

    /**
     * One of the 2025-08 template's headings that stand for a story: {@code ### Primary User Story} and
     * {@code ### Acceptance Scenarios}. Outside User Scenarios (and outside a story) the heading is read
     * as {@link #otherwise()}, what its text would be without the template word.
     */
    sealed interface StoryPart extends HeadingKind {
        /** The kind the heading has where it does not stand for a story. */
        HeadingKind otherwise();
    }

    /** {@code ### Primary User Story}: opens the 2025-08 template's one story. */
    record PrimaryStory(String language, HeadingKind otherwise) implements StoryPart {}

    /** {@code ### Acceptance Scenarios}: the scenarios of the 2025-08 template's story. */
    record AcceptanceScenarios(String language, HeadingKind otherwise) implements StoryPart {}

    /** The session word alone ({@code ### Session}), without a date: kept as an extra section. */
    record SessionWord(String language) implements HeadingKind {}

    /**
     * A story heading, {@code ### User Story 2 - Pay by card (Priority: P1) 🎯 MVP}.
     *
     * @param number the story's number; -1 when it cannot be read as an {@code int}
     * @param label the story word and number as written, e.g. {@code US-003}; null for a story read by its shape
     * @param title the title, between {@code ~~} when the whole heading is struck through
     * @param priority the priority, or null when the heading names none or an invalid one
     * @param suffix the text after the priority ({@code 🎯 MVP}), or null
     * @param invalidPriority the priority as written when it is not P0, P1, …; else null
     * @param language the language of the story word
     * @param priorityWord the word before the priority as written ({@code Priority}), or null when the
     *     heading names no valid priority or names it without a word ({@code (P1)})
     */
    record Story(
            int number,
            String label,
            String title,
            Priority priority,
            String suffix,
            String invalidPriority,
            String language,
            String priorityWord)
            implements HeadingKind {}

    /**
     * A clarification session heading, {@code ### Session 2025-10-01 (pricing)}.
     *
     * @param date the date, or the whole rest of the heading when it does not start with one
     * @param topic the topic after the date, or null
     * @param language the language of the session word
     * @param word the session word as written ({@code Session}); null for a heading read by its shape
     */
    record Session(String date, String topic, String language, String word) implements HeadingKind {}

    /** A heading that starts with a requirement id, {@code #### FR-001: Export}: a requirement under Requirements. */
    record RequirementHeading(String id, String text) implements HeadingKind {}

    /** Any other heading: an extra section, a group of requirements or criteria, or part of a story. */
    record Unknown() implements HeadingKind {}
}
