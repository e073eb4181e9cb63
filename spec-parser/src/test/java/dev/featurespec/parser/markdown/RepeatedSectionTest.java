package dev.featurespec.parser.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.featurespec.model.ExtraSection;
import dev.featurespec.model.FeatureSpec;
import dev.featurespec.model.Requirement;
import dev.featurespec.model.Section;
import dev.featurespec.model.diagnostic.SourceDocument;
import dev.featurespec.model.diagnostic.SourceRange;
import dev.featurespec.model.template.TemplateSection;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A section given twice (a leftover template beside the filled-in spec): the model is read from the first
 * copy, whose lines are the section's extent, and the second copy, with every heading under it, is kept
 * as an extra section, reported once (FS005).
 */
class RepeatedSectionTest {
    private static final MarkdownSpecParser PARSER = MarkdownSpecParser.create();

    private static final String TEXT = """
            # Feature Specification: Cache

            ## User Scenarios & Testing

            ### User Story 1 - Cached reads (Priority: P1)

            Repeated reads come from the cache.

            ### Edge Cases

            - The cache is full.

            ## Requirements

            ### Functional Requirements

            - **FR-001**: System MUST cache reads.

            ## User Scenarios & Testing *(mandatory)*

            ### User Story 1 - [Brief Title] (Priority: P1)

            [Describe this user journey]

            ### Edge Cases

            - What happens when [boundary condition]?

            ## Requirements *(mandatory)*

            ### Functional Requirements

            - **FR-001**: System MUST [specific capability]

            ## Notes

            - Leftover template below.
            """;

    @Test
    void theModelHoldsTheFirstCopyOnly() {
        FeatureSpec spec = PARSER.parse(TEXT).spec();

        assertThat(spec.userStories())
                .singleElement()
                .satisfies(s -> assertThat(s.title()).isEqualTo("Cached reads"));
        assertThat(spec.edgeCases()).containsExactly("The cache is full.");
        assertThat(spec.functionalRequirements()).containsExactly(Requirement.of("FR-001", "System MUST cache reads."));
    }

    @Test
    void theSecondCopyIsKeptAsExtraSectionsWithEverythingUnderThem() {
        List<ExtraSection> extras = PARSER.parse(TEXT).spec().extraSections();

        assertThat(extras)
                .containsExactly(
                        new ExtraSection(
                                Optional.of("User Scenarios & Testing *(mandatory)*"),
                                2,
                                """
                                ### User Story 1 - [Brief Title] (Priority: P1)

                                [Describe this user journey]

                                ### Edge Cases

                                - What happens when [boundary condition]?""",
                                Section.FUNCTIONAL_REQUIREMENTS),
                        new ExtraSection(
                                Optional.of("Requirements *(mandatory)*"), 2, """
                                ### Functional Requirements

                                - **FR-001**: System MUST [specific capability]""", Section.FUNCTIONAL_REQUIREMENTS),
                        new ExtraSection(
                                Optional.of("Notes"),
                                2,
                                "- Leftover template below.",
                                Section.FUNCTIONAL_REQUIREMENTS));
    }

    @Test
    void eachRepeatedSectionIsReportedOnceAndItsCopyNoFurther() {
        assertThat(PARSER.parse(TEXT).diagnostics().stream()
                        .filter(d ->
                                d.rule().id().equals("FS005") || d.rule().id().equals("FS012"))
                        .map(Object::toString))
                .containsExactly(
                        "19:1: warning: Section 'User Scenarios & Testing *(mandatory)*' appears twice (first at line"
                                + " 3); this copy is kept as an extra section [FS005]",
                        "29:1: warning: Section 'Requirements *(mandatory)*' appears twice (first at line 13); this"
                                + " copy is kept as an extra section [FS005]");
    }

    @Test
    void theSectionsExtentIsTheCopyTheModelWasReadFrom() {
        SourceDocument doc = PARSER.parse(TEXT).document().orElseThrow();

        assertThat(doc.extents().get(SourceDocument.sectionKey(TemplateSection.REQUIREMENTS)))
                .contains(SourceRange.of(13, 1, 17, 39));
        assertThat(doc.extents().get(SourceDocument.sectionKey(TemplateSection.EDGE_CASES)))
                .contains(SourceRange.of(9, 1, 11, 21));
    }

    @Test
    void aSubSectionGivenTwiceUnderOneParentKeepsItsSecondCopyAsText() {
        FeatureSpec spec = PARSER.parse("""
                ## Requirements

                ### Functional Requirements

                - **FR-001**: System MUST cache reads.

                ### Functional Requirements

                - **FR-002**: System MUST expire entries.
                """).spec();

        assertThat(spec.functionalRequirements())
                .extracting(r -> r.id().orElseThrow())
                .containsExactly("FR-001");
        assertThat(spec.extraSections())
                .containsExactly(new ExtraSection(
                        Optional.of("Functional Requirements"),
                        3,
                        "- **FR-002**: System MUST expire entries.",
                        Section.FUNCTIONAL_REQUIREMENTS));
    }
}
