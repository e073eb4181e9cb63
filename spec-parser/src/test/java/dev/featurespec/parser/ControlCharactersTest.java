package dev.featurespec.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.featurespec.model.checklist.Checklist;
import dev.featurespec.model.diagnostic.Diagnostic;
import dev.featurespec.model.tasks.TaskList;
import dev.featurespec.parser.checklist.MarkdownChecklistParser;
import dev.featurespec.parser.markdown.MarkdownSpecParser;
import dev.featurespec.parser.tasks.MarkdownTasksParser;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A stray NUL is read as U+FFFD with a warning (FS018) by every Markdown reader, while binary input (a
 * NUL among at least two control characters that make up at least 1 in 100 of it) is refused with FS051.
 */
class ControlCharactersTest {
    private static final String SPEC = "# Feature Specification: Gate\n\n"
            + "**Feature Branch**: \0 006-gate\n"
            + "**Created**: 2025-10-01\n\n"
            + "## Requirements\n\n"
            + "### Functional Requirements\n\n"
            + "- **FR-001**: System MUST open the gate.\n";

    private static List<String> lines(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(Diagnostic::toString).toList();
    }

    @Test
    void aStrayNulInASpecIsReadAsTheReplacementCharacter() {
        MarkdownSpecParser parser = MarkdownSpecParser.create();
        for (ParseResult r : List.of(parser.parse(SPEC), parser.parse(SPEC.getBytes(StandardCharsets.UTF_8)))) {
            assertThat(r.spec().metadata().featureBranch()).contains("\uFFFD 006-gate");
            assertThat(r.spec().functionalRequirements()).hasSize(1);
            assertThat(lines(r.diagnostics()))
                    .contains("3:21: warning: A NUL character (U+0000) replaced with U+FFFD [FS018]")
                    .noneMatch(d -> d.contains("FS051"));
        }
    }

    @Test
    void severalNulsAreReportedOnceWithTheirCount() {
        ParseResult r = MarkdownSpecParser.create().parse("# T\n\na\0b\0c " + "word ".repeat(40) + "\n");
        assertThat(lines(r.diagnostics()))
                .contains("3:2: warning: 2 NUL characters (U+0000), the first here, replaced with U+FFFD [FS018]");
    }

    @Test
    void utf16TextIsRefusedAsBinary() {
        byte[] utf16 = "# Feature Specification: Gate\n\n## Requirements\n".getBytes(StandardCharsets.UTF_16LE);
        ParseResult r = MarkdownSpecParser.create().parse(utf16);
        assertThat(r.spec().title()).isEmpty();
        assertThat(r.spec().functionalRequirements()).isEmpty();
        assertThat(lines(r.diagnostics()))
                .containsExactly("1:2: error: Binary input, not text: 47 of its 94 characters are control characters"
                        + " (NUL and the like) [FS051]");
    }

    @Test
    void aLongTextWithAFewControlCharactersIsStillText() {
        // 2 control characters in over 200: below 1 in 100
        String text = "# T\n\n" + "word ".repeat(40) + "\u0001\u0002\n";
        ParseResult r = MarkdownSpecParser.create().parse(text);
        assertThat(r.spec().title()).isEqualTo("T");
        assertThat(lines(r.diagnostics())).noneMatch(d -> d.contains("FS051") || d.contains("FS018"));
    }

    @Test
    void controlCharactersWithoutANulAreText() {
        // an escape sequence pasted from a terminal: 3 control characters in 40, but no NUL
        ParseResult r = MarkdownSpecParser.create().parse("# T\n\nEvil\u001b[2J\u001b]0;pwned\u0007 words\n");
        assertThat(r.spec().title()).isEqualTo("T");
        assertThat(lines(r.diagnostics())).noneMatch(d -> d.contains("FS051") || d.contains("FS018"));
    }

    @Test
    void tasksAndChecklistsReadAStrayNulAndRefuseBinary() {
        String tasks = "# Tasks: Gate\n\n## Phase 1: Setup\n\n- [ ] T001 Create the \0project\n";
        ReadResult<TaskList> t = MarkdownTasksParser.create().parse(tasks.getBytes(StandardCharsets.UTF_8));
        assertThat(t.document().phases().get(0).tasks().get(0).text()).isEqualTo("Create the \uFFFDproject");
        assertThat(lines(t.diagnostics()))
                .containsExactly("5:23: warning: A NUL character (U+0000) replaced with U+FFFD [FS018]");

        String checklist = "# Checklist: Gate\n\n## Content\n\n- [ ] CHK001 Is it \0clear?\n";
        ReadResult<Checklist> c = MarkdownChecklistParser.create().parse(checklist);
        assertThat(c.document().categories().get(0).items().get(0).text()).isEqualTo("Is it \uFFFDclear?");
        assertThat(lines(c.diagnostics()))
                .containsExactly("5:20: warning: A NUL character (U+0000) replaced with U+FFFD [FS018]");

        byte[] binary = {'#', ' ', 'T', 0, 0, '\n'};
        assertThat(MarkdownTasksParser.create().parse(binary).document().title())
                .isEmpty();
        assertThat(lines(MarkdownChecklistParser.create().parse(binary).diagnostics()))
                .containsExactly("1:4: error: Binary input, not text: 2 of its 6 characters are control characters"
                        + " (NUL and the like) [FS051]");
    }
}
