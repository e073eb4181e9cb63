package dev.featurespec.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.featurespec.model.Priority;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which story titles read back from their heading as written, with and without a priority. */
class StoryHeadingTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // an unclosed group with a priority word takes in the written one
                "Users Ȉn${Byd(prioriteit | P3 | true",
                "Export (Priority: soon | P1 | true",
                // a closed group before the written one is the title's: the last group is the priority
                "Export (P2) | P1 | false",
                "Login (priority: later) | P1 | false",
                "Plain title | P1 | false",
                "Call (555) 123 | P2 | false",
                // without a priority, a group naming one would become it
                "Export (Priority: P2) | | true",
                "Export (P2) | | true",
                "Login (priority: later) | | false",
                "Call (555) 123 | | false",
            })
    void aTitleReadsBackWhenItsHeadingGivesNoOtherPriorityGroup(String title, String priority, boolean misread) {
        Optional<Priority> p = Optional.ofNullable(priority).map(Priority::parse);
        assertThat(StoryHeading.Validator.misread(title, p)).isEqualTo(misread);
    }
}
