package dev.featurespec.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PriorityTest {
    @ParameterizedTest
    @CsvSource({"P0,0", "P1,1", "p2,2", " P10 ,10"})
    void parsesPAndDigits(String text, int rank) {
        assertThat(Priority.parse(text)).isEqualTo(Priority.of(rank));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "P", "1", "High", "P-1", "P1a", "PP1", "P12345678901"})
    void refusesAnythingElse(String text) {
        assertThatThrownBy(() -> Priority.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a priority (expected P0, P1, P2, …): '" + text + "'");
    }

    @Test
    void nullIsANullPointerLikeEverywhereElseInTheModel() {
        assertThatThrownBy(() -> Priority.parse(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("Priority text must not be null");
    }

    @Test
    void refusesNegativeRanks() {
        assertThatThrownBy(() -> Priority.of(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Priority.rank must not be negative: -1");
    }

    @Test
    void sortsMostImportantFirst() {
        List<Priority> list = new ArrayList<>(List.of(Priority.of(10), Priority.of(2), Priority.P1, Priority.of(0)));
        list.sort(null);
        assertThat(list).extracting(Priority::toString).containsExactly("P0", "P1", "P2", "P10");
    }

    @Test
    void writesPAndRank() {
        assertThat(Priority.of(3)).hasToString("P3");
        assertThat(Priority.parse("p3")).hasToString("P3");
    }
}
