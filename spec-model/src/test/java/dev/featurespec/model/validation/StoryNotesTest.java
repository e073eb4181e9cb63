package dev.featurespec.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.featurespec.model.UserStory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Where a paragraph starts in story notes without a blank line before it, a Given step there reads back
 * as a scenario, so {@code @StoryNotes} names it; where the line continues a block, it does not.
 */
class StoryNotesTest {
    private static final UserStory STORY = UserStory.builder(1, "Story").build();

    private static java.util.Optional<String> ownPart(String notes) {
        return StoryNotes.Validator.ownPart(STORY, notes);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Intro\n\n-\nGiven a user",
                "Intro\n\n- \nGiven a user",
                "Intro\n\n1.\nGiven a user",
                "Intro\n\n- one\n-\nGiven a user",
                "Intro\n\n<!-- a note -->\nGiven a user",
                "Intro\n\n<!-- a\nnote -->\nGiven a user",
                "Intro\n\n    code\nGiven a user",
                "Intro\n\n    ```\nGiven a user",
                "Intro\n\n```\ncode\n```\nGiven a user",
            })
    void aGivenStepWhereAParagraphStartsIsNamed(String notes) {
        assertThat(ownPart(notes)).contains("Given a user");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // InjectionFuzzTest run 26: a heading ends the list item, and the next line starts a paragraph
                "Intro\n\n- one\n#### Note\nGiven a user",
                "Intro\n\n- one\n####\nGiven a user",
                // a heading inside the item leaves no paragraph for the next line to continue
                "Intro\n\n- one\n  #### Note\nGiven a user",
                "Intro\n\n1. one\n   ### Note\nGiven a user",
                // nor does a fence closed inside the item
                "Intro\n\n- one\n  ```\n  code\n  ```\nGiven a user",
                // an empty item nested in the item
                "Intro\n\n- one\n  -\nGiven a user",
                // a fence line inside an HTML block is HTML (InjectionFuzzTest run 27)
                "Intro\n\n<div>\n```\n\nGiven a user",
                "Intro\n\n<p\n```\n\nGiven a user",
                // an HTML block that runs to its end marker interrupts a paragraph, and a line after it
                // starts one
                "Intro\n<pre>\n</pre>\nGiven a user",
                // CDATA only in upper case (InjectionFuzzTest run 30), and an ASCII letter after <!
                "Intro\n\n<![cdata[\n\nGiven a user\n]]>",
                "Intro\n\n<!é\n\nGiven a user\n>",
            })
    void aGivenStepAfterAHeadingOrBlockInAListItemIsNamed(String notes) {
        assertThat(ownPart(notes)).contains("Given a user");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Intro\nGiven a user",
                "Intro\n\n- one\nGiven a user",
                "Intro\n\n-\n  Given a user",
                "Intro\n\n```\nGiven a user\n```",
                "Intro\n\n    code\n    Given a user",
                "Intro\n\n<!-- a\nGiven a user -->",
                // a lazy line of the item's paragraph, also after a heading-like line that is text
                "Intro\n\n- one\n  two\nGiven a user",
                "Intro\n\n- one\n#tag\nGiven a user",
                "Intro\n\n- one\n  - two\nGiven a user",
                "Intro\n\n<![CDATA[\n\nGiven a user\n]]>",
                "Intro\n\n<!DOCTYPE\n\nGiven a user\n>",
            })
    void aGivenStepThatContinuesABlockIsNotAParagraph(String notes) {
        assertThat(ownPart(notes)).isEmpty();
    }

    @Test
    void aGivenStepInAnotherLanguageAfterAnEmptyItemIsNamedToo() {
        assertThat(ownPart("Café\n\n -\nZakładając> |-\nr")).contains("Zakładając> |-");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "#### User Story 5 - Extra",
                "#### ユーザーストーリー5gO",
                "#### Edge Cases",
                "##### Functional Requirements ##",
                "#### Session 2025-01-01",
                "#### Acceptance Scenarios",
                "#### Primary User Story",
                "###### ~~User Story 2 - Old~~",
            })
    void aHeadingTheStoryReadsAsItsOwnIsNamedWhereverItStands(String heading) {
        assertThat(ownPart("Intro\n\n" + heading + "\n\nBody")).contains(heading);
        assertThat(ownPart("Intro\n" + heading)).contains(heading);
        assertThat(ownPart("- item\n" + heading)).contains(heading);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Intro\n\n#### FR-009: Something",
                "Intro\n\n#### Design notes",
                "Intro\n\n```\n#### Edge Cases\n```",
                "Intro\n\n    #### Edge Cases",
                "Intro\n\n- item\n\n  #### Edge Cases",
                "Intro\n\n#### Session notes",
                "Intro\n\n####Edge Cases",
            })
    void aHeadingTheStoryKeepsInItsNotesIsNotNamed(String notes) {
        assertThat(ownPart(notes)).isEmpty();
    }
}
