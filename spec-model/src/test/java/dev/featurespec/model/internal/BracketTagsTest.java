package dev.featurespec.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BracketTagsTest {
    @Test
    void leadingTagsEndAtTheFirstWordOrLink() {
        BracketTags.Leading l = BracketTags.leading("[P] [US1+US2] [P1] Create [the](link) model [x]");
        assertThat(l.tags()).containsExactly("P", "US1+US2", "P1");
        assertThat("[P] [US1+US2] [P1] Create [the](link) model [x]".substring(l.end()))
                .startsWith("Create");
        assertThat(BracketTags.leading("[docs](docs.md) first").tags()).isEmpty();
    }

    @Test
    void storiesAreNormalisedAndTakenFromCompoundTags() {
        assertThat(BracketTags.stories(List.of("P", "US1+US2", "US-02", "US2/FR-2 #12", "BUS3", "US4a")))
                .containsExactly("US1", "US2");
    }

    @Test
    void allTagsSkipLinksCheckboxesCodeAndClarificationMarkers() {
        String text = "Is [NEEDS CLARIFICATION] gone? See [spec](spec.md) and `[not a tag]` [Gap, Spec §FR-1] [已解决]";
        assertThat(BracketTags.all(text)).containsExactly("Gap", "Spec §FR-1", "已解决");
    }

    @Test
    void referencesNameTheirDocumentOnce() {
        assertThat(BracketTags.references(
                        List.of("Consistency", "Spec §FR-5 vs §FR-6", "Spec §US5 vs Plan §Data flow", "§SC-001")))
                .containsExactly(
                        new BracketTags.Ref("Spec", "FR-5"),
                        new BracketTags.Ref("Spec", "FR-6"),
                        new BracketTags.Ref("Spec", "US5"),
                        new BracketTags.Ref("Plan", "Data flow"),
                        new BracketTags.Ref("", "SC-001"));
    }

    @Test
    void anUnclosedOrOverlongBracketIsText() {
        assertThat(BracketTags.all("[" + "a".repeat(200) + "] [ok")).isEmpty();
    }
}
