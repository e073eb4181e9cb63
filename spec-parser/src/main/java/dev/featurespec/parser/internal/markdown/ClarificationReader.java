package dev.featurespec.parser.internal.markdown;

import dev.featurespec.model.Clarification;
import dev.featurespec.model.ClarificationSession;
import dev.featurespec.model.FeatureSpec;
import dev.featurespec.model.Section;
import dev.featurespec.model.diagnostic.Rule;
import dev.featurespec.model.diagnostic.SourceRange;
import dev.featurespec.model.template.TemplateSection;
import dev.featurespec.model.template.Term;
import dev.featurespec.model.template.internal.Vocabulary;
import dev.featurespec.parser.internal.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import org.commonmark.node.Heading;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;

/**
 * Reads clarifications: a session heading ({@code ### Session 2025-10-01}) opens a session wherever it
 * stands, and a list straight under Clarifications is an implicit session without a date. Each item is a
 * Q/A entry ({@code - Q: … → A: …}, the answer on a nested line, or in the next item); an item of another
 * form is kept as an answer without a question and reported. One per parse; not thread-safe. Not API.
 */
final class ClarificationReader implements SectionReader {
    private final AssemblyContext ctx;
    private final Vocabulary vocab;
    private final Outline outline;
    private final ExtraReader extras;
    private final List<Session> sessions = new ArrayList<>();
    private Session open;

    ClarificationReader(AssemblyContext ctx, Outline outline, ExtraReader extras) {
        this.ctx = ctx;
        this.vocab = ctx.vocab();
        this.outline = outline;
        this.extras = extras;
    }

    /** One session being read. */
    private static final class Session {
        final String date;
        final String topic;
        final int index;
        /** For an implicit session, the Clarifications section it stands in; null for a headed one. */
        final Outline.Entry implicitIn;

        final List<Clarification> entries = new ArrayList<>();

        Session(String date, String topic, int index, Outline.Entry implicitIn) {
            this.date = date;
            this.topic = topic;
            this.index = index;
            this.implicitIn = implicitIn;
        }
    }

    /** True while a headed session is open: blocks belong to it. */
    boolean isOpen() {
        return open != null;
    }

    void close() {
        open = null;
    }

    /** The pointer of the open headed session, or null when none is open. */
    String openPointer() {
        return open == null ? null : Pointer.of("clarifications", open.index);
    }

    /** Opens the session of a session heading. */
    void open(HeadingKind.Session kind, Heading h) {
        open = new Session(kind.date(), kind.topic(), sessions.size(), null);
        if (kind.word() != null) {
            ctx.presentation().word(Term.HEADING_SESSION, kind.word());
        }
        ctx.put(Pointer.of("clarifications", sessions.size()), SourceText.range(h));
        sessions.add(open);
        extras.placeAfter(Section.CLARIFICATIONS);
        outline.saw(TemplateSection.CLARIFICATIONS);
    }

    /** Adds block {@code n} to the open session: a list of entries, or loose text. */
    void add(Node n) {
        if (n instanceof ListBlock list) {
            entries(open, list);
        } else {
            extras.addLoose(Section.CLARIFICATIONS, n);
        }
    }

    /** A list whose item starts with a question marker, {@code - Q: …}. */
    @Override
    public boolean recognises(Node block) {
        if (block instanceof ListBlock list) {
            for (ListItem item : Blocks.items(list)) {
                if (vocab.question().matcher(ctx.blocks().itemText(item)).matches()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Reads a block straight under Clarifications: a list continues (or starts) its implicit session. */
    @Override
    public void read(Node n, Outline.Entry entry) {
        if (!(n instanceof ListBlock list)) {
            extras.addLoose(Section.CLARIFICATIONS, n);
            return;
        }
        if (sessions.isEmpty() || sessions.get(sessions.size() - 1).implicitIn != entry) {
            ctx.put(Pointer.of("clarifications", sessions.size()), SourceText.range(n));
            sessions.add(new Session("", null, sessions.size(), entry));
        }
        entries(sessions.get(sessions.size() - 1), list);
    }

    private void entries(Session session, ListBlock list) {
        List<ListItem> items = Blocks.items(list);
        for (int i = 0; i < items.size(); i++) {
            ListItem item = items.get(i);
            String text = ctx.blocks().itemText(item);
            Clarification c = clarification(text);
            SourceRange range = SourceText.range(item);
            if (c != null && c.answer().isEmpty() && i + 1 < items.size()) {
                String next = ctx.blocks().itemText(items.get(i + 1));
                Matcher am = vocab.nestedAnswer().matcher("\n" + next);
                if (am.lookingAt()) {
                    c = new Clarification(
                            c.question(), next.substring(am.end() - 1).strip(), answerLabel(am.group(1)));
                    range = SourceText.range(item, items.get(i + 1));
                    i++;
                }
            }
            String pointer = Pointer.of("clarifications", session.index, "entries", session.entries.size());
            if (c == null) {
                ctx.report(
                        Rule.UNPARSED_CLARIFICATION,
                        "Clarification '" + AssemblyContext.abbreviate(text) + "' has no Q/A form; kept as an answer",
                        pointer,
                        range);
                c = new Clarification(Optional.empty(), text, Optional.empty());
            }
            ctx.put(pointer, range);
            session.entries.add(c);
        }
    }

    private static Optional<String> answerLabel(String label) {
        return label.equals("A") ? Optional.empty() : Optional.of(label);
    }

    /** {@code text} as a Q/A entry, or null when it does not start with a question marker. */
    private Clarification clarification(String text) {
        Matcher q = vocab.question().matcher(text);
        if (!q.matches()) {
            return null;
        }
        String rest = q.group(1);
        Matcher answer = vocab.answerSeparator().matcher(rest);
        if (!answer.find()) {
            answer = vocab.nestedAnswer().matcher(rest);
            if (!answer.find()) {
                return new Clarification(Optional.of(rest.strip()), "", Optional.empty());
            }
        }
        return new Clarification(
                Optional.of(rest.substring(0, answer.start()).strip()),
                rest.substring(answer.end()).strip(),
                answerLabel(answer.group(1)));
    }

    void build(FeatureSpec.Builder b) {
        for (Session s : sessions) {
            b.addClarificationSession(new ClarificationSession(s.date, Optional.ofNullable(s.topic), s.entries));
        }
    }
}
