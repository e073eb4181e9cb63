package dev.featurespec.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.featurespec.model.FeatureSpec;
import dev.featurespec.parser.markdown.MarkdownSpecParser;
import dev.featurespec.testkit.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real history: consecutive git revisions of corpus specs ({@code corpus/speckit-revisions}, {@code
 * NAME.old.md} and {@code NAME.new.md}; MANIFEST.tsv names the commits). The changes of eight pairs are
 * pinned, each checked by reading the two files; every pair obeys the diff's laws. Skipped when the
 * corpus is absent.
 */
class RevisionsTest {
    private static final MarkdownSpecParser PARSER = MarkdownSpecParser.create();

    static Path dir() {
        Path dir = Corpus.dir().map(d -> d.resolve("speckit-revisions")).orElse(null);
        Assumptions.assumeTrue(dir != null && Files.isDirectory(dir), "corpus revisions not found; skipping");
        return dir;
    }

    static Stream<String> pairs() throws IOException {
        try (Stream<Path> files = Files.list(dir())) {
            return files
                    .map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".old.md"))
                    .map(n -> n.substring(0, n.length() - ".old.md".length()))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    private static FeatureSpec read(String name, String side) throws IOException {
        return PARSER.parse(dir().resolve(name + "." + side + ".md")).spec();
    }

    private static SpecDiff diff(String name) throws IOException {
        return SpecDiff.between(read(name, "old"), read(name, "new"));
    }

    /** {@code kind id} of each change to elements of {@code type}, moved ones with {@code (was old-id)}. */
    private static List<String> changes(SpecDiff diff, ElementType type) {
        return diff.changes().stream()
                .filter(c -> c.element() == type)
                .map(c -> c.kind().label() + " " + c.id().orElse("?") + renumbered(c))
                .toList();
    }

    private static String renumbered(Change c) {
        return c.fields().stream()
                .filter(f -> f.field().equals("id") || f.field().equals("number"))
                .findFirst()
                .map(f -> " (was " + f.oldValue().orElse("") + ")")
                .orElse("");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void everyRevisionObeysTheLaws(String name) throws IOException {
        FeatureSpec old = read(name, "old");
        FeatureSpec now = read(name, "new");
        SpecDiff diff = SpecDiff.between(old, now);
        // applying gives the new spec, up to what the diff does not count as a change (whitespace, layout)
        assertThat(SpecDiff.between(diff.applyTo(old), now).changes()).isEmpty();
        assertThat(SpecDiff.between(old, old).changes()).isEmpty();
        // every change of the way back is a change of the way there, reversed
        assertThat(SpecDiff.between(now, old).changes()).hasSameSizeAs(diff.changes());
    }

    @Test
    void reAligningATableAndAddingBlankLinesIsNoChange() throws IOException {
        // specs/001-multi-agent-platform/spec.md 3b621e61 -> dffb78ba: a formatter padded the key-entity table
        // ("|------|" became "| ---------------------- |") and moved two blank lines
        String name = "jarvislee90s-dot__MultiAgents-Manager__specs_001-multi-agent-platform_spec__3b621e61_dffb78ba";
        assertThat(read(name, "old")).isNotEqualTo(read(name, "new"));
        assertThat(diff(name).changes()).isEmpty();
    }

    @Test
    void beverageOrderGainsAStoryInTheMiddleAndTenRequirements() throws IOException {
        // specs/O003-beverage-order/spec.md 89dab058 -> 28b40c09: "User Story 3 - B端饮品配置管理 (Priority: P1)"
        // inserted before the old story 3, which becomes story 4; FR-028 to FR-037 appended
        SpecDiff diff =
                diff("30675137__Cinema_Bussiness_Center_Platform__specs_O003-beverage-order_spec__89dab058_28b40c09");
        assertThat(changes(diff, ElementType.USER_STORY)).containsExactly("changed 2", "added 3", "moved 4 (was 3)");
        assertThat(changes(diff, ElementType.FUNCTIONAL_REQUIREMENT))
                .containsExactly(
                        "added FR-028",
                        "added FR-029",
                        "added FR-030",
                        "added FR-031",
                        "added FR-032",
                        "added FR-033",
                        "added FR-034",
                        "added FR-035",
                        "added FR-036",
                        "added FR-037");
        // 必须 is the Chinese MUST
        assertThat(diff.with(Significance.STRICTER)).hasSize(10);
        assertThat(changes(diff, ElementType.CLARIFICATION_SESSION)).containsExactly("added 2025-12-28");
    }

    @Test
    void tagLogInsertsFr005AndRenumbersTheRest() throws IOException {
        // specs/004-tag-log/spec.md 9e564d2f -> 0f5f059a: a new FR-005 answers the open question; the old
        // FR-005 to FR-012 keep their text as FR-006 to FR-013
        SpecDiff diff = diff("7474__shumilog__specs_004-tag-log_spec__9e564d2f_0f5f059a");
        assertThat(changes(diff, ElementType.FUNCTIONAL_REQUIREMENT))
                .containsExactly(
                        "added FR-005",
                        "moved FR-006 (was FR-005)",
                        "moved FR-007 (was FR-006)",
                        "moved FR-008 (was FR-007)",
                        "moved FR-009 (was FR-008)",
                        "moved FR-010 (was FR-009)",
                        "moved FR-011 (was FR-010)",
                        "moved FR-012 (was FR-011)",
                        "moved FR-013 (was FR-012)");
        // the edge case's [NEEDS CLARIFICATION: Should it show an error or silently ignore?] was answered
        Change edgeCase = diff.changes().stream()
                .filter(c -> c.element() == ElementType.EDGE_CASE)
                .findFirst()
                .orElseThrow();
        assertThat(edgeCase.kind()).isEqualTo(ChangeKind.CHANGED);
        assertThat(edgeCase.significance()).containsExactly(Significance.CLARIFIED);
        assertThat(changes(diff, ElementType.CLARIFICATION_SESSION)).containsExactly("added 2025-09-28");
    }

    @Test
    void backendApiAnswersThreeRequirementsWithMandatoryLevels() throws IOException {
        // specs/005-backend-api/spec.md 944adbb6 -> ef31174c: FR-006 to FR-008 were "[要明確化: …]" and now
        // say "…しなければならない" (MUST)
        SpecDiff diff = diff("7474__shumilog__specs_005-backend-api_spec__944adbb6_ef31174c");
        assertThat(changes(diff, ElementType.FUNCTIONAL_REQUIREMENT))
                .containsExactly("changed FR-006", "changed FR-007", "changed FR-008");
        for (Change c : diff.with(Significance.STRICTER)) {
            assertThat(c.fields()).extracting(FieldChange::field).containsExactly("text", "level");
            assertThat(c.fields().get(1).newValue()).contains("MUST");
        }
        assertThat(diff.with(Significance.STRICTER)).hasSize(3);
        assertThat(changes(diff, ElementType.CLARIFICATION_SESSION)).containsExactly("added 2025-10-06");
    }

    @Test
    void componentRegistryRewordsFr003AndAddsFr011() throws IOException {
        // specs/013-genui-phase4-client-architect/spec.md 2e15ce58 -> 83043d39
        SpecDiff diff =
                diff("AustinChangLinksys__ui-kit__specs_013-genui-phase4-client-architect_spec__2e15ce58_83043d39");
        assertThat(changes(diff, ElementType.FUNCTIONAL_REQUIREMENT)).containsExactly("changed FR-003", "added FR-011");
        assertThat(changes(diff, ElementType.SUCCESS_CRITERION)).containsExactly("changed SC-003");
        assertThat(changes(diff, ElementType.EDGE_CASE)).containsExactly("changed ?");
        assertThat(changes(diff, ElementType.CLARIFICATION_SESSION)).containsExactly("added 2025-12-04");
        assertThat(diff.changes()).hasSize(5);
    }

    @Test
    void shoppingListsAddRealTimeRequirementsAndRenumberACriterion() throws IOException {
        // specs/003-shopping-lists-crud/spec.md 476461be -> 36ee8b49: FR-050 and FR-042..FR-049 added, the old
        // SC-010 ("10,000+ lists per user") is now SC-013 after three new criteria
        SpecDiff diff = diff("rkSlalom__ae-infinity-context__specs_003-shopping-lists-crud_spec__476461be_36ee8b49");
        assertThat(changes(diff, ElementType.FUNCTIONAL_REQUIREMENT))
                .containsExactly(
                        "changed FR-005",
                        "changed FR-037",
                        "added FR-050",
                        "added FR-042",
                        "added FR-043",
                        "added FR-044",
                        "added FR-045",
                        "added FR-046",
                        "added FR-047",
                        "added FR-048",
                        "added FR-049");
        assertThat(changes(diff, ElementType.SUCCESS_CRITERION))
                .containsExactly("added SC-010", "added SC-011", "added SC-012", "moved SC-013 (was SC-010)");
    }

    @Test
    void webRevivalAddsPersistenceAndPublicAccessRequirements() throws IOException {
        // specs/003-specs-001-web/spec.md 07d2fff2 -> ad0b78c9
        SpecDiff diff = diff("7474__shumilog__specs_003-specs-001-web_spec__07d2fff2_ad0b78c9");
        assertThat(changes(diff, ElementType.FUNCTIONAL_REQUIREMENT))
                .containsExactly("changed FR-004", "added FR-006", "added FR-007");
        assertThat(changes(diff, ElementType.KEY_ENTITY)).containsExactly("added Cloudflare D1 Dataset");
        assertThat(changes(diff, ElementType.CLARIFICATION_SESSION)).containsExactly("added 2025-09-27");
    }

    @Test
    void askUserToolDropsAProhibitionThenBringsItBack() throws IOException {
        // specs/052-add-ask-user-tool/spec.md: 20f9e079 -> 3edb6b11 removes "FR-011: `AskUserQuestion` MUST NOT
        // be available …", 3edb6b11 -> 3f8536c6 adds it again; 8febe242 -> 20f9e079 sets the status
        SpecDiff removed = diff("netease-lcap__wave-agent__specs_052-add-ask-user-tool_spec__20f9e079_3edb6b11");
        assertThat(changes(removed, ElementType.FUNCTIONAL_REQUIREMENT)).containsExactly("removed FR-011");
        assertThat(removed.changes().get(0).significance()).containsExactly(Significance.LOOSER);
        SpecDiff added = diff("netease-lcap__wave-agent__specs_052-add-ask-user-tool_spec__3edb6b11_3f8536c6");
        assertThat(changes(added, ElementType.FUNCTIONAL_REQUIREMENT)).containsExactly("added FR-011");
        assertThat(added.changes().get(0).significance()).containsExactly(Significance.STRICTER);
        SpecDiff status = diff("netease-lcap__wave-agent__specs_052-add-ask-user-tool_spec__8febe242_20f9e079");
        assertThat(status.changes()).singleElement().satisfies(c -> {
            assertThat(c.summary()).isEqualTo("changed metadata status \"Draft\" → \"Implemented\"");
            assertThat(c.after()).contains("/metadata/status");
        });
    }
}
