package dev.featurespec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.featurespec.cli.Cli.Run;
import dev.featurespec.model.FeatureSpec;
import dev.featurespec.model.Priority;
import dev.featurespec.model.UserStory;
import dev.featurespec.model.diagnostic.SourceRange;
import dev.featurespec.parser.json.JsonSpecReader;
import dev.featurespec.parser.markdown.MarkdownSpecParser;
import dev.featurespec.testkit.Corpus;
import dev.featurespec.testkit.SpecGenerator;
import dev.featurespec.testkit.TextInjection;
import dev.featurespec.writer.json.JsonSpecWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code convert} writes a spec only when what it wrote reads back as the same spec: a JSON or YAML spec
 * holding text Markdown cannot keep (FS120 in {@code validate}) is refused with FS120 at the element,
 * exit 1 and nothing written; every real spec converts both ways.
 */
class ConvertReadBackTest {
    private static final MarkdownSpecParser PARSER = MarkdownSpecParser.create();

    /** A story title with a priority group left open, and a story whose notes hold a section heading. */
    private static final String HOSTILE = """
            {
              "formatVersion": 1,
              "title": "Kettle timer",
              "userStories": [
                {
                  "number": 1,
                  "title": "Set a timer (prioriteit",
                  "priority": "P1",
                  "description": "A user sets a timer."
                },
                {
                  "number": 2,
                  "title": "Stop the timer",
                  "priority": "P2",
                  "description": "A user stops it.",
                  "notes": "Stops at once.\\n\\n#### Edge Cases\\n\\nWhat if it is stopped twice?"
                }
              ]
            }
            """;

    private static final String REFUSED_TITLE = ":5:5: error: /userStories/0 would not read back the same from the"
            + " Markdown written for it; nothing was written [FS120]\n";

    @TempDir
    Path dir;

    @Test
    void aStoryTitleWithAPriorityGroupLeftOpenIsRefusedAndNothingIsWritten() throws IOException {
        Path json = write("spec.json", HOSTILE);
        Path out = dir.resolve("spec.md");

        Run run = Cli.run("convert", "--to", "markdown", json.toString(), "-o", out.toString());

        assertThat(run.err()).isEqualTo(json + REFUSED_TITLE);
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(out).doesNotExist();
    }

    @Test
    void aRefusalLeavesAnExistingOutputFileAsItWas() throws IOException {
        Path json = write("spec.json", HOSTILE);
        byte[] before = "# Feature Specification: Kept\r\n\r\nbytes as they were\r\n".getBytes(StandardCharsets.UTF_8);
        Path out = Files.write(dir.resolve("spec.md"), before);

        Run run = Cli.run("convert", "--to", "markdown", json.toString(), "-o", out.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(Files.readAllBytes(out)).isEqualTo(before);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactlyInAnyOrder(json, out); // no temporary file left behind
        }
    }

    @Test
    void storyNotesHoldingASectionHeadingAreRefusedAtTheirStory() throws IOException {
        // the title closed, the notes are what would not read back: their heading would end the story
        Path json = write("spec.json", HOSTILE.replace("(prioriteit", "(prioriteit hoog)"));

        Run run = Cli.run("convert", "--to", "markdown", json.toString());

        assertThat(run.err())
                .isEqualTo(json + ":11:5: error: /userStories/1 would not read back the same from the Markdown"
                        + " written for it; nothing was written [FS120]\n");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void theSameSpecWithoutTheTextMarkdownCannotKeepConverts() throws IOException {
        String clean =
                HOSTILE.replace("(prioriteit", "(prioriteit hoog)").replace("\\n\\n#### Edge Cases\\n\\n", "\\n\\n");
        Path json = write("spec.json", clean);
        Path out = dir.resolve("spec.md");

        Run run = Cli.run("convert", "--to", "markdown", json.toString(), "-o", out.toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isZero();
        String md = Files.readString(out);
        assertThat(md)
                .contains("### User Story 1 - Set a timer (prioriteit hoog) (Priority: P1)\n")
                .contains("Stops at once.\n\nWhat if it is stopped twice?\n");
        assertThat(PARSER.parse(md).spec())
                .isEqualTo(JsonSpecReader.create().parse(clean).spec());
    }

    @Test
    void jsonAndYamlKeepWhatMarkdownCannot() throws IOException {
        Path json = write("spec.json", HOSTILE);

        Run yaml = Cli.run("convert", "--to", "yaml", json.toString());
        Path yamlFile = write("spec.yaml", yaml.out());
        Run back = Cli.run("convert", "--to", "json", yamlFile.toString());
        Run markdown = Cli.run("convert", "--to", "markdown", yamlFile.toString());

        assertThat(yaml.exit()).as(yaml.err()).isZero();
        assertThat(yaml.out()).contains("    title: Set a timer (prioriteit\n");
        assertThat(back.exit()).as(back.err()).isZero();
        assertThat(JsonSpecReader.create().parse(back.out()).spec())
                .isEqualTo(JsonSpecReader.create().parse(HOSTILE).spec());
        assertThat(markdown.exit()).isEqualTo(1);
        assertThat(markdown.err()).startsWith(yamlFile + ":").contains(" /userStories/0 would not read back");
    }

    @Test
    void aRefusalOfStandardInputIsPositionedInIt() {
        Run run = Cli.runWithStdin(HOSTILE, "convert", "--from", "json", "--to", "markdown", "-");

        assertThat(run.err()).isEqualTo("<stdin>" + REFUSED_TITLE);
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void standardInputWithoutTheTextConverts() {
        String clean =
                HOSTILE.replace("(prioriteit", "(prioriteit hoog)").replace("\\n\\n#### Edge Cases\\n\\n", "\\n\\n");

        Run run = Cli.runWithStdin(clean, "convert", "--from", "json", "--to", "markdown", "-");

        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isZero();
        assertThat(PARSER.parse(run.out()).spec())
                .isEqualTo(JsonSpecReader.create().parse(clean).spec());
    }

    @Test
    void metadataGivenTwiceIsRefusedWhereTheSecondStands() {
        // FS119 in validate: Markdown has one Status line, so "other": {"Status"} cannot come back
        Path json = Path.of("testdata", "bad", "duplicate-metadata.json");

        Run run = Cli.run("convert", "--to", "markdown", json.toString());

        assertThat(run.err())
                .isEqualTo(json.toString().replace('\\', '/')
                        + ":10:17: error: /metadata/other/Status would not read back the same from the Markdown"
                        + " written for it; nothing was written [FS120]\n");
        assertThat(run.exit()).isEqualTo(1);
    }

    static Stream<Arguments> injections() {
        return Stream.of(
                Arguments.of(TextInjection.Field.STORY_TITLE, " (prioriteit"),
                Arguments.of(TextInjection.Field.STORY_TITLE, " (Priority: soon"),
                Arguments.of(TextInjection.Field.STORY_NOTES, "\n\n#### Edge Cases\n\nInjected."),
                Arguments.of(TextInjection.Field.STORY_NOTES, "\n\n-\nGiven a user"),
                Arguments.of(TextInjection.Field.STORY_NOTES, "\n\n```\nleft open"),
                Arguments.of(TextInjection.Field.STORY_NOTES, "\n\n**Acceptance Scenarios**:"));
    }

    /**
     * Generated specs with the text the injection fuzz test found Markdown cannot keep, as a JSON file
     * could hold it: refused at the story, positioned where the story stands in the JSON; without the
     * text, the same spec converts.
     */
    @ParameterizedTest
    @MethodSource("injections")
    void aGeneratedSpecWithTextMarkdownCannotKeepIsRefusedAtTheStory(TextInjection.Field field, String text)
            throws IOException {
        FeatureSpec clean = withPrioritisedFirstStory(
                new SpecGenerator(11).size(2).tables(false).next());
        String hostileJson = JsonSpecWriter.create().write(field.inject(clean, text));
        Path json = write("spec.json", hostileJson);
        Path out = dir.resolve("spec.md");
        SourceRange story = JsonSpecReader.create()
                .parse(hostileJson)
                .sourceMap()
                .find("/userStories/0")
                .orElseThrow();

        Run refused = Cli.run("convert", "--to", "markdown", json.toString(), "-o", out.toString());

        assertThat(refused.err())
                .isEqualTo(
                        json + ":" + story.start().line() + ":" + story.start().column()
                                + ": error: /userStories/0 would not read back the same from the Markdown written for it;"
                                + " nothing was written [FS120]\n");
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(out).doesNotExist();

        Path cleanJson = write("clean.json", JsonSpecWriter.create().write(clean));
        Run converted = Cli.run("convert", "--to", "markdown", cleanJson.toString(), "-o", out.toString());

        assertThat(converted.exit()).as(converted.err()).isZero();
        assertThat(PARSER.parse(Files.readString(out)).spec()).isEqualTo(clean);
    }

    static Stream<Path> everyCorpusSpec() {
        return Corpus.everySpecOrSkip().stream();
    }

    /** Every real spec goes to JSON and back to Markdown through the command, and reads back the same. */
    @ParameterizedTest
    @MethodSource("everyCorpusSpec")
    void everyCorpusSpecConvertsToJsonAndBack(Path spec) throws IOException {
        Path json = dir.resolve("spec.json");
        Path md = dir.resolve("spec.md");

        Run toJson = Cli.run("convert", "--to", "json", spec.toString(), "-o", json.toString());
        Run toMarkdown = Cli.run("convert", "--to", "markdown", json.toString(), "-o", md.toString());

        assertThat(toJson.exit()).as(toJson.err()).isZero();
        assertThat(toMarkdown.exit()).as(toMarkdown.err()).isZero();
        assertThat(PARSER.parse(Files.readString(md)).spec())
                .isEqualTo(PARSER.parse(Files.readString(spec)).spec());
    }

    /** {@code spec} with its first story given priority P2 (an open group takes in the written priority). */
    private static FeatureSpec withPrioritisedFirstStory(FeatureSpec spec) {
        List<UserStory> stories = new ArrayList<>(spec.userStories());
        if (stories.isEmpty()) {
            stories.add(UserStory.builder(1, "Story").build());
        }
        stories.set(0, stories.get(0).toBuilder().priority(Priority.parse("P2")).build());
        return spec.toBuilder().userStories(stories).build();
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }
}
