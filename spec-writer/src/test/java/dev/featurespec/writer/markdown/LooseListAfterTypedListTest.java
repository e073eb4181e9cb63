package dev.featurespec.writer.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.featurespec.model.ExtraSection;
import dev.featurespec.model.FeatureSpec;
import dev.featurespec.model.Requirement;
import dev.featurespec.model.Section;
import dev.featurespec.parser.markdown.MarkdownSpecParser;
import org.junit.jupiter.api.Test;

/**
 * Loose content that opens with a list is written right after the typed list of its section; the two
 * must stay two lists, or the loose items read back as typed ones.
 */
class LooseListAfterTypedListTest {
    private static final MarkdownSpecWriter WRITER =
            MarkdownSpecWriter.builder().build();
    private static final MarkdownSpecParser PARSER =
            MarkdownSpecParser.builder().build();

    @Test
    void typedListSwitchesToAsteriskBeforeALooseDashList() {
        FeatureSpec spec = FeatureSpec.builder("Lists")
                .addFunctionalRequirement(Requirement.of("FR-001", "System MUST export reports."))
                .addExtraSection(ExtraSection.loose("- detail one\n- detail two", Section.FUNCTIONAL_REQUIREMENTS))
                .build();

        String md = WRITER.write(spec);

        assertThat(md).contains("* **FR-001**: System MUST export reports.\n\n- detail one\n- detail two\n");
        assertThat(PARSER.parse(md).spec()).isEqualTo(spec);
    }

    @Test
    void typedListKeepsDashBeforeLooseProse() {
        FeatureSpec spec = FeatureSpec.builder("Prose")
                .addFunctionalRequirement(Requirement.of("FR-001", "System MUST export reports."))
                .addExtraSection(ExtraSection.loose("Exports run nightly.", Section.FUNCTIONAL_REQUIREMENTS))
                .build();

        String md = WRITER.write(spec);

        assertThat(md).contains("- **FR-001**: System MUST export reports.\n\nExports run nightly.\n");
        assertThat(PARSER.parse(md).spec()).isEqualTo(spec);
    }
}
