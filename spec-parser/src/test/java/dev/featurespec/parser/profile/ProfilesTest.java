package dev.featurespec.parser.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.featurespec.model.Section;
import dev.featurespec.model.template.Languages;
import dev.featurespec.model.template.Marker;
import dev.featurespec.model.template.Profile;
import dev.featurespec.model.template.Profiles;
import dev.featurespec.model.template.TemplateSection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfilesTest {
    @Test
    void extendedAddsFourMandatorySectionsToSpeckit() {
        assertThat(Profiles.builtIn("speckit").mandatorySections())
                .extracting(TemplateSection::key)
                .containsExactly("userScenarios", "requirements", "functionalRequirements", "successCriteria");
        assertThat(Profiles.builtIn("extended").mandatorySections())
                .extracting(TemplateSection::key)
                .containsExactly(
                        "userScenarios",
                        "requirements",
                        "functionalRequirements",
                        "apiContract",
                        "configurationImpact",
                        "securityImpact",
                        "observability",
                        "successCriteria");
    }

    @Test
    void builtInSectionsSitWhereTheTemplatePutsThem() {
        var entities = Profiles.builtIn("extended")
                .section(TemplateSection.KEY_ENTITIES)
                .orElseThrow();
        assertThat(entities.level()).isEqualTo(3);
        assertThat(entities.parent()).contains(TemplateSection.REQUIREMENTS);
        assertThat(entities.mandatory()).isFalse();
        assertThat(entities.marker()).contains(Marker.INCLUDE_IF_DATA);
    }

    @Test
    void everyModelSectionHasAnEnglishHeading() {
        Arrays.stream(Section.values())
                .filter(s -> s != Section.METADATA && s != Section.USER_STORIES)
                .forEach(s -> assertThat(TemplateSection.forKey(s.key())
                                .map(TemplateSection::heading)
                                .flatMap(Languages.english()::first))
                        .as(s.key())
                        .isPresent());
    }

    @Test
    void unknownBuiltInProfileIsRefusedByName() {
        assertThatThrownBy(() -> Profiles.builtIn("nope"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown profile 'nope' (built in: speckit, extended)");
    }

    @Test
    void userProfileFileWithUnknownPropertyIsRefusedWithItsLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("mine.yaml");
        Files.writeString(file, "name: mine\nsections: []\nsectons: []\n");
        assertThatThrownBy(() -> TemplateFiles.loadProfile(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        file + ": unknown key 'sectons' (line 3, column 10; known keys: description, headings, name,"
                                + " sections)");
    }

    @Test
    void userProfileFileWithUnknownSectionIsRefusedWithItsLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("mine.yaml");
        Files.writeString(file, "name: mine\nsections:\n  - {key: userScenario, mandatory: true}\n");
        assertThatThrownBy(() -> TemplateFiles.loadProfile(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(file + ": unknown section 'userScenario' (line 3, column 11)");
    }

    @Test
    void userProfileFileThatIsNotYamlIsRefusedWithItsPosition(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("mine.yaml");
        Files.writeString(file, "name: [mine\n");
        assertThatThrownBy(() -> TemplateFiles.loadProfile(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(file + ": while parsing a flow sequence: expected ',' or ']', but got <stream end>"
                        + " (line 1, column 12)");
    }

    @Test
    void userProfileFileLoads(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("mine.yaml");
        Files.writeString(file, """
                name: mine
                sections:
                  - {key: userScenarios, level: 2, mandatory: true}
                  - {key: keyEntities, level: 4, parent: userScenarios, mandatory: false, marker: optional}
                headings:
                  userScenarios: [Journeys]
                """);
        Profile p = TemplateFiles.loadProfile(file);
        assertThat(p.name()).isEqualTo("mine");
        assertThat(p.mandatorySections()).containsExactly(TemplateSection.USER_SCENARIOS);
        assertThat(p.section(TemplateSection.KEY_ENTITIES).orElseThrow().level())
                .isEqualTo(4);
        assertThat(p.section(TemplateSection.KEY_ENTITIES).orElseThrow().parent())
                .contains(TemplateSection.USER_SCENARIOS);
        assertThat(p.section(TemplateSection.KEY_ENTITIES).orElseThrow().marker())
                .isEqualTo(Optional.of(Marker.OPTIONAL));
        assertThat(p.headings()).containsEntry(TemplateSection.USER_SCENARIOS, List.of("Journeys"));
    }

    @Test
    void resolveTakesABuiltInNameOrAFile(@TempDir Path dir) throws Exception {
        assertThat(TemplateFiles.resolveProfile("speckit")).isSameAs(Profiles.builtIn("speckit"));
        assertThatThrownBy(() ->
                        TemplateFiles.resolveProfile(dir.resolve("none.yaml").toString()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a built-in profile (speckit, extended) and not a file");
    }
}
