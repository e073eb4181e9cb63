package dev.featurespec.parser.internal.markdown;

import dev.featurespec.model.AcceptanceScenario;
import dev.featurespec.model.FeatureSpec;
import dev.featurespec.model.Priority;
import dev.featurespec.model.Section;
import dev.featurespec.model.UserStory;
import dev.featurespec.model.diagnostic.Rule;
import dev.featurespec.model.template.Language;
import dev.featurespec.model.template.Languages;
import dev.featurespec.model.template.Term;
import dev.featurespec.model.template.internal.Syntax;
import dev.featurespec.model.template.internal.Vocabulary;
import dev.featurespec.parser.internal.SourceText;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.ThematicBreak;

/**
 * Reads user stories: a story heading opens one, and every block and unknown sub-heading up to the next
 * known heading belongs to it. The first paragraphs are its description; bold labels give its priority
 * rationale, independent test and scenarios; scenario lists, paragraphs and tables go to {@link
 * ScenarioReader}; the rest is kept in its notes. Also the 2025-08 template's {@code ### Primary User
 * Story} and {@code ### Acceptance Scenarios}. One per parse; not thread-safe. Not API.
 */
final class StoryReader {
    private final AssemblyContext ctx;
    private final ScenarioReader scenarioReader;
    private final ExtraReader extras;
    private final List<Story> stories = new ArrayList<>();
    private Story open;

    StoryReader(AssemblyContext ctx, ExtraReader extras) {
        this.ctx = ctx;
        this.scenarioReader = new ScenarioReader(ctx);
        this.extras = extras;
    }

    /** True while a story is open: blocks belong to it. */
    boolean isOpen() {
        return open != null;
    }

    /** The heading level of the open story: deeper unknown headings belong to it. */
    int level() {
        return open.level;
    }

    void close() {
        open = null;
    }

    /** The pointer of the open story, or null when none is open. */
    String openPointer() {
        return open == null ? null : Pointer.of("userStories", open.index);
    }

    /** True when the document has a story. */
    boolean any() {
        return !stories.isEmpty();
    }

    /** Opens the story of a story heading. */
    void open(HeadingKind.Story kind, Heading h) {
        int number = kind.number() >= 0 ? kind.number() : stories.size() + 1;
        if (kind.invalidPriority() != null) {
            ctx.report(
                    Rule.INVALID_PRIORITY,
                    "User story " + number + " has priority '" + kind.invalidPriority() + "', not P0, P1, P2, …",
                    Pointer.of("userStories", stories.size(), "priority"),
                    SourceText.range(h));
        }
        open(h, number, kind.title(), false);
        open.label = kind.label();
        open.priority = kind.priority();
        open.suffix = kind.suffix();
        open.invalidPriority = kind.invalidPriority() != null;
        open.byShape = kind.language() == null;
        if (kind.priorityWord() != null) {
            ctx.presentation().word(Term.STORY_PRIORITY, kind.priorityWord());
        }
    }

    /** Opens the 2025-08 template's story at {@code ### Primary User Story}. */
    void openPrimary(Heading h, String title) {
        open(h, stories.size() + 1, title, true);
    }

    /**
     * Reads {@code ### Acceptance Scenarios} outside a story: the scenarios of the primary story before
     * it when that has none yet, else a story of their own.
     */
    void openAcceptanceScenarios(Heading h, String title) {
        Story last = stories.isEmpty() ? null : stories.get(stories.size() - 1);
        if (last != null && last.primary && last.scenarios.isEmpty()) {
            open = last;
            open.level = h.getLevel();
        } else {
            open(h, stories.size() + 1, title, true);
        }
        open.expectScenarios = true;
    }

    /** Reads {@code ### Acceptance Scenarios} inside the open story: the lists after it are scenarios. */
    void expectScenarios() {
        open.expectScenarios = true;
        open.descriptionOpen = false;
    }

    private void open(Heading h, int number, String title, boolean primary) {
        open = new Story(number, title, h, primary, stories.size());
        ctx.put(Pointer.of("userStories", stories.size()), SourceText.range(h));
        stories.add(open);
        extras.placeAfter(Section.USER_STORIES);
    }

    /** Adds block or sub-heading {@code n} to the open story. */
    void add(Node n) {
        Story s = open;
        if (n instanceof ThematicBreak) {
            s.descriptionOpen = false; // the writer puts one between a description and notes that open with a paragraph
            return;
        }
        if (n instanceof Heading) {
            s.descriptionOpen = false;
            note(s, n);
            return;
        }
        if (n instanceof Paragraph p) {
            paragraph(s, p);
            return;
        }
        s.descriptionOpen = false;
        if (n instanceof ListBlock list
                && (s.expectScenarios || scenarioReader.hasScenarios(list) || scenarioReader.hasBoldSteps(list))) {
            s.expectScenarios = true;
            for (ScenarioReader.Steps steps : scenarioReader.list(list)) {
                addScenario(s, steps.text(), steps.first(), steps.last());
            }
            return;
        }
        if (n instanceof TableBlock table) {
            ScenarioReader.ScenarioTable rows = scenarioReader.table(table);
            if (rows != null) {
                s.expectScenarios = true;
                if (s.tableKeywords.isEmpty()) {
                    s.tableKeywords = rows.keywords();
                } else {
                    // another table of the same story: its keywords count where the first has none
                    Map<Term, String> all = new EnumMap<>(rows.keywords());
                    all.putAll(s.tableKeywords);
                    s.tableKeywords = all;
                }
                for (ScenarioReader.TableScenario row : rows.scenarios()) {
                    ctx.put(scenarioPointer(s), SourceText.range(row.row()));
                    s.scenarios.add(row.scenario());
                }
                return;
            }
        }
        note(s, n);
    }

    /**
     * Adds block {@code n} to the story's notes: to the last note as written (the blank lines between them
     * or none) when only blank lines separate them, else as a note of its own.
     */
    private void note(Story s, Node n) {
        int start = SourceText.startOffset(n);
        int end = SourceText.endOffset(n);
        if (s.noteEnd >= 0
                && start >= s.noteEnd
                && end >= 0
                && ctx.src().slice(s.noteEnd, start).isBlank()) {
            s.notes.set(s.notes.size() - 1, ctx.src().slice(s.noteStart, end));
        } else {
            s.notes.add(ctx.blocks().raw(n));
            s.noteStart = start;
        }
        s.noteEnd = start < 0 ? -1 : end;
    }

    private void paragraph(Story s, Paragraph p) {
        String text = ctx.src().spanLines(p).strip();
        Syntax.BoldLabel bold = Syntax.boldLabel(text);
        Vocabulary.Hit hit = bold == null ? null : ctx.vocab().label(bold.label());
        if (hit != null) {
            s.descriptionOpen = false;
            if (labelled(s, hit.term(), text.substring(bold.end()).strip(), p)) {
                // only a label read as one counts for the spec's language, not one the notes keep
                ctx.count(hit.language());
                if (hit.term() != Term.LABEL_PRIORITY) {
                    // the writer writes the other labels again: in the author's words
                    ctx.presentation().word(hit.term(), bold.label());
                }
                return;
            }
            note(s, p);
            return;
        }
        if (bold != null && s.byShape) {
            // a story read by its shape: a label in words no language gives ends the description
            s.descriptionOpen = false;
            note(s, p);
            return;
        }
        if (scenarioReader.startsWithGiven(text)) {
            s.descriptionOpen = false;
            addScenario(s, text, p, p);
            return;
        }
        if (s.descriptionOpen) {
            s.description.add(text);
            ctx.put(Pointer.of("userStories", s.index, "description"), SourceText.range(p));
            return;
        }
        note(s, p);
    }

    /**
     * Reads a paragraph that starts with a story label; returns false when the story keeps it in its
     * notes instead (a label given twice, an unreadable priority, a table column word).
     */
    private boolean labelled(Story s, Term label, String rest, Paragraph p) {
        switch (label) {
            case LABEL_WHY_THIS_PRIORITY, LABEL_INDEPENDENT_TEST -> {
                if (s.labelled.putIfAbsent(label, rest) != null) {
                    return false;
                }
                String property = label == Term.LABEL_WHY_THIS_PRIORITY ? "whyThisPriority" : "independentTest";
                ctx.put(Pointer.of("userStories", s.index, property), SourceText.range(p));
                return true;
            }
            case LABEL_ACCEPTANCE_SCENARIOS -> {
                s.expectScenarios = true;
                if (!rest.isEmpty()) {
                    addScenario(s, rest, p, p);
                }
                return true;
            }
            case LABEL_PRIORITY -> {
                if (s.priority == null) {
                    try {
                        s.priority = Priority.parse(rest);
                        return true;
                    } catch (IllegalArgumentException e) {
                        return false;
                    }
                }
                return false;
            }
            default -> {
                return false;
            }
        }
    }

    private void addScenario(Story s, String text, Node first, Node last) {
        String pointer = scenarioPointer(s);
        ctx.put(pointer, SourceText.range(first, last));
        AcceptanceScenario scenario = scenarioReader.read(text);
        if (scenario.then().isEmpty()) {
            ctx.report(
                    Rule.SCENARIO_WITHOUT_THEN,
                    "Scenario " + (s.scenarios.size() + 1) + " of user story " + s.number + " has no Then step",
                    pointer,
                    SourceText.range(first));
        }
        s.scenarios.add(scenario);
    }

    private static String scenarioPointer(Story s) {
        return Pointer.of("userStories", s.index, "acceptanceScenarios", s.scenarios.size());
    }

    /**
     * Adds the stories to {@code b}, reporting a story without priority or scenarios and story numbers
     * out of sequence. A story's label is kept when it is not the canonical story word of {@code
     * language} (null: English) and its number.
     */
    void build(FeatureSpec.Builder b, String language) {
        Language english = Languages.english();
        String storyWord =
                (language == null ? english : Languages.forCode(language).orElse(english)).canonical(Term.STORY_WORD);
        Set<Integer> numbers = new HashSet<>();
        int expected = 1;
        for (Story s : stories) {
            if (s.scenarios.stream().allMatch(sc -> tableRow(sc.text()))) {
                // a story's scenarios all read from table rows are written as one table again, its
                // header from the keywords: in the author's words
                s.tableKeywords.forEach(ctx.presentation()::word);
            }
            UserStory us = s.build(storyWord);
            b.addUserStory(us);
            if (s.primary) {
                continue;
            }
            if (!numbers.add(us.number())) {
                ctx.report(
                        Rule.STORY_NUMBERING,
                        "User story number " + us.number() + " is used twice",
                        Pointer.of("userStories", s.index),
                        SourceText.range(s.heading));
            } else if (us.number() != expected) {
                ctx.report(
                        Rule.STORY_NUMBERING,
                        "User story " + us.number() + " follows story " + (expected - 1) + " (expected " + expected
                                + ")",
                        Pointer.of("userStories", s.index),
                        SourceText.range(s.heading));
            }
            expected = us.number() + 1;
        }
    }

    /** True when a scenario's text is one table row, {@code | … |}, as the writer tells one. */
    private static boolean tableRow(String text) {
        String t = text.strip();
        return t.length() >= 2 && t.startsWith("|") && t.endsWith("|") && t.indexOf('\n') < 0;
    }

    /** One story being read. */
    private final class Story {
        final int number;
        final String title;
        final Heading heading;
        final boolean primary;
        final int index;
        int level;
        Priority priority;
        boolean invalidPriority;
        String suffix;
        /** The story word and number as written, e.g. {@code US-003}; null for a primary story. */
        String label;
        /** True for a story whose heading was read by its shape, in words no language gives. */
        boolean byShape;

        final List<String> description = new ArrayList<>();
        boolean descriptionOpen = true;
        /** The texts after the Why this priority and Independent Test labels, each the first given. */
        final Map<Term, String> labelled = new EnumMap<>(Term.class);

        boolean expectScenarios;
        final List<AcceptanceScenario> scenarios = new ArrayList<>();
        /**
         * The keywords of the first scenario table's header, by step term, as written; the first table's
         * map itself, as a story has one table at most in all but odd documents.
         */
        Map<Term, String> tableKeywords = Map.of();

        final List<String> notes = new ArrayList<>();
        /** Where the last note starts and ends in the source (offsets; -1 when unknown or none yet). */
        int noteStart = -1;

        int noteEnd = -1;

        Story(int number, String title, Heading heading, boolean primary, int index) {
            this.number = number;
            this.title = title;
            this.heading = heading;
            this.primary = primary;
            this.index = index;
            this.level = heading.getLevel();
        }

        /** The story, with its label when that is not {@code storyWord} and the number. */
        UserStory build(String storyWord) {
            if (priority == null && !primary && !invalidPriority) {
                ctx.report(
                        Rule.STORY_WITHOUT_PRIORITY,
                        "User story " + number + " '" + title + "' names no priority",
                        Pointer.of("userStories", index),
                        SourceText.range(heading));
            }
            if (scenarios.isEmpty()) {
                ctx.report(
                        Rule.STORY_WITHOUT_SCENARIOS,
                        "User story " + number + " '" + title + "' has no acceptance scenarios",
                        Pointer.of("userStories", index),
                        SourceText.range(heading));
            }
            return new UserStory(
                    number,
                    title,
                    Optional.ofNullable(priority),
                    Optional.ofNullable(suffix),
                    description.isEmpty() ? Optional.empty() : Optional.of(String.join("\n\n", description)),
                    Optional.ofNullable(labelled.get(Term.LABEL_WHY_THIS_PRIORITY)),
                    Optional.ofNullable(labelled.get(Term.LABEL_INDEPENDENT_TEST)),
                    scenarios,
                    notes.isEmpty()
                            ? Optional.empty()
                            : Optional.of(String.join("\n\n", notes).strip()),
                    label == null || label.equals(storyWord + " " + number) ? Optional.empty() : Optional.of(label));
        }
    }
}
