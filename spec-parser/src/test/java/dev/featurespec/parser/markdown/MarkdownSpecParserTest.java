package dev.featurespec.parser.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.featurespec.model.AcceptanceScenario;
import dev.featurespec.model.Section;
import dev.featurespec.model.diagnostic.Diagnostic;
import dev.featurespec.model.diagnostic.Rule;
import dev.featurespec.model.diagnostic.SourceRange;
import dev.featurespec.model.template.Profiles;
import dev.featurespec.parser.ParseResult;
import dev.featurespec.parser.SpecParseException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkdownSpecParserTest {
    private static final MarkdownSpecParser PARSER = MarkdownSpecParser.create();

    private static final String SPEC = """
            # Feature Specification: Ticket gate

            **Feature Branch**: `004-gate`  \n\
            **Created**: 2026-04-01

            ## User Scenarios & Testing

            ### User Story 1 - Scan a ticket (Priority: P1)

            **Acceptance Scenarios**:

            1. **Given** a valid ticket, **When** it is scanned, **Then** the gate opens

            ## Requirements

            ### Functional Requirements

            - **FR-001**: System MUST open the gate.

            ## Success Criteria

            - **SC-001**: The gate opens within 1 s.
            """;

    @Test
    void readsTitleAndHardBrokenMetadata() {
        ParseResult r = PARSER.parse(SPEC);
        assertThat(r.spec().title()).isEqualTo("Ticket gate");
        assertThat(r.spec().metadata().featureBranch()).contains("004-gate");
        assertThat(r.spec().metadata().created()).contains("2026-04-01");
    }

    @Test
    void validSpecHasNoDiagnostics() {
        assertThat(PARSER.parse(SPEC).diagnostics()).isEmpty();
    }

    @Test
    void sourceMapLocatesElementsByPointer() {
        ParseResult r = PARSER.parse(SPEC);
        assertThat(r.sourceMap().get("/functionalRequirements/0/id")).contains(SourceRange.of(18, 1, 18, 41));
        assertThat(r.sourceMap().get("/userStories/0").orElseThrow().start().line())
                .isEqualTo(8);
        assertThat(r.sourceMap()
                        .get("/userStories/0/acceptanceScenarios/0")
                        .orElseThrow()
                        .start()
                        .line())
                .isEqualTo(12);
        assertThat(r.sourceMap().get("/metadata/created").orElseThrow().start().line())
                .isEqualTo(4);
    }

    @Test
    void strictModeThrowsOneExceptionWithAllDiagnostics() {
        MarkdownSpecParser strict = MarkdownSpecParser.builder().strict(true).build();
        assertThatThrownBy(() -> strict.parse("no title\n\n## Rollout\n"))
                .isInstanceOfSatisfying(
                        SpecParseException.class,
                        e -> assertThat(e.diagnostics())
                                .extracting(Diagnostic::rule)
                                .contains(Rule.MISSING_TITLE, Rule.MISSING_SECTION, Rule.UNKNOWN_SECTION));
    }

    @Test
    void strictModeDoesNotThrowForWarningsOnly() {
        MarkdownSpecParser strict = MarkdownSpecParser.builder().strict(true).build();
        ParseResult r = strict.parse(SPEC.replace(" (Priority: P1)", ""));
        assertThat(r.diagnostics()).extracting(Diagnostic::rule).containsExactly(Rule.STORY_WITHOUT_PRIORITY);
    }

    @Test
    void inputOverTheLimitIsRefused() {
        MarkdownSpecParser small = MarkdownSpecParser.builder().maxBytes(10).build();
        ParseResult r = small.parse("# Feature Specification: too long");
        assertThat(r.diagnostics())
                .extracting(Diagnostic::toString)
                .containsExactly("1:1: error: Input is 33 bytes, more than the limit of 10 bytes [FS050]");
    }

    @Test
    void invalidUtf8IsReportedWithItsLine() {
        byte[] bytes = "# Feature Specification: X\n\nbad \u00ff here\n".getBytes(StandardCharsets.ISO_8859_1);
        ParseResult r = PARSER.parse(bytes);
        assertThat(r.diagnostics())
                .filteredOn(d -> d.rule() == Rule.INVALID_ENCODING)
                .extracting(Diagnostic::toString)
                .containsExactly("3:5: error: Invalid UTF-8 at byte 32; replaced with U+FFFD [FS051]");
        assertThat(r.spec().title()).isEqualTo("X");
    }

    @Test
    void bomAndCrlfGiveTheSameSpecAsPlainText() {
        byte[] bytes = ("\uFEFF" + SPEC.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8);
        assertThat(PARSER.parse(bytes).spec()).isEqualTo(PARSER.parse(SPEC).spec());
    }

    @Test
    void readerAndPathGiveTheSameSpecAsString(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("spec.md");
        Files.writeString(file, SPEC);
        assertThat(PARSER.parse(file).spec()).isEqualTo(PARSER.parse(SPEC).spec());
        assertThat(PARSER.parse(new StringReader(SPEC)).spec())
                .isEqualTo(PARSER.parse(SPEC).spec());
    }

    @Test
    void profileIsExtendedWhenAnExtendedSectionIsPresent() {
        ParseResult r = PARSER.parse(
                SPEC.replace("## Success Criteria", "### Security & Secrets Impact\n\n- None.\n\n## Success Criteria"));
        assertThat(r.spec().hasExtendedSections()).isTrue();
        assertThat(r.diagnostics())
                .extracting(Diagnostic::message)
                .contains("Mandatory section 'API Contract & Compatibility' is missing (profile extended)");
    }

    @Test
    void fixedProfileIsUsedForEveryDocument() {
        MarkdownSpecParser extended = MarkdownSpecParser.builder()
                .profile(Profiles.builtIn("extended"))
                .build();
        assertThat(extended.parse(SPEC).diagnostics())
                .extracting(Diagnostic::rule)
                .containsOnly(Rule.MISSING_SECTION)
                .hasSize(4);
    }

    @Test
    void htmlCommentsAreKeptUnlessDropped() {
        String md = SPEC.replace("## User Scenarios & Testing\n", "## User Scenarios & Testing\n\n<!-- guidance -->\n");
        assertThat(PARSER.parse(md).spec().extraSections()).singleElement().satisfies(e -> {
            assertThat(e.markdown()).isEqualTo("<!-- guidance -->");
            assertThat(e.after()).isEqualTo(Section.USER_SCENARIOS);
        });
        MarkdownSpecParser dropping =
                MarkdownSpecParser.builder().dropComments(true).build();
        assertThat(dropping.parse(md).spec().extraSections()).isEmpty();
    }

    @Test
    void looseBlocksOfOneSectionAreJoinedIntoOneExtra() {
        String md = SPEC.replace(
                "- **FR-001**: System MUST open the gate.\n",
                "Intro.\n\n- **FR-001**: System MUST open the gate.\n\nOutro.\n");
        assertThat(PARSER.parse(md).spec().extraSections()).singleElement().satisfies(e -> {
            assertThat(e.markdown()).isEqualTo("Intro.\n\nOutro.");
            assertThat(e.after()).isEqualTo(Section.FUNCTIONAL_REQUIREMENTS);
            assertThat(e.heading()).isEmpty();
        });
    }

    @Test
    void headedExtraKeepsItsMarkdownAndAnchor() {
        String md = SPEC + "\n## Out of Scope\n\n- Turnstiles *for bikes* & [links](x).\n";
        assertThat(PARSER.parse(md).spec().extraSections()).singleElement().satisfies(e -> {
            assertThat(e.heading()).contains("Out of Scope");
            assertThat(e.level()).isEqualTo(2);
            assertThat(e.markdown()).isEqualTo("- Turnstiles *for bikes* & [links](x).");
            assertThat(e.after()).isEqualTo(Section.SUCCESS_CRITERIA);
        });
    }

    @Test
    void textFieldsKeepInlineMarkdownAsWritten() {
        String md = SPEC.replace(
                "System MUST open the gate.", "System MUST open `gate` & log [NEEDS CLARIFICATION: where?].");
        assertThat(PARSER.parse(md).spec().functionalRequirements().get(0).text())
                .isEqualTo("System MUST open `gate` & log [NEEDS CLARIFICATION: where?].");
    }

    @Test
    void duplicateCriterionIdNamesTheFirstLine() {
        String md = SPEC + "- **SC-001**: Again.\n";
        assertThat(PARSER.parse(md).diagnostics())
                .extracting(Diagnostic::toString)
                .containsExactly("23:1: error: SC-001 is declared twice (first at line 22) [FS105]");
    }

    @Test
    void suppressionCommentNamesRulesByAlias() {
        String md = SPEC.replace(
                "### User Story 1 - Scan a ticket (Priority: P1)",
                "<!-- featurespec-disable-next-line story-without-priority -->\n### User Story 1 - Scan a ticket");
        assertThat(PARSER.parse(md).diagnostics()).isEmpty();
    }

    @Test
    void frontMatterIsKeptVerbatim() {
        ParseResult r = PARSER.parse("---\ntitle: Gate\ntags: [a, b]\n---\n" + SPEC);
        assertThat(r.spec().frontMatter()).contains("title: Gate\ntags: [a, b]");
        assertThat(r.spec().title()).isEqualTo("Ticket gate");
        assertThat(r.sourceMap().get("/userStories/0").orElseThrow().start().line())
                .isEqualTo(12);
    }

    @Test
    void languageIsSetOnlyForTranslatedStructure() {
        assertThat(PARSER.parse(SPEC).spec().language()).isEmpty();
        assertThat(PARSER.parse(SPEC.replace("## Requirements", "## 要件")).spec().language())
                .contains("ja");
    }

    @Test
    void wordsTheStoryKeepsInItsNotesSayNothingOfTheLanguage() {
        String notes = "**Acceptance Scenarios**:";
        // a table whose header holds a Polish step word but is no scenario table (no Given and Then)
        var table = PARSER.parse(SPEC.replace(notes, "Note.\n\n|Ale\n-|\n|x\n\n" + notes))
                .spec();
        assertThat(table.language()).isEmpty();
        assertThat(table.userStories().get(0).notes()).contains("|Ale\n-|\n|x");
        // a Dutch priority label the story cannot read stays in the notes, and so does its language
        var unread = PARSER.parse(SPEC.replace(notes, "**Prioriteit**: soon\n\n" + notes))
                .spec();
        assertThat(unread.userStories().get(0).notes()).contains("**Prioriteit**: soon");
        assertThat(unread.language()).isEmpty();
        // a label read as one counts
        String read = "**Onafhankelijke test**: scan it.\n\n";
        var label = PARSER.parse(SPEC.replace(notes, read + notes)).spec();
        assertThat(label.userStories().get(0).independentTest()).contains("scan it.");
        assertThat(label.language()).contains("nl");
        // a scenario table counts its step words
        String scenarios = "| Angenommen | Wenn | Dann |\n|---|---|---|\n| a | b | c |\n\n";
        assertThat(PARSER.parse(SPEC.replace("1. **Given**", scenarios + "1. **Given**"))
                        .spec()
                        .language())
                .contains("de");
    }

    @Test
    void storyTitleSuffixAndPriorityAreSplit() {
        var story = PARSER.parse(SPEC.replace("(Priority: P1)", "(Priority: P2) 🎯 MVP"))
                .spec()
                .userStories()
                .get(0);
        assertThat(story.title()).isEqualTo("Scan a ticket");
        assertThat(story.priority())
                .hasValueSatisfying(p -> assertThat(p.rank()).isEqualTo(2));
        assertThat(story.suffix()).contains("🎯 MVP");
    }

    @Test
    void scenarioWithAndStepsCollectsThem() {
        var s = PARSER.parse(SPEC.replace("**When** it is scanned,", "**And** it is dry, **When** it is scanned,"))
                .spec()
                .userStories()
                .get(0)
                .acceptanceScenarios()
                .get(0);
        assertThat(s.given()).contains("a valid ticket");
        assertThat(s.and()).containsExactly("it is dry");
        assertThat(s.then()).contains("the gate opens");
    }

    @Test
    void storyHeadingNamingAnIdKeepsItAsTheLabel() {
        var story = PARSER.parse(SPEC.replace("### User Story 1 - Scan a ticket", "### US-001: Scan a ticket"))
                .spec()
                .userStories()
                .get(0);
        assertThat(story.number()).isEqualTo(1);
        assertThat(story.label()).contains("US-001");
        assertThat(story.title()).isEqualTo("Scan a ticket");
    }

    @Test
    void canonicalStoryHeadingHasNoLabel() {
        assertThat(PARSER.parse(SPEC).spec().userStories().get(0).label()).isEmpty();
    }

    @Test
    void numberedCriteriaKeepTheirMarkers() {
        var criteria = PARSER.parse(SPEC.replace("- **SC-001**: The gate opens within 1 s.", """
                        6. **SC-006**: The gate opens within 1 s.
                        7. The queue stays short.
                        """))
                .spec()
                .successCriteria();
        assertThat(criteria).extracting(c -> c.marker().orElse("")).containsExactly("6.", "7.");
    }

    @Test
    void bulletedCriteriaHaveNoMarker() {
        assertThat(PARSER.parse(SPEC).spec().successCriteria().get(0).marker()).isEmpty();
    }

    @Test
    void nestedAndBulletUnderANumberedScenarioIsAnAndStep() {
        var s = firstScenarioWithStepUnderIt("   - **And** the counter goes up");
        assertThat(s.then()).contains("the gate opens");
        assertThat(s.and()).containsExactly("the counter goes up");
    }

    @Test
    void nestedNumberedAndStepLeavesItsMarkerOutOfThen() {
        var s = firstScenarioWithStepUnderIt("   1. **And** the counter goes up");
        assertThat(s.then()).contains("the gate opens");
        assertThat(s.and()).containsExactly("the counter goes up");
    }

    /** The scenario of {@link #SPEC} with line {@code step} under it. */
    private static AcceptanceScenario firstScenarioWithStepUnderIt(String step) {
        return PARSER.parse(SPEC.replace("**Then** the gate opens\n", "**Then** the gate opens\n" + step + "\n"))
                .spec()
                .userStories()
                .get(0)
                .acceptanceScenarios()
                .get(0);
    }

    @Test
    void deepStatementNestingIsBoundedAndReported() {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            list.append("  ".repeat(i)).append("- level ").append(i).append('\n');
        }
        ParseResult r = PARSER.parse(SPEC + "\n### Security & Secrets Impact\n\n" + list);
        assertThat(r.diagnostics()).extracting(Diagnostic::rule).contains(Rule.NESTING_TOO_DEEP);
        var s = r.spec().securityImpact().orElseThrow().statements().get(0);
        int depth = 1;
        while (!s.children().isEmpty()) {
            s = s.children().get(0);
            depth++;
        }
        assertThat(depth).isEqualTo(16);
        assertThat(s.text()).contains("level 19");
    }

    @Test
    void deeplyNestedBlockQuotesDoNotOverflowTheStack() {
        String md = ">".repeat(100_000) + " deep\n";
        ParseResult r = PARSER.parse(md);
        assertThat(r.spec().extraSections()).hasSize(1);
    }
}
