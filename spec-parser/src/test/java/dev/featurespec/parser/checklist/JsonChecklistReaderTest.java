package dev.featurespec.parser.checklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.featurespec.model.checklist.Checklist;
import dev.featurespec.parser.ReadResult;
import dev.featurespec.parser.SpecParseException;
import org.junit.jupiter.api.Test;

class JsonChecklistReaderTest {
    private static ReadResult<Checklist> json(String text) {
        return JsonChecklistReader.create().parse(text);
    }

    @Test
    void everyProblemOfACategoryIsReportedWithItsPointerAndTheRestIsRead() {
        ReadResult<Checklist> r = json("""
                {"title": "C", "categories": [
                  {"heading": "No level", "items": [{"done": false, "text": "dropped"}]},
                  {"heading": "Too deep", "level": 9},
                  {"level": 2, "items": []},
                  {"heading": "Kept", "level": 3, "owner": "me", "heading": "again",
                   "notes": [{"label": "Depth", "text": "Q3"}],
                   "items": [{"id": "CHK001", "done": true, "text": "A? [Gap]", "tags": ["x"], "references": []},
                             {"done": "yes", "text": "B?"}]}]}
                """);
        assertThat(r.diagnostics())
                .extracting(d -> d.rule().id() + " " + d.pointer() + " " + d.message())
                .containsExactly(
                        "FS058 /categories/0 the category has no 'level'",
                        "FS058 /categories/1 Category.level must be 1 to 6 for a heading, was 9",
                        "FS058 /categories/2 Category.level must be 0 without a heading, was 2",
                        "FS053 /categories/3/owner unknown property 'owner' in a category",
                        "FS055 /categories/3/heading 'heading' is given twice",
                        "FS058 /categories/3/items/1 the checklist item has no 'done'",
                        "FS054 /categories/3/items/1/done done must be true or false, was a string");
        assertThat(r.document().categories()).singleElement().satisfies(c -> {
            assertThat(c.heading()).contains("Kept");
            assertThat(c.level()).isEqualTo(3);
            assertThat(c.notes()).extracting(n -> n.text()).containsExactly("Q3");
        });
        assertThat(r.document().items())
                .extracting(i -> i.id().orElse("-") + " " + i.done() + " " + i.text())
                .containsExactly("CHK001 true A? [Gap]");
        assertThat(r.sourceMap()
                        .get("/categories/3/items/0/id")
                        .map(x -> x.start().toString()))
                .contains("7:21");
    }

    @Test
    void yamlReadsTheSameTreeAndStrictReadersThrow() {
        ReadResult<Checklist> yaml = YamlChecklistReader.create()
                .parse("title: C\ncategories:\n  - level: 0\n    items:\n      - {done: false, text: Q?}\n");
        assertThat(yaml.diagnostics()).isEmpty();
        assertThat(yaml.document().categories())
                .singleElement()
                .satisfies(c -> assertThat(c.heading()).isEmpty());
        assertThat(YamlChecklistReader.create()
                        .parse("title: &a x\nfrontMatter: *a\n")
                        .diagnostics())
                .extracting(d -> d.rule().id())
                .containsExactly("FS056");
        assertThatThrownBy(
                        () -> JsonChecklistReader.builder().strict(true).build().parse("{}"))
                .isInstanceOf(SpecParseException.class)
                .hasMessageContaining("the checklist has no 'title'");
        assertThatThrownBy(
                        () -> YamlChecklistReader.builder().strict(true).build().parse("title: [1]\n"))
                .isInstanceOf(SpecParseException.class);
        assertThat(YamlChecklistReader.builder()
                        .maxBytes(5)
                        .build()
                        .parse("title: long\n")
                        .unreadable())
                .isTrue();
    }

    @Test
    void everyBuilderRefusesALimitBelowOneByte() {
        assertThatThrownBy(() -> JsonChecklistReader.builder().maxBytes(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxBytes must be positive: 0");
        assertThatThrownBy(() -> YamlChecklistReader.builder().maxBytes(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxBytes must be positive: -1");
        assertThatThrownBy(() -> MarkdownChecklistParser.builder().maxBytes(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxBytes must be positive: 0");
    }
}
