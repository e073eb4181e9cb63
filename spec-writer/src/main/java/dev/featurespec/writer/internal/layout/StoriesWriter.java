package dev.featurespec.writer.internal.layout;

import static dev.featurespec.writer.internal.markdown.BlockWriter.normalize;

import dev.featurespec.model.AcceptanceScenario;
import dev.featurespec.model.FeatureSpec;
import dev.featurespec.model.Section;
import dev.featurespec.model.UserStory;
import dev.featurespec.model.template.TemplateSection;
import dev.featurespec.model.template.Term;
import dev.featurespec.model.template.internal.Syntax;
import dev.featurespec.model.template.internal.Vocabulary;
import dev.featurespec.writer.internal.markdown.BlockWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes the user stories under {@code ## User Scenarios & Testing}: per story a {@code ### User Story 1
 * - Title (Priority: P1)} heading, its description, its bold-labelled paragraphs, its numbered acceptance
 * scenarios (or the table they were read from), its notes and a {@code ---}. The section's own extra
 * content goes before the stories, the stories' after them.
 */
public final class StoriesWriter implements SectionWriter {
    private final MarkdownStyle style;

    /** A writer of user stories in {@code style}. */
    public StoriesWriter(MarkdownStyle style) {
        this.style = style;
    }

    @Override
    public boolean hasContent(FeatureSpec spec) {
        return !spec.userStories().isEmpty();
    }

    /** Extra content before the stories ({@code userScenarios}) and after them ({@code userStories}). */
    @Override
    public List<Section> anchors(TemplateSection section) {
        return List.of(Section.USER_SCENARIOS, Section.USER_STORIES);
    }

    @Override
    public void write(LayoutContext context, TemplateSection section) {
        BlockWriter out = context.out();
        context.extras().write(out, Section.USER_SCENARIOS);
        int level = context.childLevel(section);
        for (UserStory story : context.spec().userStories()) {
            Optional<String> kept = context.kept().story(story);
            if (kept.isPresent()) {
                out.block().raw(kept.get());
            } else {
                story(out, story, level);
            }
        }
        context.extras().write(out, Section.USER_STORIES);
    }

    /** Writes one story, each part in a block of its own, its heading at {@code level}. */
    public void story(BlockWriter out, UserStory story, int level) {
        out.heading(level, heading(story));
        story.description().ifPresent(d -> out.block().raw(normalize(d)));
        story.whyThisPriority().ifPresent(t -> labelled(out.block(), Term.LABEL_WHY_THIS_PRIORITY, t));
        story.independentTest().ifPresent(t -> labelled(out.block(), Term.LABEL_INDEPENDENT_TEST, t));
        // a list after the scenarios would read as more scenarios: such notes go before them
        boolean notesFirst = story.notes().isPresent()
                && !story.acceptanceScenarios().isEmpty()
                && hasListLine(story.notes().get());
        if (notesFirst) {
            notes(out, story);
        }
        if (!story.acceptanceScenarios().isEmpty()) {
            out.block().raw(style.labelForm().label(style.word(Term.LABEL_ACCEPTANCE_SCENARIOS)));
            scenarios(out, story.acceptanceScenarios());
        }
        if (!notesFirst && story.notes().isPresent()) {
            notes(out, story);
        }
        if (style.storyRule()) {
            out.block().raw("---");
        }
    }

    /**
     * Writes the story's notes in a block. Where no label or scenario has ended the story's description
     * yet, notes that open with a paragraph would read as more description: a thematic break before them
     * ends it (the parser keeps no thematic break in a story).
     */
    private static void notes(BlockWriter out, UserStory story) {
        String notes = normalize(story.notes().orElseThrow());
        boolean descriptionOpen = story.whyThisPriority().isEmpty()
                && story.independentTest().isEmpty()
                && (story.acceptanceScenarios().isEmpty() || hasListLine(notes));
        if (descriptionOpen && !opensBlock(notes)) {
            out.block().raw("---");
        }
        out.block().raw(notes);
    }

    /** A story heading's text: {@code User Story 1 - Title (Priority: P1) 🎯 MVP}. */
    public String heading(UserStory story) {
        StringBuilder h = new StringBuilder();
        h.append(label(story)).append(style.storySeparator()).append(normalize(story.title()));
        story.priority()
                .ifPresent(p -> h.append(" (")
                        .append(style.word(Term.STORY_PRIORITY))
                        .append(": ")
                        .append(p)
                        .append(')'));
        story.suffix().ifPresent(s -> h.append(' ').append(normalize(s)));
        return h.toString();
    }

    /**
     * The story's words and number: its {@linkplain UserStory#label() label} as written ({@code US-003})
     * when the parser reads it back as this story's, a story word of a built-in language and the story's
     * number; else the style's {@code User Story N}.
     */
    public String label(UserStory story) {
        String canonical = style.word(Term.STORY_WORD) + " " + story.number();
        return story.label()
                .map(BlockWriter::normalize)
                .filter(label -> Syntax.storyLabel(Vocabulary.builtIn(), label, story.number()))
                .orElse(canonical);
    }

    /**
     * Writes acceptance scenarios starting a block: numbered items, or the Given/When/Then table they were
     * read from when every one is a table row.
     */
    public void scenarios(BlockWriter out, List<AcceptanceScenario> scenarios) {
        if (scenarios.stream().allMatch(s -> tableRow(s.text()))) {
            scenarioTable(out, scenarios);
            return;
        }
        for (int i = 0; i < scenarios.size(); i++) {
            scenario(out.nextItem(i, style.looseItems()), scenarios.get(i), i);
        }
    }

    /** Writes the scenario at {@code index} (0-based) as a numbered item on the current line. */
    public void scenario(BlockWriter out, AcceptanceScenario scenario, int index) {
        out.item(style.numbering().marker(index), normalize(scenario.text()));
    }

    /** Writes a bold label and its text on the current line: {@code **Independent Test**: …}. */
    private void labelled(BlockWriter out, Term label, String text) {
        String t = normalize(text);
        String bold = style.labelForm().label(style.word(label));
        if (t.isEmpty()) {
            out.raw(bold);
        } else {
            out.continued(bold + " " + t);
        }
    }

    /**
     * Scenarios read from a Given/When/Then table: the rows as they are, under a header naming each
     * column's keyword, the parts the first row has in order (Given, When, Then, then And).
     */
    private void scenarioTable(BlockWriter out, List<AcceptanceScenario> scenarios) {
        AcceptanceScenario first = scenarios.get(0);
        List<String> header = new ArrayList<>();
        first.given().ifPresent(g -> header.add(style.word(Term.STEP_GIVEN)));
        first.when().ifPresent(g -> header.add(style.word(Term.STEP_WHEN)));
        first.then().ifPresent(g -> header.add(style.word(Term.STEP_THEN)));
        first.and().forEach(a -> header.add(style.word(Term.STEP_AND)));
        int cells = cellCount(normalize(first.text()));
        List<Term> fallback = List.of(Term.STEP_GIVEN, Term.STEP_WHEN, Term.STEP_THEN);
        for (int i = header.size(); i < cells; i++) {
            header.add(style.word(i < fallback.size() ? fallback.get(i) : Term.STEP_AND));
        }
        int[] widths = new int[header.size()];
        java.util.Arrays.fill(widths, 3);
        out.block().tableRow(header).line().tableDelimiter(widths);
        for (AcceptanceScenario s : scenarios) {
            out.line().raw(normalize(s.text()));
        }
    }

    private static int cellCount(String row) {
        int pipes = 0;
        for (int i = 0; i < row.length(); i++) {
            if (row.charAt(i) == '|' && (i == 0 || row.charAt(i - 1) != '\\')) {
                pipes++;
            }
        }
        return Math.max(1, pipes - 1);
    }

    /** True when a scenario was read from a table row: one line between pipes. */
    private static boolean tableRow(String text) {
        String t = normalize(text);
        return t.length() >= 2 && t.startsWith("|") && t.endsWith("|") && t.indexOf('\n') < 0;
    }

    /**
     * True when the first line of {@code markdown} surely opens a block other than a paragraph, which ends
     * a story's description: a bullet list item, a block quote or an ATX heading.
     */
    private static boolean opensBlock(String markdown) {
        int nl = markdown.indexOf('\n');
        String first = nl < 0 ? markdown : markdown.substring(0, nl);
        if (first.startsWith(">")) {
            return true;
        }
        int hashes = 0;
        while (hashes < first.length() && first.charAt(hashes) == '#') {
            hashes++;
        }
        if (hashes >= 1 && hashes <= 6 && (hashes == first.length() || first.charAt(hashes) == ' ')) {
            return true;
        }
        // a bullet, but not a thematic break made of bullet characters (- - -)
        return first.length() >= 2
                && "-*+".indexOf(first.charAt(0)) >= 0
                && first.charAt(1) == ' '
                && !first.chars().allMatch(c -> c == first.charAt(0) || c == ' ');
    }

    /**
     * True when some line of {@code markdown} starts a list item (a bullet or {@code 1.}), empty ones too:
     * a marker followed by a space, a tab or the end of the line.
     */
    private static boolean hasListLine(String markdown) {
        for (String line : markdown.split("\n", -1)) {
            String t = line.stripLeading();
            if (!t.isEmpty() && "-*+".indexOf(t.charAt(0)) >= 0 && endsMarker(t, 1)) {
                return true;
            }
            int i = 0;
            while (i < t.length() && i < 10 && Character.isDigit(t.charAt(i))) {
                i++;
            }
            if (i > 0 && i < t.length() && (t.charAt(i) == '.' || t.charAt(i) == ')') && endsMarker(t, i + 1)) {
                return true;
            }
        }
        return false;
    }

    /** True when a list marker ending before {@code at} is followed by a space, a tab or the line's end. */
    private static boolean endsMarker(String line, int at) {
        return at == line.length() || line.charAt(at) == ' ' || line.charAt(at) == '\t';
    }
}
