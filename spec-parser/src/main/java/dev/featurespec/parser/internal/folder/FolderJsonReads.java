package dev.featurespec.parser.internal.folder;

import dev.featurespec.model.Statement;
import dev.featurespec.model.document.ExtraSection;
import dev.featurespec.model.document.Note;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads what the feature folder's documents share from their JSON or YAML form: notes, extra sections and
 * nested bullets. A value the model refuses is reported (FS058) and the element dropped. Not API.
 */
public final class FolderJsonReads {
    private FolderJsonReads() {}

    /** A mutable holder for one element's properties while they are read. */
    public static final class Props {
        public String label;
        public String text;
        public String heading;
        public String markdown;
        public Integer level;
        public Integer at;
        public List<Statement> children = List.of();
    }

    /** A note, {@code {label, text, at}}; null when it cannot be built. */
    public static Note note(StreamCursor c, String pointer) {
        Props n = new Props();
        boolean object = c.object(pointer, "a note", (name, child) -> {
            switch (name) {
                case "label" -> n.label = c.string(child, "label").orElse(null);
                case "text" -> n.text = c.string(child, "text").orElse(null);
                case "at" -> n.at = boxed(c.integer(child, "at"));
                default -> c.unknown(name, child, "a note");
            }
        });
        if (!object) {
            return null;
        }
        if (n.text == null) {
            c.missing("text", pointer, "the note");
            return null;
        }
        try {
            return new Note(Optional.ofNullable(n.label), n.text, n.at == null ? 0 : n.at);
        } catch (IllegalArgumentException e) {
            c.invalid(e.getMessage(), pointer);
            return null;
        }
    }

    /** An extra section, {@code {heading, level, markdown, after}}; null when it cannot be built. */
    public static ExtraSection extraSection(StreamCursor c, String pointer) {
        Props x = new Props();
        boolean object = c.object(pointer, "an extra section", (name, child) -> {
            switch (name) {
                case "heading" -> x.heading = c.string(child, "heading").orElse(null);
                case "level" -> x.level = boxed(c.integer(child, "level"));
                case "markdown" -> x.markdown = c.string(child, "markdown").orElse(null);
                case "after" -> x.at = boxed(c.integer(child, "after"));
                default -> c.unknown(name, child, "an extra section");
            }
        });
        if (!object) {
            return null;
        }
        for (String[] required : new String[][] {{"heading", x.heading}, {"markdown", x.markdown}}) {
            if (required[1] == null) {
                c.missing(required[0], pointer, "the extra section");
                return null;
            }
        }
        if (x.level == null) {
            c.missing("level", pointer, "the extra section");
            return null;
        }
        try {
            return new ExtraSection(x.heading, x.level, x.markdown, x.at == null ? 0 : x.at);
        } catch (IllegalArgumentException e) {
            c.invalid(e.getMessage(), pointer);
            return null;
        }
    }

    /** Nested bullets, {@code [{text, children}…]}. */
    public static List<Statement> statements(StreamCursor c, String pointer) {
        return c.array(pointer, "the bullets", e -> statement(c, e));
    }

    private static Statement statement(StreamCursor c, String pointer) {
        Props s = new Props();
        boolean object = c.object(pointer, "a bullet", (name, child) -> {
            switch (name) {
                case "text" -> s.text = c.string(child, "text").orElse(null);
                case "children" -> s.children = statements(c, child);
                default -> c.unknown(name, child, "a bullet");
            }
        });
        if (!object) {
            return null;
        }
        if (s.text == null) {
            c.missing("text", pointer, "the bullet");
            return null;
        }
        return new Statement(s.text, new ArrayList<>(s.children));
    }

    /** The value of {@code i}, or null. */
    public static Integer boxed(java.util.OptionalInt i) {
        return i.isPresent() ? i.getAsInt() : null;
    }
}
