package dev.featurespec.parser.internal.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.featurespec.model.diagnostic.SourceRange;
import dev.featurespec.model.template.Languages;
import dev.featurespec.model.template.Profile;
import dev.featurespec.model.template.Profiles;
import dev.featurespec.model.template.TemplateSection;
import dev.featurespec.model.template.internal.Vocabulary;
import dev.featurespec.parser.internal.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

/** The outline of open sections: nesting by level, content, groups and the section-shape diagnostics. */
class OutlineTest {
    private static final Profile EXTENDED = Profiles.builtIn(Profile.EXTENDED);
    private static final String DOC = """
            ## Requirements
            ### Functional Requirements
            #### Payments
            ## Success Criteria
            ### Key Entities
            ### Functional Requirements
            """;

    private final AssemblyContext ctx =
            new AssemblyContext(new SourceText(DOC), new Vocabulary(Languages.builtIn(), null));
    private final Outline outline = new Outline(ctx);
    private final List<Heading> headings = headings();

    private static List<Heading> headings() {
        List<Heading> out = new ArrayList<>();
        Node doc = Parser.builder()
                .includeSourceSpans(IncludeSourceSpans.BLOCKS)
                .build()
                .parse(DOC);
        for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
            out.add((Heading) n);
        }
        return out;
    }

    private List<String> messages() {
        return ctx.diagnostics().stream()
                .map(d -> d.toString() + " at " + d.pointer())
                .toList();
    }

    /** Opens the section of heading {@code index} (0-based) of {@link #DOC}. */
    private Outline.Entry open(TemplateSection section, int index) {
        Heading h = headings.get(index);
        return outline.openSection(section, h, ctx.blocks().headingText(h), EXTENDED);
    }

    @Test
    void aSectionClosedWithoutContentIsReported() {
        open(TemplateSection.REQUIREMENTS, 0);
        outline.close(2);
        assertThat(messages())
                .containsExactly("1:1: warning: Section 'Requirements' has no content [FS006] at /requirements");
        assertThat(outline.current()).isNull();
    }

    @Test
    void contentCountsForTheEntriesOpenWhenItCame() {
        open(TemplateSection.REQUIREMENTS, 0);
        outline.markContent();
        open(TemplateSection.FUNCTIONAL_REQUIREMENTS, 1);
        outline.close(0);
        assertThat(messages())
                .containsExactly("2:1: warning: Section 'Functional Requirements' has no content [FS006]"
                        + " at /functionalRequirements");
    }

    @Test
    void aHeadingStandsUnderTheInnermostShallowerEntry() {
        Outline.Entry requirements = open(TemplateSection.REQUIREMENTS, 0);
        Outline.Entry functional = open(TemplateSection.FUNCTIONAL_REQUIREMENTS, 1);
        assertThat(outline.above(4)).isSameAs(functional);
        assertThat(outline.above(3)).isSameAs(requirements);
        assertThat(outline.above(2)).isNull();
        assertThat(outline.current()).isSameAs(functional);
        assertThat(requirements.holdsRequirements()).isTrue();
    }

    @Test
    void aGroupNamesTheAttributesOfWhatStandsUnderIt() {
        open(TemplateSection.FUNCTIONAL_REQUIREMENTS, 1);
        Outline.Entry group = outline.openGroup(TemplateSection.FUNCTIONAL_REQUIREMENTS, headings.get(2), "Payments");
        assertThat(group.kind()).isEqualTo(Outline.Kind.GROUP);
        assertThat(group.holdsRequirements()).isTrue();
        assertThat(group.withGroup(Map.of("Owner", "Ana")))
                .containsExactly(Map.entry("group", "Payments"), Map.entry("Owner", "Ana"));
        assertThat(group.withGroup(Map.of("group", "Own"))).containsExactly(Map.entry("group", "Own"));
        outline.close(0);
        // a group is never reported empty; its section is, as nothing marked content
        assertThat(messages())
                .containsExactly("2:1: warning: Section 'Functional Requirements' has no content [FS006]"
                        + " at /functionalRequirements");
    }

    @Test
    void aRequirementHeadingHoldsNoRequirementsOfItsOwn() {
        Outline.Entry heading = outline.openRequirementHeading(headings.get(2));
        assertThat(heading.section()).isEqualTo(TemplateSection.FUNCTIONAL_REQUIREMENTS);
        assertThat(heading.holdsRequirements()).isFalse();
    }

    @Test
    void sectionsOutOfPlaceTwiceAndMissingAreReported() {
        open(TemplateSection.REQUIREMENTS, 0);
        open(TemplateSection.FUNCTIONAL_REQUIREMENTS, 1);
        outline.markContent();
        outline.close(2);
        open(TemplateSection.SUCCESS_CRITERIA, 3);
        open(TemplateSection.KEY_ENTITIES, 4);
        outline.markContent();
        outline.close(3);
        Heading again = headings.get(5);
        assertThat(outline.repeated(TemplateSection.SUCCESS_CRITERIA, again, "Success Criteria"))
                .isTrue();
        assertThat(outline.repeated(TemplateSection.FUNCTIONAL_REQUIREMENTS, again, "Functional Requirements"))
                .isTrue();
        assertThat(outline.repeated(TemplateSection.ASSUMPTIONS, again, "Assumptions"))
                .isFalse();
        open(TemplateSection.FUNCTIONAL_REQUIREMENTS, 5);
        outline.markContent();
        outline.close(0);
        // a missing section is placed at its parent's heading, else at the fallback (the title)
        outline.checkMandatory(EXTENDED, null, SourceRange.of(7, 1, 7, 1));
        assertThat(messages())
                .containsExactly(
                        "5:1: warning: Section 'Key Entities' belongs under 'Requirements', not under 'Success"
                                + " Criteria' [FS004] at /keyEntities",
                        "6:1: warning: Section 'Success Criteria' appears twice (first at line 4); this copy is"
                                + " kept as an extra section [FS005] at /successCriteria",
                        "6:1: warning: Section 'Functional Requirements' appears twice (first at line 2); this copy"
                                + " is kept as an extra section [FS005] at /functionalRequirements",
                        "6:1: warning: Section 'Functional Requirements' belongs under 'Requirements', not under"
                                + " 'Success Criteria' [FS004] at /functionalRequirements",
                        "7:1: error: Mandatory section 'User Scenarios & Testing' is missing (profile extended)"
                                + " [FS003] at /userScenarios",
                        "1:1: error: Mandatory section 'API Contract & Compatibility' is missing (profile extended)"
                                + " [FS003] at /apiContract",
                        "1:1: error: Mandatory section 'Configuration Source of Truth Impact' is missing (profile"
                                + " extended) [FS003] at /configurationImpact",
                        "1:1: error: Mandatory section 'Security & Secrets Impact' is missing (profile extended)"
                                + " [FS003] at /securityImpact",
                        "1:1: error: Mandatory section 'Observability & Operations' is missing (profile extended)"
                                + " [FS003] at /observability");
    }
}
