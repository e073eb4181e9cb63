package dev.featurespec.parser.internal.folder;

import static org.assertj.core.api.Assertions.assertThat;

import dev.featurespec.model.template.Languages;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdScannerTest {
    private static final FolderWords WORDS = new FolderWords(Languages.builtIn());

    private static List<String> ids(String text) {
        return WORDS.ids(List.of(text));
    }

    @Test
    void findsIdsOfEveryLanguagePrefixAsWholeWords() {
        assertThat(ids("FR-001, FR1, RF-002, SC-003a and FR-019.1 but not NFR-001, FR-01xy, UTF-8 or T001"))
                .containsExactly("FR-001", "FR1", "RF-002", "SC-003a", "FR-019.1");
    }

    @Test
    void rangesCiteEveryIdBetween() {
        assertThat(ids("SC-001..SC-003")).containsExactly("SC-001", "SC-002", "SC-003");
        assertThat(ids("FR-004–FR-006")).containsExactly("FR-004", "FR-005", "FR-006");
        assertThat(ids("FR-001 ~ FR-003")).containsExactly("FR-001", "FR-002", "FR-003");
        assertThat(ids("FR-001 to FR-003")).containsExactly("FR-001", "FR-002", "FR-003");
        assertThat(ids("FR-1..FR-300")).as("too wide a range cites its ends").containsExactly("FR-1", "FR-300");
        assertThat(ids("FR-001..SC-003")).as("two prefixes are no range").containsExactly("FR-001", "SC-003");
    }

    @Test
    void storiesOfAHeading() {
        assertThat(WORDS.stories("Phase 3: User Story 1 - x")).containsExactly("US1");
        assertThat(WORDS.stories("Phase 3: US-02 + US3")).containsExactly("US2", "US3");
        assertThat(WORDS.stories("阶段 3：用户故事 4 - x")).containsExactly("US4");
        assertThat(WORDS.stories("Phase 9: Focus 2 and History 3")).isEmpty();
    }

    @Test
    void labelledLines() {
        assertThat(LabelLines.of("**Goal**: A\ncontinued\n**Test:** B"))
                .containsExactly(new LabelLines.Labelled("Goal", "A\ncontinued"), new LabelLines.Labelled("Test", "B"));
        assertThat(LabelLines.of("Plain **Goal**: no")).isEmpty();
    }
}
