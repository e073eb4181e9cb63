package dev.featurespec.parser.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.featurespec.model.FeatureSpec;
import dev.featurespec.model.Metadata;
import dev.featurespec.parser.ParseResult;
import org.junit.jupiter.api.Test;

class YamlSpecReaderTest {
    private static final YamlSpecReader YAML = YamlSpecReader.create();

    @Test
    void readsAValidDocument() {
        ParseResult result = YAML.parse("""
                formatVersion: 1
                title: Checkout
                metadata:
                  featureBranch: 042-checkout
                assumptions:
                  - |-
                    first line

                    - a bullet
                """);
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.spec())
                .isEqualTo(FeatureSpec.builder("Checkout")
                        .metadata(
                                Metadata.builder().featureBranch("042-checkout").build())
                        .addAssumption("first line\n\n- a bullet")
                        .build());
    }

    @Test
    void plainScalarsThatLookLikeNumbersOrBooleansAreKeptAsWrittenWhereTextIsExpected() {
        ParseResult result = YAML.parse("""
                title: 1.0
                metadata:
                  created: 2026-02-03
                  status: true
                  other:
                    Version: 0x1F
                edgeCases: [12, no, 1e3]
                """);
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.spec().title()).isEqualTo("1.0");
        assertThat(result.spec().metadata().created()).contains("2026-02-03");
        assertThat(result.spec().metadata().status()).contains("true");
        assertThat(result.spec().metadata().other()).containsEntry("Version", "0x1F");
        assertThat(result.spec().edgeCases()).containsExactly("12", "no", "1e3");
    }

    @Test
    void unknownPropertyHasYamlPosition() {
        ParseResult result = YAML.parse("""
                title: T
                userStories:
                  - number: 1
                    titel: a
                    title: b
                """);
        assertThat(Diagnostics.of(result))
                .containsExactly(
                        "FS053 4:5 /userStories/0/titel unknown property \"titel\" in UserStory (did you mean \"title\"?)");
    }

    @Test
    void wrongTypeIsFs054() {
        assertThat(Diagnostics.of(
                        YAML.parse("title: T\nedgeCases: just one\nuserStories:\n  - number: one\n    title: x\n")))
                .containsExactly(
                        "FS054 2:12 /edgeCases FeatureSpec.edgeCases must be an array, was string \"just one\"",
                        "FS054 4:13 /userStories/0/number UserStory.number must be an integer, was string \"one\"");
    }

    @Test
    void duplicateKeyIsFs055() {
        assertThat(Diagnostics.of(YAML.parse("title: a\nedgeCases: []\ntitle: b\n")))
                .containsExactly("FS055 3:1 /title duplicate key \"title\" (first at line 1, column 1)");
    }

    @Test
    void aliasIsRefusedAsFs056() {
        assertThat(Diagnostics.of(YAML.parse("title: &t Checkout\nassumptions:\n  - *t\n")))
                .containsExactly(
                        "FS056 3:5 /assumptions/0 YAML alias *t is not allowed (aliases are refused so that alias"
                                + " bombs cannot expand)");
    }

    @Test
    void secondDocumentIsFs052() {
        assertThat(Diagnostics.of(YAML.parse("title: a\n---\ntitle: b\n")))
                .containsExactly("FS052 3:1 \"\" more than one YAML document; a spec is one document");
    }

    @Test
    void syntaxErrorIsFs052WithTheProblemPosition() {
        assertThat(Diagnostics.of(YAML.parse("title: T\nedgeCases: [a, b\nassumptions: []\n")))
                .containsExactly("FS052 3:12 \"\" while parsing a flow sequence; expected ',' or ']', but got :");
    }

    @Test
    void formatVersionTwoIsFs057() {
        assertThat(Diagnostics.of(YAML.parse("formatVersion: 2\ntitle: T\n")))
                .containsExactly(
                        "FS057 1:16 /formatVersion formatVersion 2 is not supported; this version reads formatVersion 1");
    }

    @Test
    void emptyValueForRequiredTextIsFs058() {
        assertThat(Diagnostics.of(YAML.parse("title: T\nfunctionalRequirements:\n  - id: FR-001\n    text:\n")))
                .containsExactly("FS058 4:10 /functionalRequirements/0/text Requirement.text must not be null");
    }
}
