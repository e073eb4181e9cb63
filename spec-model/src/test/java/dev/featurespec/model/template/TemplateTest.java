package dev.featurespec.model.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.featurespec.model.FeatureSpec;
import dev.featurespec.model.ImpactSection;
import dev.featurespec.model.Section;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemplateTest {
    @Test
    void everySectionKeyAndHeadingTermLeadsBackToItsSection() {
        for (TemplateSection s : TemplateSection.values()) {
            assertThat(TemplateSection.forKey(s.key())).contains(s);
            assertThat(TemplateSection.forHeading(s.heading())).contains(s);
            assertThat(s.heading().kind()).isEqualTo(Term.Kind.HEADING);
            assertThat(s.heading().shortKey()).isEqualTo(s.key());
        }
        assertThat(TemplateSection.forKey("session")).isEmpty();
        assertThat(TemplateSection.forHeading(Term.HEADING_SESSION)).isEmpty();
    }

    @Test
    void levelsAndParentsAreTheTemplates() {
        assertThat(TemplateSection.REQUIREMENTS.level()).isEqualTo(2);
        assertThat(TemplateSection.API_CONTRACT.level()).isEqualTo(3);
        assertThat(TemplateSection.API_CONTRACT.parent()).contains(TemplateSection.REQUIREMENTS);
        assertThat(TemplateSection.MEASURABLE_OUTCOMES.anchor()).isEqualTo(Section.SUCCESS_CRITERIA);
        assertThat(TemplateSection.extendedSections())
                .containsExactly(
                        TemplateSection.API_CONTRACT,
                        TemplateSection.CONFIGURATION_IMPACT,
                        TemplateSection.SECURITY_IMPACT,
                        TemplateSection.OBSERVABILITY);
        assertThat(Arrays.stream(TemplateSection.values()).filter(TemplateSection::extended))
                .containsExactlyElementsOf(TemplateSection.extendedSections());
    }

    @Test
    void anEmptyExtendedSectionIsPresentButNotFilled() {
        FeatureSpec spec = FeatureSpec.builder("x")
                .securityImpact(new ImpactSection(List.of()))
                .build();
        assertThat(TemplateSection.SECURITY_IMPACT.presentIn(spec)).isTrue();
        assertThat(TemplateSection.SECURITY_IMPACT.filledIn(spec)).isFalse();
        assertThat(spec.hasExtendedSections()).isTrue();
        assertThat(Profiles.forSpec(spec).name()).isEqualTo(Profile.EXTENDED);
        assertThat(Profiles.forSpec(FeatureSpec.builder("x").build()).name()).isEqualTo(Profile.SPECKIT);
    }

    @Test
    void contentNamesAreWhatMessagesCallAnEmptySection() {
        assertThat(TemplateSection.USER_SCENARIOS.contentProperty()).contains("userStories");
        assertThat(TemplateSection.USER_SCENARIOS.contentName()).isEqualTo("user stories");
        assertThat(TemplateSection.API_CONTRACT.contentName()).isEqualTo("API Contract & Compatibility");
        assertThat(TemplateSection.REQUIREMENTS.contentProperty()).isEmpty();
        assertThat(TemplateSection.KEY_ENTITIES.contentProperty()).isEmpty();
    }

    @Test
    void guidanceCommentsAreTheTemplatesHtmlComments() {
        assertThat(TemplateSection.USER_SCENARIOS.guidance().orElseThrow())
                .startsWith("<!--\n  IMPORTANT: User stories should be PRIORITIZED")
                .endsWith("-->");
        assertThat(TemplateSection.ASSUMPTIONS.guidance()).isEmpty();
    }

    @Test
    void canonicalWordsFallBackToEnglish() {
        Language nl =
                Language.builder("nl").words(Term.HEADING_REQUIREMENTS, "Eisen").build();
        assertThat(nl.name()).isEqualTo("nl");
        assertThat(nl.canonical(Term.HEADING_REQUIREMENTS)).isEqualTo("Eisen");
        assertThat(nl.canonical(Term.HEADING_EDGE_CASES)).isEqualTo("Edge Cases");
        assertThatThrownBy(() -> nl.canonical(Term.MODAL_MUST))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("English has no word for modal.must");
    }

    @Test
    void builtInProfilesPlaceKeyEntitiesUnderRequirementsWithItsMarker() {
        ProfileSection entities = Profiles.builtIn(Profile.SPECKIT)
                .section(TemplateSection.KEY_ENTITIES)
                .orElseThrow();
        assertThat(entities.level()).isEqualTo(3);
        assertThat(entities.parent()).contains(TemplateSection.REQUIREMENTS);
        assertThat(entities.marker()).contains(Marker.INCLUDE_IF_DATA);
        assertThat(Profiles.builtIn(Profile.SPECKIT).section(TemplateSection.API_CONTRACT))
                .isEmpty();
        assertThat(Profiles.builtIn(Profile.EXTENDED).level(TemplateSection.API_CONTRACT))
                .isEqualTo(3);
    }
}
