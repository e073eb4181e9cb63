package dev.featurespec.parser.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.featurespec.model.template.Language;
import dev.featurespec.model.template.Languages;
import dev.featurespec.model.template.Term;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LanguagesTest {
    @Test
    void builtInLanguagesAreListedEnglishFirst() {
        assertThat(Languages.builtIn())
                .extracting(Language::code)
                .containsExactly(
                        "en", "ja", "zh", "ko", "pt", "es", "fr", "ru", "de", "zh-TW", "it", "vi", "tr", "pl", "id",
                        "nl");
    }

    @Test
    void englishHasAWordForEveryTermButTheModalVerbs() {
        Language en = Languages.english();
        Arrays.stream(Term.values())
                .filter(t -> t.kind() != Term.Kind.MODAL)
                .forEach(t -> assertThat(en.words(t)).as(t.key()).isNotEmpty());
        Arrays.stream(Term.values())
                .filter(t -> t.kind() == Term.Kind.MODAL)
                .forEach(t -> assertThat(en.words(t)).as(t.key()).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"ja", "zh", "ko", "pt", "es", "fr", "ru", "de", "zh-TW", "it", "vi", "tr", "pl", "id", "nl"})
    void everyLanguageTranslatesEveryEnglishTerm(String code) {
        Language lang = Languages.forCode(code).orElseThrow();
        Arrays.stream(Term.values())
                .filter(t -> t.kind() != Term.Kind.MODAL)
                .forEach(t ->
                        assertThat(lang.words(t)).as("%s %s", code, t.key()).isNotEmpty());
        assertThat(lang.words(Term.MODAL_MUST)).as("%s modal.must", code).isNotEmpty();
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
                modal:
                  must: [MOET]
                """);
        Language nl = TemplateFiles.loadLanguage(file);
        assertThat(nl.code()).isEqualTo("nl");
        assertThat(nl.words(Term.TITLE)).containsExactly("Functionele specificatie");
        assertThat(nl.words(Term.HEADING_REQUIREMENTS)).containsExactly("Eisen");
        assertThat(nl.words(Term.MODAL_MUST)).isEqualTo(List.of("MOET"));
        assertThat(nl.words(Term.REQUIREMENT_PREFIX)).isEmpty();
        assertThat(nl.canonical(Term.REQUIREMENT_PREFIX)).isEqualTo("FR");
    }

    @Test
    void aLanguageFileWithAnUnknownTermIsRefused(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("nl.yaml");
        Files.writeString(file, "code: nl\nheadings:\n  requirement: [Eisen]\n");
        assertThatThrownBy(() -> TemplateFiles.loadLanguage(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(file + ": unknown key 'headings.requirement'");
    }
}
