package dev.featurespec.parser.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.featurespec.model.OpenClarification;
import dev.featurespec.model.diagnostic.Diagnostic;
import dev.featurespec.model.diagnostic.Rule;
import dev.featurespec.model.diagnostic.SourceLocation;
import dev.featurespec.model.diagnostic.SourceRange;
import dev.featurespec.model.validation.ReadyForPlanning;
import dev.featurespec.model.validation.SpecValidator;
import dev.featurespec.parser.ParseResult;
import dev.featurespec.testkit.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * FS110 as a reader of the document sees it: one diagnostic per open marker, at the marker's own line
 * and column (also in continuation lines and extra sections), none for markers in code or for a quality
 * checklist's sentence about markers.
 */
class ClarificationPositionsTest {
    private static final MarkdownSpecParser PARSER = MarkdownSpecParser.create();

    private static final String SPEC = """
            # Feature Specification: Ticket gate

            ## User Scenarios & Testing

            ### User Story 1 - Scan a ticket (Priority: P1)

            A visitor scans a ticket [NEEDS CLARIFICATION: paper or phone?]
            and walks through [NEEDS CLARIFICATION: turnstile?].

            **Independent Test**: Scan one ticket.

            **Acceptance Scenarios**:

            1. **Given** a valid ticket, **When** it is scanned, **Then** the gate opens

            ## Requirements

            ### Functional Requirements

            - **FR-001**: System MUST keep scans for [NEEDS CLARIFICATION: how long?] in [NEEDS CLARIFICATION: where?].
            - **FR-002**: System MUST show `[NEEDS CLARIFICATION: …]` markers to reviewers,
              and log [NEEDS CLARIFICATION: which log?]

            ## Success Criteria

            - **SC-001**: The gate opens within 1 s.

            ## Review & Acceptance Checklist

            - [ ] No [NEEDS CLARIFICATION] markers remain

            ```text
            [NEEDS CLARIFICATION: an example]
            ```

            ## Out of Scope

            Refunds.

            - Vendor [NEEDS CLARIFICATION: which vendor?]
            """;

    private static List<String> fs110(ParseResult result) {
        return result.validate(SpecValidator.create(), ReadyForPlanning.class).stream()
                .filter(d -> d.rule() == Rule.OPEN_CLARIFICATION)
                .map(d -> d.range().map(r -> r.start() + "-" + r.end()).orElse("?") + " " + d.pointer())
                .toList();
    }

    @Test
    void eachMarkerIsReportedAtItsOwnLineAndColumn() {
        assertThat(fs110(PARSER.parse(SPEC)))
                .containsExactly(
                        "7:26-7:64 /userStories/0/description",
                        "8:19-8:52 /userStories/0/description",
                        "20:42-20:74 /functionalRequirements/0/text",
                        "20:78-20:107 /functionalRequirements/0/text",
                        "22:11-22:44 /functionalRequirements/1/text",
                        "40:10-40:46 /extraSections/1/markdown");
    }

    @Test
    void validateKeepsEveryMarkerOfOneTextLikeSpecValidator() {
        ParseResult result = PARSER.parse(SPEC);

        List<Diagnostic> direct = SpecValidator.create().validate(result.spec(), ReadyForPlanning.class).stream()
                .filter(d -> d.rule() == Rule.OPEN_CLARIFICATION)
                .toList();

        assertThat(direct).hasSize(6);
        assertThat(fs110(result)).hasSize(6);
    }

    @Test
    void theSourceMapLocatesEveryOpenMarker() {
        ParseResult result = PARSER.parse(SPEC);
        List<String> lines = SPEC.lines().toList();

        for (OpenClarification open : result.spec().openClarifications()) {
            SourceRange at = result.sourceMap()
                    .locate(open.pointer(), open.start(), open.end())
                    .orElseThrow();
            String line = lines.get(at.start().line() - 1);
            assertThat(line.substring(at.start().column() - 1, at.end().column() - 1))
                    .isEqualTo(open.marker());
        }
    }

    @Test
    void aDocumentWithoutMarkersKeepsItsSourceMapAsTheParserBuiltIt() {
        ParseResult result = PARSER.parse(
                "# Feature Specification: X\n\n## Requirements\n\n### Functional Requirements\n\n- **FR-001**: System MUST log.\n");

        assertThat(result.sourceMap().locate("/functionalRequirements/0/text", 0))
                .isEmpty();
        assertThat(result.sourceMap().find("/functionalRequirements/0")).isPresent();
    }

    @Test
    void aLazyContinuationLineIsLocatedToo() {
        // the second line of the edge case has no indentation; it still ends source line 6
        ParseResult result = PARSER.parse(
                "# Feature Specification: X\n\n### Edge Cases\n\n- first\nlazy [NEEDS CLARIFICATION: q]\n");

        assertThat(fs110(result)).containsExactly("6:6-6:30 /edgeCases/0");
    }

    @Test
    void realSpecMarkersInAnExtraSectionPointAtTheMarkerNotTheHeading() throws IOException {
        Path spec = Corpus.specOrSkip("30675137__Cinema_Bussiness_Center_Platform__specs_1-product-workspace_spec.md");
        List<String> lines = Files.readAllLines(spec);
        assertThat(lines.get(320)).isEqualTo("## 7. 假设与约束");

        assertThat(fs110(PARSER.parse(spec)))
                .containsExactly("324:3-324:34 /extraSections/10/markdown", "325:3-325:32 /extraSections/10/markdown");
        assertThat(lines.get(323)).startsWith("- [NEEDS CLARIFICATION: 商品状态流转策略]");
    }

    @Test
    void realSpecChecklistsAndTemplateGuidanceAreNoOpenQuestions() throws IOException {
        // "- [ ] No [NEEDS CLARIFICATION] markers remain", "Use [NEEDS CLARIFICATION: specific question] for …"
        Path spec = Corpus.specOrSkip(
                "mduddyaiprojects-coder__podcast-generator__specs_001-feature-podcast-generator_spec.md");

        assertThat(fs110(PARSER.parse(spec))).isEmpty();
    }

    @Test
    void everyFs110InTheCorpusStartsAtAMarker() throws IOException {
        int found = 0;
        for (Path spec : Corpus.specsOrSkip()) {
            ParseResult result = PARSER.parse(spec);
            List<String> lines =
                    Files.readString(spec).replace("\r\n", "\n").lines().toList();
            for (Diagnostic d : result.validate(SpecValidator.create(), ReadyForPlanning.class)) {
                if (d.rule() != Rule.OPEN_CLARIFICATION) {
                    continue;
                }
                SourceLocation start = d.range().orElseThrow().start();
                String line = lines.get(start.line() - 1).replace("\uFEFF", "");
                assertThat(line.substring(start.column() - 1))
                        .as("%s %s", spec.getFileName(), d)
                        .startsWith("[NEEDS CLARIFICATION");
                found++;
            }
        }
        // counted on the corpus of 2026-11: two in an extra section, one bare marker in an edge case
        assertThat(found).isEqualTo(3);
    }
}
