package dev.featurespec.parser.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.featurespec.model.Section;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfilesTest {
    @Test
    void extendedAddsFourMandatorySectionsToSpeckit() {
        var speckit = Profiles.builtIn("speckit").mandatoryKeys();
        var extended = Profiles.builtIn("extended").mandatoryKeys();
        assertThat(speckit)
                .containsExactly("userScenarios", "requirements", "functionalRequirements", "successCriteria");
        assertThat(extended)
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
    void everyModelSectionHasAnEnglishHeading() {
        Language en = Languages.english();
        Arrays.stream(Section.values())
                .filter(s -> s != Section.METADATA && s != Section.USER_STORIES)
                .forEach(s -> assertThat(en.headings(s.key())).as(s.key()).isNotEmpty());
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
        assertThatThrownBy(() -> Profiles.load(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(file + ": Unrecognized property \"sectons\"")
                .hasMessageEndingWith("(at dev.featurespec.parser.profile.Profile[\"sectons\"])");
    }

    @Test
    void userProfileFileLoads(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("mine.yaml");
        Files.writeString(file, """
                name: mine
                sections:
                  - {key: userScenarios, level: 2, mandatory: true}
                headings:
                  userScenarios: [Journeys]
                """);
        Profile p = Profiles.load(file);
        assertThat(p.mandatoryKeys()).containsExactly("userScenarios");
        assertThat(p.headings()).containsEntry("userScenarios", java.util.List.of("Journeys"));
    }
}
