package dev.featurespec.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.featurespec.model.template.Language;
import dev.featurespec.model.template.Term;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SourceWordsTest {
    private static final SourceWords WORDS = SourceWords.structural(List.of(Language.builder("xx")
            .name("Example")
            .words(Term.TITLE, "Feature Specification")
            .words(Term.STORY_WORD, "User Story", "ストーリー")
            .words(Term.MODAL_MUST, "DEVE")
            .build()));

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
    void theLanguagesCodeNameAndModalVerbsAreNotVocabulary() {
        assertThat(WORDS.missing("xx example deve", Set.of(), Set.of())).containsExactly("xx", "example", "deve");
    }

    @Test
    void exemptWordsAreNeverMissing() {
        assertThat(WORDS.missing("step 6", Set.of("step"), Set.of("6"))).isEmpty();
    }
}
