package dev.featurespec.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SourceWordsTest {
    /** A language file in the shape of the parser's: a code, a list and groups of synonyms. */
    record Vocabulary(String code, List<String> title, Map<String, List<String>> story) {}

    private static final SourceWords WORDS = SourceWords.structural(List.of(
            new Vocabulary("xx", List.of("Feature Specification"), Map.of("words", List.of("User Story", "ストーリー")))));

    @Test
    void aWordIsARunOfLettersAndDigitsLowerCasedWithItsDigitsAsWritten() {
        assertThat(SourceWords.of("### US-003: Café **über** v2.1, café"))
                .containsExactly("us", "003", "café", "über", "v2", "1");
    }

    @Test
    void missingWordsAreThoseOfTheSourceTheOtherTextLacks() {
        assertThat(WORDS.missing("US-003 pays", SourceWords.of("User Story 3 pays"), Set.of()))
                .containsExactly("us", "003");
    }

    @Test
    void structuralWordsAndTheirNumberedFormsAreNeverMissing() {
        assertThat(WORDS.missing("# Feature Specification: ストーリー1", Set.of(), Set.of()))
                .isEmpty();
    }

    @Test
    void theRecordsStringComponentsAreNotVocabulary() {
        assertThat(WORDS.missing("xx", Set.of(), Set.of())).containsExactly("xx");
    }

    @Test
    void exemptWordsAreNeverMissing() {
        assertThat(WORDS.missing("step 6", Set.of("step"), Set.of("6"))).isEmpty();
    }
}
