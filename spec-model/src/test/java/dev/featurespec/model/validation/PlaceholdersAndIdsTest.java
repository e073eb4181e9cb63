package dev.featurespec.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.featurespec.model.internal.Ids;
import dev.featurespec.model.internal.SpecTexts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PlaceholdersAndIdsTest {
    @ParameterizedTest
    @ValueSource(
            strings = {
                "[FEATURE NAME]",
                "[DATE]",
                "[###-feature-name]",
                "[Brief Title]",
                "[Describe this user journey in plain language]",
                "[Explain the value and why it has this priority level]",
                "[Describe how this can be tested independently]",
                "[initial state]",
                "[action]",
                "[expected outcome]",
                "[boundary condition]",
                "[error scenario]",
                "[specific capability]",
                "[key interaction]",
                "[Entity 1]",
                "[Entity 2]",
                "[What it represents, key attributes without implementation]",
                "[What it represents, relationships to other entities]",
                "[Measurable metric for primary user flow]",
                "[Reliability metric for task completion/failure handling]",
                "[Compatibility metric: no regression in existing frontend flow]",
                "[Operational metric: required logs/status updates available]"
            })
    void everyBracketedPhraseOfTheSeedTemplateIsAPlaceholder(String placeholder) {
        assertThat(Placeholders.find("x " + placeholder + " y")).containsExactly(placeholder);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "[x] done",
                "[Action]",
                "see [action](https://x)",
                "[DATE][1]",
                "[NEEDS CLARIFICATION: what?]",
                "$ARGUMENT",
                "[FEATURE\nNAME]"
            })
    void otherBracketsAreNotPlaceholders(String text) {
        assertThat(Placeholders.find(text)).isEmpty();
    }

    @Test
    void findsArgumentsAndSeveralPlaceholdersInOrder() {
        assertThat(Placeholders.find("User description: \"$ARGUMENTS\" on [DATE] for [[Entity 1]]"))
                .containsExactly("$ARGUMENTS", "[DATE]", "[Entity 1]");
    }

    @Test
    @Timeout(5)
    void manyUnclosedBracketsFinish() {
        assertThat(Placeholders.find("[".repeat(300_000))).isEmpty();
        assertThat(Placeholders.find("[a".repeat(150_000) + "]")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "FR-001,CANONICAL",
        "RF-001,CANONICAL",
        "요구-001,CANONICAL",
        "FR-1,ACCEPTED",
        "FR-001a,ACCEPTED",
        "FR-019.1,ACCEPTED",
        "Fr-001,ACCEPTED",
        "FR1,ACCEPTED",
        "FR-X,INVALID",
        "XYZ,INVALID",
        "FR-1.,INVALID",
        "FR-001ab,INVALID"
    })
    void idForms(String id, Ids.Form form) {
        assertThat(Ids.form(id)).isEqualTo(form);
    }

    @Test
    void proseDropsFencedCodeAndComments() {
        assertThat(SpecTexts.prose("a\n```\n[DATE]\n```\nb <!-- c --> d\n<!--\ne\n-->\nf"))
                .isEqualTo("a\nb  d\n\nf\n");
    }
}
