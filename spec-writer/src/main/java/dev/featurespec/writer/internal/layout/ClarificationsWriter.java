package dev.featurespec.writer.internal.layout;

import static dev.featurespec.writer.internal.markdown.BlockWriter.normalize;

import dev.featurespec.model.Clarification;
import dev.featurespec.model.ClarificationSession;
import dev.featurespec.model.FeatureSpec;
import dev.featurespec.model.Section;
import dev.featurespec.model.template.TemplateSection;
import dev.featurespec.model.template.Term;
import dev.featurespec.writer.internal.markdown.BlockWriter;
import java.util.List;

/**
 * Writes {@code ## Clarifications}: one {@code ### Session 2025-10-01 (topic)} heading per session, its
 * entries as bullets {@code - Q: … → A: …} (an entry without a question is its answer alone).
 */
public final class ClarificationsWriter implements SectionWriter {
    private final MarkdownStyle style;

    /** A writer of clarifications in {@code style}. */
    public ClarificationsWriter(MarkdownStyle style) {
        this.style = style;
    }

    @Override
    public boolean hasContent(FeatureSpec spec) {
        return !spec.clarifications().isEmpty();
    }

    @Override
    public void write(LayoutContext context, TemplateSection section) {
        String bullet = context.bullet(Section.CLARIFICATIONS);
        int level = context.childLevel(section);
        List<ClarificationSession> sessions = context.spec().clarifications();
        for (int i = 0; i < sessions.size(); i++) {
            ClarificationSession s = sessions.get(i);
            if (i == 0 && s.date().isBlank() && s.topic().isEmpty()) {
                // entries before any session heading: the parser gives them a session without a date
                entries(context.out(), s, bullet);
            } else {
                session(context.out(), s, level, bullet);
            }
        }
        context.extras().write(context.out(), Section.CLARIFICATIONS);
    }

    /** Writes a session: its heading at {@code level} in a block, then its entries in another. */
    public void session(BlockWriter out, ClarificationSession session, int level, String bullet) {
        out.heading(level, sessionTitle(session));
        entries(out, session, bullet);
    }

    /** Writes a session's entries in a block of their own. */
    private void entries(BlockWriter out, ClarificationSession session, String bullet) {
        List<Clarification> entries = session.entries();
        for (int i = 0; i < entries.size(); i++) {
            entry(out.nextItem(i, style.looseItems()), entries.get(i), bullet);
        }
    }

    /** A session heading's text: {@code Session 2025-10-01 (topic)}. */
    public String sessionTitle(ClarificationSession session) {
        return style.word(Term.HEADING_SESSION) + " " + normalize(session.date())
                + session.topic().map(t -> " (" + normalize(t) + ")").orElse("");
    }

    /** Writes one entry as a list item on the current line: {@code - Q: question → A: answer}. */
    public void entry(BlockWriter out, Clarification c, String bullet) {
        if (c.question().isPresent()) {
            String label = c.answerLabel().orElse(style.word(Term.ANSWER));
            out.item(
                    bullet,
                    style.word(Term.QUESTION) + ": " + normalize(c.question().get()) + " " + style.arrow() + " " + label
                            + ": " + normalize(c.answer()));
        } else {
            out.item(bullet, normalize(c.answer()));
        }
    }
}
