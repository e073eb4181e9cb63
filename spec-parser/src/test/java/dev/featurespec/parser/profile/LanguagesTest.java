package dev.featurespec.parser.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LanguagesTest {
    @Test
    void builtInLanguagesAreListedEnglishFirst() {
        assertThat(Languages.builtIn())
                .extracting(Language::code)
                .containsExactly("en", "ja", "zh", "ko", "pt", "es", "fr", "ru", "de");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ja", "zh", "ko", "pt", "es", "fr", "ru", "de"})
    void everyLanguageTranslatesEveryEnglishKey(String code) {
        Language en = Languages.english();
        Language lang = Languages.forCode(code).orElseThrow();
        assertThat(lang.title()).isNotEmpty();
        for (var group : Map.of(
                        "headings", Map.entry(en.headings(), lang.headings()),
                        "story", Map.entry(en.story(), lang.story()),
                        "labels", Map.entry(en.labels(), lang.labels()),
                        "metadata", Map.entry(en.metadata(), lang.metadata()),
                        "keywords", Map.entry(en.keywords(), lang.keywords()),
                        "clarifications", Map.entry(en.clarifications(), lang.clarifications()),
                        "ids", Map.entry(en.ids(), lang.ids()))
                .entrySet()) {
            assertThat(group.getValue().getValue().keySet())
                    .as("%s %s", code, group.getKey())
                    .containsAll(group.getValue().getKey().keySet());
        }
    }

    @Test
    void loadsALanguageFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("nl.yaml");
        Files.writeString(file, """
                code: nl
                name: Dutch
                title: [Functionele specificatie]
                headings:
                  requirements: [Eisen]
                """);
        Language nl = Languages.load(file);
        assertThat(nl.heading("requirements", "?")).isEqualTo("Eisen");
        assertThat(nl.ids()).isEmpty();
    }
}
