package dev.featurespec.parser.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.featurespec.model.FeatureSpec;
import dev.featurespec.model.Priority;
import dev.featurespec.model.Requirement;
import dev.featurespec.model.diagnostic.SourceRange;
import dev.featurespec.model.validation.SpecValidator;
import dev.featurespec.parser.ParseResult;
import dev.featurespec.parser.SpecParseException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonSpecReaderTest {
    private static final JsonSpecReader JSON = JsonSpecReader.create();

    @Test
    void readsAValidDocumentWithoutDiagnostics() {
        ParseResult result = JSON.parse("""
                {
                  "formatVersion": 1,
                  "title": "Checkout",
                  "userStories": [ { "number": 1, "title": "Pay", "priority": "P1" } ],
                  "functionalRequirements": [ { "id": "FR-001", "text": "System MUST pay." } ]
                }
                """);
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.spec())
                .isEqualTo(FeatureSpec.builder("Checkout")
                        .addUserStory(dev.featurespec.model.UserStory.builder(1, "Pay")
                                .priority(Priority.P1)
                                .build())
                        .addFunctionalRequirement(Requirement.of("FR-001", "System MUST pay."))
                        .build());
    }

    @Test
    void sourceMapHasARangeForEveryValue() {
        ParseResult result = JSON.parse("""
                {
                  "title": "Checkout",
                  "functionalRequirements": [
                    { "id": "FR-001", "text": "System MUST pay." }
                  ]
                }
                """);
        assertThat(result.sourceMap().get("")).contains(SourceRange.of(1, 1, 6, 2));
        assertThat(result.sourceMap().get("/title")).contains(SourceRange.of(2, 12, 2, 22));
        assertThat(result.sourceMap().get("/functionalRequirements/0")).contains(SourceRange.of(4, 5, 4, 51));
        assertThat(result.sourceMap().get("/functionalRequirements/0/text")).contains(SourceRange.of(4, 31, 4, 49));
    }

    @Test
    void missingFormatVersionIsReadAsVersionOne() {
        assertThat(JSON.parse("{\"title\": \"T\"}").diagnostics()).isEmpty();
    }

    @Test
    void derivedPropertiesAreAcceptedAndIgnored() {
        ParseResult result = JSON.parse("""
                {"formatVersion": 1, "title": "T",
                 "functionalRequirements": [{"text": "x", "level": "MAY", "clarificationsNeeded": ["q"]}],
                 "apiContract": {"statements": [], "endpoints": ["GET /"], "statusCodes": [200], "changes": []},
                 "observability": {"statements": [], "taskStates": ["done"]}}
                """);
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.spec().functionalRequirements().get(0).level()).isEmpty();
        assertThat(result.spec().apiContract().orElseThrow().endpoints()).isEmpty();
    }

    @Test
    void syntaxErrorIsFs052WithPosition() {
        ParseResult result = JSON.parse("{\n  \"title\": tru\n}");
        assertThat(Diagnostics.of(result))
                .containsExactly("FS052 2:12 \"\" Unrecognized token 'tru': was expecting (JSON String, Number, Array,"
                        + " Object or token 'null', 'true' or 'false')");
        assertThat(result.spec()).isEqualTo(FeatureSpec.builder("").build());
    }

    @Test
    void truncatedDocumentIsFs052() {
        assertThat(Diagnostics.of(JSON.parse("{\"title\": \"x\" ")))
                .containsExactly("FS052 1:15 \"\" Unexpected end-of-input: expected close marker for Object");
    }

    @Test
    void contentAfterTheDocumentIsFs052() {
        assertThat(Diagnostics.of(JSON.parse("{\"title\": \"x\"} {}")))
                .containsExactly("FS052 1:16 \"\" unexpected content after the JSON value");
    }

    @Test
    void emptyInputIsFs052() {
        assertThat(Diagnostics.of(JSON.parse("  \n"))).containsExactly("FS052 - \"\" the document is empty");
    }

    @Test
    void everyUnknownPropertyIsReportedWithItsPointer() {
        ParseResult result = JSON.parse("""
                {
                  "title": "T",
                  "userStories": [
                    { "number": 1, "titel": "a", "title": "b" }
                  ],
                  "metadata": { "branch": "x" },
                  "extras": []
                }
                """);
        assertThat(Diagnostics.of(result))
                .containsExactly(
                        "FS053 4:20 /userStories/0/titel unknown property \"titel\" in UserStory (did you mean \"title\"?)",
                        "FS053 6:17 /metadata/branch unknown property \"branch\" in Metadata",
                        "FS053 7:3 /extras unknown property \"extras\" in FeatureSpec");
        assertThat(result.spec().userStories().get(0).title()).isEqualTo("b");
    }

    @Test
    void wrongTypeIsFs054AndOnlyTheBadValueIsDropped() {
        ParseResult result = JSON.parse("""
                {
                  "title": "T",
                  "edgeCases": ["fine", 1, true],
                  "language": 5,
                  "userStories": [ { "number": "one", "title": "dropped" }, { "number": 2, "title": "kept" } ]
                }
                """);
        assertThat(Diagnostics.of(result))
                .containsExactly(
                        "FS054 3:25 /edgeCases/1 FeatureSpec.edgeCases[1] must be a string, was number 1",
                        "FS054 3:28 /edgeCases/2 FeatureSpec.edgeCases[2] must be a string, was boolean true",
                        "FS054 4:15 /language FeatureSpec.language must be a string, was number 5",
                        "FS054 5:32 /userStories/0/number UserStory.number must be an integer, was string \"one\"");
        assertThat(result.spec().edgeCases()).containsExactly("fine");
        assertThat(result.spec().language()).isEmpty();
        assertThat(result.spec().userStories()).extracting(s -> s.title()).containsExactly("kept");
    }

    @Test
    void fractionForAnIntegerIsFs054() {
        assertThat(Diagnostics.of(
                        JSON.parse("{\"title\": \"T\", \"userStories\": [{\"number\": 1.5, \"title\": \"x\"}]}")))
                .containsExactly(
                        "FS054 1:43 /userStories/0/number UserStory.number must be an integer, was number 1.5");
    }

    @Test
    void documentThatIsNotAnObjectIsFs054() {
        assertThat(Diagnostics.of(JSON.parse("[1, 2]")))
                .containsExactly("FS054 1:1 \"\" the document must be an object, was an array");
    }

    @Test
    void duplicateKeyIsFs055NamingTheFirst() {
        ParseResult result = JSON.parse("""
                {
                  "title": "first",
                  "title": "second"
                }
                """);
        assertThat(Diagnostics.of(result))
                .containsExactly("FS055 3:3 /title duplicate key \"title\" (first at line 2, column 3)");
        assertThat(result.spec().title()).isEqualTo("first");
    }

    @Test
    void nestedDuplicateKeysAndUnknownPropertiesAreLocatedPastSkippedValues() {
        ParseResult result = JSON.parse("""
                {"title": "T", "userStories": [
                  {"number": 1, "title": "A", "notes": "n", "notes": ["skipped", {"x": 1}]},
                  {"number": 2, "title": "B", "title": "C", "titel": "D"}
                ], "metadata": {"status": "Draft", "status": {"a": [1]}, "branch": "b"}}
                """);
        assertThat(Diagnostics.of(result))
                .containsExactly(
                        "FS055 2:45 /userStories/0/notes duplicate key \"notes\" (first at line 2, column 31)",
                        "FS055 3:31 /userStories/1/title duplicate key \"title\" (first at line 3, column 17)",
                        "FS053 3:45 /userStories/1/titel unknown property \"titel\" in UserStory (did you mean \"title\"?)",
                        "FS055 4:36 /metadata/status duplicate key \"status\" (first at line 4, column 17)",
                        "FS053 4:58 /metadata/branch unknown property \"branch\" in Metadata");
    }

    @Test
    void formatVersionTwoIsFs057() {
        assertThat(Diagnostics.of(JSON.parse("{\"formatVersion\": 2, \"title\": \"T\"}")))
                .containsExactly(
                        "FS057 1:19 /formatVersion formatVersion 2 is not supported; this version reads formatVersion 1");
    }

    @Test
    void formatVersionThatIsNotANumberIsFs054() {
        assertThat(Diagnostics.of(JSON.parse("{\"formatVersion\": \"1\", \"title\": \"T\"}")))
                .containsExactly("FS054 1:19 /formatVersion formatVersion must be an integer, was string \"1\"");
    }

    @Test
    void nullTextIsFs058AndTheRequirementIsDropped() {
        ParseResult result = JSON.parse("""
                {"title": "T", "functionalRequirements": [
                  {"id": "FR-001", "text": null},
                  {"id": "FR-002", "text": "System MUST stay."}
                ]}
                """);
        assertThat(Diagnostics.of(result))
                .containsExactly("FS058 2:28 /functionalRequirements/0/text Requirement.text must not be null");
        assertThat(result.spec().functionalRequirements())
                .extracting(r -> r.id().orElseThrow())
                .containsExactly("FR-002");
    }

    @Test
    void missingRequiredPropertyIsFs058() {
        assertThat(Diagnostics.of(JSON.parse("{\"title\": \"T\", \"keyEntities\": [{\"name\": \"Job\"}]}")))
                .containsExactly("FS058 1:32 /keyEntities/0 KeyEntity is missing required property \"description\"");
    }

    @Test
    void missingTitleIsFs058AndReadAsEmpty() {
        ParseResult result = JSON.parse("{\"edgeCases\": [\"x\"]}");
        assertThat(Diagnostics.of(result))
                .containsExactly("FS058 1:1 \"\" FeatureSpec is missing required property \"title\"");
        assertThat(result.spec().title()).isEmpty();
        assertThat(result.spec().edgeCases()).containsExactly("x");
    }

    @Test
    void badPriorityIsFs058AndOnlyThePriorityIsDropped() {
        ParseResult result = JSON.parse(
                "{\"title\": \"T\", \"userStories\": [{\"number\": 1, \"title\": \"S\", \"priority\": \"X1\"}]}");
        assertThat(Diagnostics.of(result))
                .containsExactly(
                        "FS058 1:72 /userStories/0/priority UserStory.priority: not a priority (expected P0, P1, P2, …): 'X1'");
        assertThat(result.spec().userStories().get(0).priority()).isEmpty();
    }

    @Test
    void unknownSectionNameIsFs058ListingTheValidOnes() {
        assertThat(
                        Diagnostics.of(
                                JSON.parse(
                                        "{\"title\": \"T\", \"extraSections\": [{\"level\": 0, \"markdown\": \"m\", \"after\": \"intro\"}]}")))
                .containsExactly(
                        "FS058 1:73 /extraSections/0/after ExtraSection.after must be one of metadata, clarifications,"
                                + " userScenarios, userStories, edgeCases, requirements, functionalRequirements, apiContract,"
                                + " configurationImpact, securityImpact, observability, keyEntities, successCriteria, assumptions;"
                                + " was \"intro\"");
    }

    @Test
    void valueTheModelRefusesIsFs058WithTheModelsMessage() {
        ParseResult result = JSON.parse(
                "{\"title\": \"T\", \"extraSections\": [{\"heading\": \"H\", \"level\": 0, \"markdown\": \"m\", \"after\": \"metadata\"}]}");
        assertThat(Diagnostics.of(result))
                .containsExactly("FS058 1:34 /extraSections/0 ExtraSection.level must be 1 to 6 for a heading, was 0");
        assertThat(result.spec().extraSections()).isEmpty();
        assertThat(result.spec().title()).isEqualTo("T");
    }

    @Test
    void nullForAnOptionalValueMeansAbsent() {
        ParseResult result =
                JSON.parse("{\"title\": \"T\", \"language\": null, \"edgeCases\": null, \"metadata\": null}");
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.spec()).isEqualTo(FeatureSpec.builder("T").build());
    }

    @Test
    void nullInsideAListOrMapIsFs058() {
        assertThat(Diagnostics.of(JSON.parse(
                        "{\"title\": \"T\", \"edgeCases\": [null], \"metadata\": {\"other\": {\"a\": null}}}")))
                .containsExactly(
                        "FS058 1:30 /edgeCases/0 FeatureSpec.edgeCases[0] must not be null",
                        "FS058 1:65 /metadata/other/a Metadata.other[\"a\"] must not be null");
    }

    @Test
    void pointersEscapeSlashAndTilde() {
        assertThat(Diagnostics.of(JSON.parse("{\"title\": \"T\", \"a/b~c\": 1}")))
                .containsExactly("FS053 1:16 /a~1b~0c unknown property \"a/b~c\" in FeatureSpec");
    }

    @Test
    void strictModeThrowsWithEveryDiagnostic() {
        JsonSpecReader strict = JsonSpecReader.builder().strict(true).build();
        assertThatThrownBy(() -> strict.parse("{\"title\": \"T\", \"x\": 1, \"y\": 2}"))
                .isInstanceOfSatisfying(
                        SpecParseException.class,
                        e -> assertThat(e.diagnostics())
                                .extracting(Diagnostics::line)
                                .containsExactly(
                                        "FS053 1:16 /x unknown property \"x\" in FeatureSpec",
                                        "FS053 1:24 /y unknown property \"y\" in FeatureSpec"));
    }

    @Test
    void strictModeReadsAValidDocument() {
        JsonSpecReader strict = JsonSpecReader.builder().strict(true).build();
        assertThat(strict.parse("{\"title\": \"T\"}").spec().title()).isEqualTo("T");
    }

    @Test
    void bytesWithBomAreRead() {
        byte[] bytes = "\uFEFF{\"title\": \"Grüße\"}".getBytes(StandardCharsets.UTF_8);
        ParseResult result = JSON.parse(bytes);
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.spec().title()).isEqualTo("Grüße");
    }

    @Test
    void invalidUtf8IsFs051WithPosition() {
        byte[] bytes = "{\n  \"title\": \"ab\"}".getBytes(StandardCharsets.UTF_8);
        bytes[13] = (byte) 0xC3; // the opening quote becomes a lead byte without its continuation
        assertThat(Diagnostics.of(JSON.parse(bytes)))
                .containsExactly(
                        "FS051 2:12 \"\" the input is not valid UTF-8: malformed byte sequence at byte offset 13");
    }

    @Test
    void readsFilesAndReaders(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("spec.json");
        Files.writeString(file, "{\"title\": \"From file\"}");
        assertThat(JSON.parse(file).spec().title()).isEqualTo("From file");
        assertThat(JSON.parse(new StringReader("{\"title\": \"From reader\"}"))
                        .spec()
                        .title())
                .isEqualTo("From reader");
    }

    @Test
    void anUnknownPropertyIsReportedAndTheRestIsStillValidated() {
        ParseResult result = JSON.parse("""
                {"title": "T", "owner": "gate team", "functionalRequirements": [
                  {"id": "FR-001", "text": "System MUST open."},
                  {"id": "FR-001", "text": "System MUST close."}
                ]}
                """);
        assertThat(result.unreadable()).isFalse();
        assertThat(result.validate(SpecValidator.create()))
                .extracting(Diagnostics::line)
                .containsExactly(
                        "FS053 1:16 /owner unknown property \"owner\" in FeatureSpec",
                        "FS105 3:10 /functionalRequirements/1/id FR-001 is declared twice (first at"
                                + " functionalRequirements[0])");
    }

    @Test
    void aRepeatedKeyKeepsTheFirstValueAndTheRestIsStillValidated() {
        ParseResult result = JSON.parse("""
                {"title": "T", "title": "U", "functionalRequirements": [{"id": "FR-1", "text": "System MUST open."}]}
                """);
        assertThat(result.unreadable()).isFalse();
        assertThat(result.validate(SpecValidator.create()))
                .extracting(Diagnostics::line)
                .containsExactly(
                        "FS055 1:16 /title duplicate key \"title\" (first at line 1, column 2)",
                        "FS102 1:64 /functionalRequirements/0/id FR-1 is not a canonical requirement id (expected"
                                + " letters, a hyphen and three digits, like FR-001)");
    }

    @Test
    void aDroppedValueMakesTheSpecUnreadableSoItsLossIsNotReportedAsTheAuthorsMistake() {
        ParseResult result = JSON.parse("""
                {"title": "T", "userStories": [{"number": "one", "title": "Only story", "priority": "P1"}]}
                """);
        assertThat(result.unreadable()).isTrue();
        // without its only story the spec would also get FS112 (no P1 story): that is not what was written
        assertThat(result.validate(SpecValidator.create()))
                .extracting(Diagnostics::line)
                .containsExactly(
                        "FS054 1:43 /userStories/0/number UserStory.number must be an integer, was string \"one\"");
    }

    @Test
    void builderRefusesNonsense() {
        assertThatThrownBy(() -> JsonSpecReader.builder().maxBytes(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxBytes must be positive: 0");
        assertThatThrownBy(() -> JsonSpecReader.builder().maxDepth(5000))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxDepth must be 1 to 1000: 5000");
    }
}
