package dev.featurespec.writer.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.featurespec.model.AcceptanceScenario;
import dev.featurespec.model.FeatureSpec;
import dev.featurespec.model.Priority;
import dev.featurespec.model.Requirement;
import dev.featurespec.model.SuccessCriterion;
import dev.featurespec.model.UserStory;
import dev.featurespec.model.diagnostic.Diagnostic;
import dev.featurespec.model.diagnostic.Rule;
import dev.featurespec.model.validation.SpecValidator;
import dev.featurespec.parser.markdown.MarkdownSpecParser;
import dev.featurespec.writer.markdown.MarkdownSpecWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The two classes of text the injection law once missed, one case each way: story notes after a
 * description with nothing between them, and requirements and criteria in table rows. What can be
 * written reads back exactly; what cannot is FS120 at its field.
 */
class NotWritableCasesTest {
    private static final SpecValidator VALIDATOR = SpecValidator.create();
    private static final MarkdownSpecWriter WRITER = MarkdownSpecWriter.create();
    private static final MarkdownSpecParser PARSER = MarkdownSpecParser.create();

    private static FeatureSpec withStory(UserStory story) {
        return FeatureSpec.builder("Notes").addUserStory(story).build();
    }

    private static List<Diagnostic> notWritable(FeatureSpec spec) {
        return VALIDATOR.validate(spec).stream()
                .filter(d -> d.rule() == Rule.NOT_WRITABLE)
                .toList();
    }

    @Test
    void notesThatOpenWithAParagraphAfterTheDescriptionFollowAThematicBreak() {
        FeatureSpec spec = withStory(UserStory.builder(1, "Browse")
                .priority(Priority.P1)
                .description("A visitor browses the catalogue.")
                .notes("Only public items are shown.\n- drafts are hidden\n\n\n> a quote right after")
                .build());

        String md = WRITER.write(spec);

        assertThat(notWritable(spec)).isEmpty();
        assertThat(md)
                .contains("### User Story 1 - Browse (Priority: P1)\n\n"
                        + "A visitor browses the catalogue.\n\n"
                        + "---\n\n"
                        + "Only public items are shown.\n- drafts are hidden\n\n\n> a quote right after\n");
        assertThat(PARSER.parse(md).spec()).isEqualTo(spec);
    }

    @Test
    void notesWithoutADescriptionReadBackAsNotesToo() {
        FeatureSpec spec = withStory(UserStory.builder(1, "Browse")
                .priority(Priority.P1)
                .notes("Only public items are shown.")
                .build());

        assertThat(PARSER.parse(WRITER.write(spec)).spec()).isEqualTo(spec);
    }

    @Test
    void notesWithAListGoBeforeTheScenariosAfterABreak() {
        FeatureSpec spec = withStory(UserStory.builder(1, "Browse")
                .priority(Priority.P1)
                .description("A visitor browses.")
                .addAcceptanceScenario(AcceptanceScenario.of("a catalogue", "a visitor opens it", "items show"))
                .notes("Shown items:\n\n- public ones")
                .build());

        String md = WRITER.write(spec);

        assertThat(md)
                .contains("A visitor browses.\n\n---\n\nShown items:\n\n- public ones\n\n**Acceptance Scenarios**:");
        assertThat(PARSER.parse(md).spec()).isEqualTo(spec);
    }

    @Test
    void notesHoldingALabelTheStoryLacksAreNotWritable() {
        FeatureSpec spec = withStory(UserStory.builder(1, "Browse")
                .priority(Priority.P1)
                .notes("Some note.\n\n**Independent Test**: open the catalogue")
                .build());

        assertThat(notWritable(spec))
                .extracting(Diagnostic::pointer, Diagnostic::message)
                .containsExactly(tuple(
                        "/userStories/0/notes",
                        "user story notes hold '**Independent Test**: open the catalogue', which the story would "
                                + "read as its own label or scenario; write it in its field"));
    }

    @Test
    void notesHoldingAScenarioAreNotWritable() {
        for (String notes : List.of(
                "Note.\n\nДано a kettle, **When** it boils",
                "- **Given** a kettle, **When** it boils, **Then** it whistles",
                "Note.\n\n1. first\n2. **Given** a kettle\n   **When** it boils")) {
            FeatureSpec spec = withStory(UserStory.builder(1, "Browse")
                    .priority(Priority.P1)
                    .notes(notes)
                    .build());

            assertThat(notWritable(spec))
                    .as(notes)
                    .extracting(Diagnostic::pointer)
                    .containsExactly("/userStories/0/notes");
        }
    }

    @Test
    void notesHoldingALabelTheStoryHasReadBackAsNotes() {
        FeatureSpec spec = withStory(UserStory.builder(1, "Browse")
                .priority(Priority.P1)
                .independentTest("Open the catalogue.")
                .notes("**Independent Test**: once more")
                .build());

        assertThat(notWritable(spec)).isEmpty();
        assertThat(PARSER.parse(WRITER.write(spec)).spec()).isEqualTo(spec);
    }

    @Test
    void aLineBreakInATableRowIsNotWritable() {
        FeatureSpec spec = FeatureSpec.builder("Tables")
                .addFunctionalRequirement(new Requirement(
                        Optional.of("FR-001"),
                        Optional.empty(),
                        "System MUST log.\nAnd audit.",
                        Map.of("Priority", "P1")))
                .addSuccessCriterion(
                        new SuccessCriterion(Optional.of("SC-001"), "Fast | cheap", Map.of("Target", "1 s")))
                .build();

        assertThat(notWritable(spec))
                .extracting(Diagnostic::pointer, Diagnostic::message)
                .containsExactlyInAnyOrder(
                        tuple(
                                "/functionalRequirements/0/text",
                                "requirement text holds a line break, which its table row cannot keep (its "
                                        + "requirements or criteria have attributes, so they are written as a "
                                        + "table); write it on one line"),
                        tuple(
                                "/successCriteria/0/text",
                                "success criterion text holds a '|' in a table row, which its cell does not keep "
                                        + "as written"));
    }

    @Test
    void theSameTextsAsBulletsReadBack() {
        FeatureSpec spec = FeatureSpec.builder("Tables")
                .addFunctionalRequirement(Requirement.of("FR-001", "System MUST log.\nAnd audit."))
                .addSuccessCriterion(SuccessCriterion.of("SC-001", "Fast | cheap"))
                .build();

        assertThat(notWritable(spec)).isEmpty();
        assertThat(PARSER.parse(WRITER.write(spec)).spec()).isEqualTo(spec);
    }

    @Test
    void aTableOnlyReadsBackWithAnIdInItsFirstRowAndNoLabel() {
        FeatureSpec spec = FeatureSpec.builder("Tables")
                .addFunctionalRequirement(new Requirement(
                        Optional.empty(), Optional.empty(), "System MUST log.", Map.of("Priority", "P1")))
                .addFunctionalRequirement(new Requirement(
                        Optional.of("FR-002"), Optional.of("Audit"), "System MUST audit.", Map.of("Priority", "P2")))
                .build();

        assertThat(notWritable(spec))
                .extracting(Diagnostic::pointer)
                .containsExactlyInAnyOrder("/functionalRequirements/0/id", "/functionalRequirements/1/label");
    }

    @Test
    void escapedPipesInATableRowReadBackAsWritten() {
        FeatureSpec spec = FeatureSpec.builder("Tables")
                .addSuccessCriterion(new SuccessCriterion(
                        Optional.of("SC-001"), "Fast \\| cheap, `a \\| b`", Map.of("Target \\| goal", "1 s \\| 2 s")))
                .build();

        String md = WRITER.write(spec);

        assertThat(notWritable(spec)).isEmpty();
        assertThat(md).contains("| SC-001 | Fast \\| cheap, `a \\| b` | 1 s \\| 2 s |");
        assertThat(PARSER.parse(md).spec()).isEqualTo(spec);
    }

    @Test
    void aHeadingTextEndingInItsClosingSequenceIsNotWritable() {
        FeatureSpec spec = FeatureSpec.builder("Release #")
                .addUserStory(UserStory.builder(1, "Tag with #").build())
                .addUserStory(UserStory.builder(2, "C# and F#").build())
                .build();

        assertThat(notWritable(spec))
                .extracting(Diagnostic::pointer, Diagnostic::message)
                .containsExactly(
                        tuple(
                                "/title",
                                "title ends in '#' after a space, which a Markdown heading reads as its closing"
                                        + " sequence and drops"),
                        tuple(
                                "/userStories/0/title",
                                "user story title ends in '#' after a space, which a Markdown heading reads as"
                                        + " its closing sequence and drops"));
    }

    @Test
    void aHashInsideAHeadingTextReadsBack() {
        FeatureSpec spec = FeatureSpec.builder("Release #2 of C#")
                .addUserStory(UserStory.builder(1, "C# and F#").build())
                .build();

        assertThat(notWritable(spec)).isEmpty();
        assertThat(PARSER.parse(WRITER.write(spec)).spec()).isEqualTo(spec);
    }
}
