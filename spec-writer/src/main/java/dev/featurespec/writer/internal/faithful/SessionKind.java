package dev.featurespec.writer.internal.faithful;

import dev.featurespec.model.ClarificationSession;
import dev.featurespec.writer.internal.layout.ClarificationsWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Clarification sessions: a changed session has its date and topic replaced in its heading line and its
 * entries patched as a list; a new session is rendered with a heading of its siblings' level after the
 * last one.
 */
final class SessionKind implements ElementKind<ClarificationSession> {
    private final Source source;
    private final Styles styles;

    SessionKind(Source source, Styles styles) {
        this.source = source;
        this.styles = styles;
    }

    @Override
    public String pointer(int index) {
        return "/clarifications/" + index;
    }

    @Override
    public Object key(ClarificationSession session) {
        return session.date() + session.topic().orElse("");
    }

    @Override
    public boolean block() {
        return true;
    }

    @Override
    public List<Patch> changed(ClarificationSession before, ClarificationSession after, String pointer, int i) {
        List<Patch> out = new ArrayList<>();
        List<Source.Replacement> words = new ArrayList<>();
        ItemKind.field(
                words,
                before.date().isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(before.date()),
                after.date().isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(after.date()),
                false);
        if (!ItemKind.field(words, before.topic(), after.topic(), true)
                || before.date().isEmpty() != after.date().isEmpty()) {
            throw new Unplaceable("a session's topic or date appears or disappears at " + pointer);
        }
        if (!words.isEmpty()) {
            int heading = source.first(pointer);
            if (!source.lines().line(heading).stripLeading().startsWith("#")) {
                throw new Unplaceable("a session without a heading at " + pointer);
            }
            out.add(source.replaceAll(heading, heading, pointer, words));
        }
        int index = Integer.parseInt(pointer.substring(pointer.lastIndexOf('/') + 1));
        ListPatcher.patch(source, before.entries(), after.entries(), ItemKinds.entries(source, styles, index), out);
        return out;
    }

    private static Optional<String> date(ClarificationSession session) {
        return session.date().isEmpty() ? Optional.empty() : Optional.of(session.date());
    }

    @Override
    public List<String> render(ClarificationSession session, int afterIndex, String siblingPointer, boolean follows) {
        String heading = source.lines().line(source.first(siblingPointer));
        int level = 0;
        while (level < heading.length() && heading.charAt(level) == '#') {
            level++;
        }
        if (level == 0) {
            throw new Unplaceable("a new session beside one without a heading");
        }
        String entry = session.entries().isEmpty()
                        || source.extent(siblingPointer + "/entries/0").isEmpty()
                ? styles.base().bulletMarker()
                : Styles.marker(source.lines().line(source.first(siblingPointer + "/entries/0")), false);
        int l = level;
        return Styles.render(out -> new ClarificationsWriter(styles.base()).session(out, session, l, entry));
    }
}
