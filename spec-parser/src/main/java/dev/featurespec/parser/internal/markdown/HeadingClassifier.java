package dev.featurespec.parser.internal.markdown;

import dev.featurespec.model.Priority;
import dev.featurespec.model.template.TemplateSection;
import dev.featurespec.model.template.Term;
import dev.featurespec.model.template.internal.Syntax;
import dev.featurespec.model.template.internal.Vocabulary;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells what a heading is from its text and level: the recognising half of reading a spec, as gherkin's
 * {@code GherkinTokenMatcher} is beside its builder. Pure: no state, no diagnostics, no source map; the
 * {@link DocumentReader} acts on the answer. Immutable and thread-safe. Not API.
 *
 * <pre>{@code
 * classifier.classify("User Story 2 - Pay (Priority: P1)", 3);
 * // Story[number=2, label=User Story 2, title=Pay, priority=P1, suffix=null, invalidPriority=null, language=en,
 * //       priorityWord=Priority]
 * }</pre>
 */
final class HeadingClassifier {
    private static final HeadingKind.Unknown UNKNOWN = new HeadingKind.Unknown();
    private static final Pattern DATE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})\\s*(.*)$", Pattern.DOTALL);

    /**
     * A story heading in words no language gives, by its shape alone: {@code <words> N - <title> (<word>:
     * P1)}, the words letters only, a separator after the number and a priority group in parentheses.
     */
    private static final Pattern STORY_SHAPE = Pattern.compile(
            "^([\\p{L}\\p{M}][\\p{L}\\p{M} '’]{0,40}?)\\s*#?\\s*(\\d{1,9})(?!\\d)\\s*[-–—:：.|]\\s*(\\S.{0,200}?)\\s*"
                    + "[(（]\\s*[\\p{L}\\p{M}][\\p{L}\\p{M} ]{0,30}?\\s*[:：]\\s*([Pp]\\d{1,9})\\s*[)）]\\s*(.{0,100})$");
    /** The longest heading read by its shape; the shapes' parts are bounded, so no longer one can match. */
    private static final int MAX_SHAPED = 400;
    /** A session heading in words no language gives: words, then a date, {@code Kikao 2025-10-01 (topic)}. */
    private static final Pattern SESSION_SHAPE =
            Pattern.compile("^[\\p{L}\\p{M}][\\p{L}\\p{M} ]{0,40}?\\s*[:：]?\\s*(\\d{4}-\\d{2}-\\d{2}.{0,200})$");

    private final Vocabulary vocab;

    HeadingClassifier(Vocabulary vocab) {
        this.vocab = vocab;
    }

    /** The kind of a heading of {@code level} whose text (inline source, stripped) is {@code text}. */
    HeadingKind classify(String text, int level) {
        if (level == 1) {
            return title(text);
        }
        Vocabulary.Hit hit = vocab.heading(text);
        if (hit == null) {
            return byPattern(text);
        }
        Term term = hit.term();
        if (term == Term.HEADING_PRIMARY_USER_STORY) {
            return new HeadingKind.PrimaryStory(hit.language(), byPattern(text));
        }
        if (term == Term.HEADING_ACCEPTANCE_SCENARIOS) {
            return new HeadingKind.AcceptanceScenarios(hit.language(), byPattern(text));
        }
        if (term == Term.HEADING_SESSION) {
            return new HeadingKind.SessionWord(hit.language());
        }
        TemplateSection section = TemplateSection.forHeading(term)
                .orElseThrow(() -> new IllegalStateException("heading term without a section: " + term));
        return new HeadingKind.KnownSection(section, hit.language());
    }

    /**
     * A requirement named at the start of {@code text}, {@code FR-001: Export} (also with {@code .} or a
     * dash after the id, or nothing): the heading form, also used inside a bold paragraph {@code
     * **FR-001: Export**}. Null when {@code text} does not start with a requirement id.
     */
    HeadingKind.RequirementHeading requirement(String text) {
        Matcher m = vocab.requirementId().matcher(text);
        if (!m.lookingAt()) {
            return null;
        }
        int j = m.end();
        if (j < text.length() && Character.isLetterOrDigit(text.charAt(j))) {
            return null;
        }
        String rest = Syntax.dropLeading(text.substring(j).strip(), ":：.-–—", 1);
        return new HeadingKind.RequirementHeading(m.group(), rest);
    }

    /**
     * A story heading told by its shape alone, {@code Hadithi ya Mtumiaji 1 - Kuingia (Kipaumbele: P1)},
     * for a heading whose words no language gives; null when {@code text} does not have that shape. Its
     * words are the template's story word, structure like a known language's, so no label is kept: the
     * writer writes the story word of the spec's language, and reads back the same story.
     */
    HeadingKind.Story storyByShape(String text) {
        String t = text.strip();
        if (t.length() > MAX_SHAPED) {
            return null;
        }
        Matcher m = STORY_SHAPE.matcher(t);
        if (!m.matches()) {
            return null;
        }
        int number;
        try {
            number = Integer.parseInt(m.group(2));
        } catch (NumberFormatException e) {
            return null;
        }
        String suffix = m.group(5).strip();
        return new HeadingKind.Story(
                number,
                null,
                Syntax.dropTrailing(m.group(3).strip(), "-–—:："),
                Priority.parse(m.group(4)),
                suffix.isEmpty() ? null : suffix,
                null,
                null,
                null);
    }

    /**
     * A clarification session heading told by its shape alone, words then a date ({@code Kikao
     * 2025-10-01}), for a heading whose words no language gives; null when {@code text} has another shape.
     */
    HeadingKind.Session sessionByShape(String text) {
        if (text.length() > MAX_SHAPED) {
            return null;
        }
        Matcher m = SESSION_SHAPE.matcher(text.strip());
        return m.matches() ? session(m.group(1).strip(), null, null) : null;
    }

    private HeadingKind.Title title(String text) {
        int colon = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ':' || c == '：') {
                colon = i;
                break;
            }
        }
        if (colon > 0) {
            Vocabulary.Hit hit = vocab.titlePrefix(text.substring(0, colon));
            if (hit != null) {
                return new HeadingKind.Title(
                        text.substring(colon + 1).strip(),
                        hit.language(),
                        text.substring(0, colon).strip());
            }
        }
        return new HeadingKind.Title(text.strip(), null, null);
    }

    /** A story, a session, a requirement or an unknown heading, told by the shape of its text. */
    private HeadingKind byPattern(String text) {
        String unstruck = Syntax.unstruck(text);
        Matcher story = vocab.story().matcher(unstruck);
        if (story.matches()) {
            return story(text, story, vocab.storyWordLanguage(unstruck));
        }
        String stripped = text.strip();
        Matcher session = vocab.session().matcher(stripped);
        if (session.matches() && Syntax.sessionRest(session.group(1))) {
            String word =
                    Syntax.dropTrailing(stripped.substring(0, session.start(1)).strip(), ":：");
            return session(session.group(1).strip(), vocab.sessionWordLanguage(stripped), word);
        }
        HeadingKind.RequirementHeading requirement = requirement(text);
        return requirement != null ? requirement : UNKNOWN;
    }

    private HeadingKind.Story story(String text, Matcher m, String language) {
        String t = text.strip();
        boolean struck = t.startsWith("~~") && t.endsWith("~~") && t.length() >= 4;
        int number;
        try {
            number = Integer.parseInt(m.group(1));
        } catch (NumberFormatException e) {
            number = -1;
        }
        String rest = Syntax.dropLeading(m.group(2).strip(), "-–—:：.|", Integer.MAX_VALUE);
        Priority priority = null;
        String suffix = null;
        String invalidPriority = null;
        String title = rest;
        Vocabulary.PriorityGroup group = vocab.lastPriorityGroup(rest);
        String priorityWord = null;
        if (group != null) {
            try {
                priority = Priority.parse(group.value());
                priorityWord = group.word();
                title = rest.substring(0, group.start()).strip();
                String s = rest.substring(group.end()).strip();
                suffix = s.isEmpty() ? null : s;
            } catch (IllegalArgumentException e) {
                invalidPriority = group.value();
            }
        }
        title = Syntax.dropTrailing(title, "-–—:：");
        if (struck) {
            title = "~~" + title + "~~";
        }
        String label = m.group().substring(0, m.end(1)).strip();
        return new HeadingKind.Story(number, label, title, priority, suffix, invalidPriority, language, priorityWord);
    }

    private static HeadingKind.Session session(String rest, String language, String word) {
        String date = rest;
        String topic = null;
        Matcher m = DATE.matcher(rest);
        if (m.matches()) {
            date = m.group(1);
            String t = m.group(2).strip();
            if (t.startsWith("(") && t.endsWith(")") || t.startsWith("（") && t.endsWith("）")) {
                topic = t.substring(1, t.length() - 1).strip();
            } else if (!t.isEmpty()) {
                topic = Syntax.dropLeading(t, "-–—:：", 1);
            }
        }
        return new HeadingKind.Session(date, topic, language, word);
    }
}
