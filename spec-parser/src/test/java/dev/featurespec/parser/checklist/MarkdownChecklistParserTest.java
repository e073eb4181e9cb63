package dev.featurespec.parser.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import dev.featurespec.model.checklist.Category;
import dev.featurespec.model.checklist.Checklist;
import dev.featurespec.model.checklist.ChecklistItem;
import dev.featurespec.model.diagnostic.Diagnostic;
import dev.featurespec.parser.ReadResult;
import org.junit.jupiter.api.Test;

class MarkdownChecklistParserTest {
    private static final MarkdownChecklistParser PARSER = MarkdownChecklistParser.create();

    @Test
    void readsMetadataCategoriesAndItemsWithTheirIds() {
        Checklist c = PARSER.parse("""
                # 需求完整性检查清单：结账

                **用途**：验证需求文档的质量
                **Created**: 2026-07-05

                ## Content Quality

                - [x] No implementation details
                - [ ] CHK001 - Is it clear? [Gap, Spec §FR-1]
                - [X] **CHK002**: Is it bold? [Clarity]
                - [ ] CHK003 Is it plain?
                """).document();
        assertThat(c.note("用途")).contains("验证需求文档的质量");
        assertThat(c.note("created")).contains("2026-07-05");
        assertThat(c.items())
                .extracting(i -> i.id().orElse("-") + "|" + i.done() + "|" + i.text())
                .containsExactly(
                        "-|true|No implementation details",
                        "CHK001|false|Is it clear? [Gap, Spec §FR-1]",
                        "CHK002|true|Is it bold? [Clarity]",
                        "CHK003|false|Is it plain?");
        assertThat(c.items().get(1).requirements()).containsExactly("FR-1");
    }

    @Test
    void everyHeadingWithItemsIsACategoryAndEveryOtherIsKeptWhole() {
        Checklist c = PARSER.parse("""
                # Checklist

                - [ ] Before any heading

                ## Audit (2026-04-04)

                **Depth**: Q3

                ## Completeness

                - [x] CHK001 A?

                ### Edge coverage

                - [x] CHK002 B?

                ## Notes

                - Resolved
                """).document();
        assertThat(c.categories())
                .extracting(cat -> cat.heading().orElse("-") + "@" + cat.level())
                .containsExactly("-@0", "Completeness@2", "Edge coverage@3");
        assertThat(c.extraSections())
                .extracting(x -> x.heading() + "@" + x.after())
                .containsExactly("Audit (2026-04-04)@1", "Notes@3");
        assertThat(c.categories().get(0).items())
                .extracting(ChecklistItem::text)
                .containsExactly("Before any heading");
    }

    @Test
    void plainBulletsAndParagraphsAreNotes() {
        Category cat = PARSER.parse("""
                # Checklist

                ## Quality

                - [x] A
                - note bullet

                **Notes**:
                - all pass
                """).document().categories().get(0);
        assertThat(cat.items()).hasSize(1);
        assertThat(cat.notes())
                .extracting(n -> n.label().orElse("") + "|" + n.text() + "|" + n.at())
                .containsExactly("|- note bullet|1", "Notes||1", "|- all pass|1");
    }

    @Test
    void aSecondTitleIsReported() {
        ReadResult<Checklist> r = PARSER.parse("# A\n\n# B\n\n- [ ] x\n");
        assertThat(r.diagnostics())
                .extracting(Diagnostic::toString)
                .containsExactly("3:1: error: Second title 'B' (the first is at line 1) [FS002]");
    }
}
