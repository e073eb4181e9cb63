package dev.featurespec.parser.internal.folder;

import dev.featurespec.model.Statement;
import dev.featurespec.model.diagnostic.Rule;
import dev.featurespec.model.document.ExtraSection;
import dev.featurespec.model.document.Note;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Reads what the feature folder's documents share from their JSON or YAML form: the root object's common
 * properties, what every section (category, phase, group) has, checkbox items, notes, extra sections and
 * nested bullets. A value the model refuses is reported (FS058) and the element dropped. Not API.
 */
public final class FolderJsonReads {
    private FolderJsonReads() {}

    /** The properties every document's root object has, as read; the title is empty when absent. */
    public static final class Root {
        public String title = "";
        public String frontMatter;
        public final List<Note> notes = new ArrayList<>();
        public final List<ExtraSection> extraSections = new ArrayList<>();
    }

    /**
     * Reads a document's root object: {@code formatVersion} (FS057 unless {@code formatVersion}), {@code
     * title} (FS058 when missing), {@code frontMatter}, {@code notes} and {@code extraSections}; the array
     * named {@code sectionsKey} is given, by its pointer, to {@code sections}; any other property is
     * unknown in a {@code kind} ({@code "task list"}).
     */
    public static Root document(
            StreamCursor c, int formatVersion, String kind, String sectionsKey, Consumer<String> sections) {
        Root root = new Root();
        boolean[] titled = {false};
        boolean object = c.object("", "the document", (name, p) -> {
            switch (name) {
                case "formatVersion" -> {
                    OptionalInt v = c.integer(p, "formatVersion");
                    if (v.isPresent() && v.getAsInt() != formatVersion) {
                        c.report(
                                Rule.UNSUPPORTED_FORMAT_VERSION,
                                "formatVersion " + v.getAsInt() + " is not supported; this version reads formatVersion "
                                        + formatVersion,
                                p,
                                null);
                    }
                }
                case "title" ->
                    c.string(p, "title").ifPresent(t -> {
                        root.title = t;
                        titled[0] = true;
                    });
                case "frontMatter" -> c.string(p, "frontMatter").ifPresent(f -> root.frontMatter = f);
                case "notes" -> root.notes.addAll(c.array(p, "notes", e -> note(c, e)));
                case "extraSections" -> root.extraSections.addAll(c.array(p, "extraSections", e -> extraSection(c, e)));
                default -> {
                    if (name.equals(sectionsKey)) {
                        sections.accept(p);
                    } else {
                        c.unknown(name, p, "a " + kind);
                    }
                }
            }
        });
        if (object && !titled[0]) {
            c.missing("title", "", "the " + kind);
        }
        return root;
    }

    /** What every section object has (a category, a phase, a group), as read. */
    public record Section(Optional<String> heading, int level, List<Note> notes) {}

    /**
     * Reads a section object of a {@code kind} ({@code "phase"}): {@code heading}, {@code level} and {@code
     * notes}, and each property named in {@code own} with its reader, given the value's pointer; any other
     * property is unknown (FS053). Null when it is not an object, or lacks {@code level}, or lacks {@code
     * heading} when {@code headed} (FS058).
     */
    public static Section section(
            StreamCursor c, String pointer, String kind, boolean headed, Map<String, Consumer<String>> own) {
        Props s = new Props();
        List<Note> notes = new ArrayList<>();
        boolean object = c.object(pointer, "a " + kind, (name, p) -> {
            switch (name) {
                case "heading" -> s.heading = c.string(p, "heading").orElse(null);
                case "level" -> s.level = boxed(c.integer(p, "level"));
                case "notes" -> notes.addAll(c.array(p, "notes", e -> note(c, e)));
                default -> {
                    Consumer<String> reader = own.get(name);
                    if (reader != null) {
                        reader.accept(p);
                    } else {
                        c.unknown(name, p, "a " + kind);
                    }
                }
            }
        });
        if (!object) {
            return null;
        }
        if (headed && s.heading == null) {
            c.missing("heading", pointer, "the " + kind);
            return null;
        }
        if (s.level == null) {
            c.missing("level", pointer, "the " + kind);
            return null;
        }
        return new Section(Optional.ofNullable(s.heading), s.level, notes);
    }

    /** What {@code make} builds, or null when the model refuses the values read (FS058 at {@code pointer}). */
    public static <T> T built(StreamCursor c, String pointer, Supplier<T> make) {
        try {
            return make.get();
        } catch (IllegalArgumentException e) {
            c.invalid(e.getMessage(), pointer);
            return null;
        }
    }

    /**
     * A checkbox item, {@code {id, done, text, requirements, details, subItems}}, of a {@code kind} ({@code
     * "task"}); the {@code derived} properties are accepted and skipped. Null when it cannot be built.
     */
    public static <T> T checkboxItem(
            StreamCursor c, String pointer, String kind, Set<String> derived, ItemFactory<T> factory) {
        Props i = new Props();
        Boolean[] done = {null};
        List<String> requirements = new ArrayList<>();
        List<Statement> subItems = new ArrayList<>();
        boolean object = c.object(pointer, "a " + kind, (name, p) -> {
            switch (name) {
                case "id" -> i.id = c.string(p, "id").orElse(null);
                case "done" -> done[0] = c.bool(p, "done").orElse(null);
                case "text" -> i.text = c.string(p, "text").orElse(null);
                case "requirements" -> requirements.addAll(c.strings(p, "requirements"));
                case "details" -> i.details = c.string(p, "details").orElse(null);
                case "subItems" -> subItems.addAll(statements(c, p));
                default -> {
                    if (derived.contains(name)) {
                        c.skip();
                    } else {
                        c.unknown(name, p, "a " + kind);
                    }
                }
            }
        });
        if (!object) {
            return null;
        }
        if (i.text == null || done[0] == null) {
            c.missing(i.text == null ? "text" : "done", pointer, "the " + kind);
            return null;
        }
        return factory.create(
                Optional.ofNullable(i.id), done[0], i.text, requirements, Optional.ofNullable(i.details), subItems);
    }

    /** A mutable holder for one element's properties while they are read. */
    public static final class Props {
        public String id;
        public String label;
        public String details;
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
        return built(c, pointer, () -> new Note(Optional.ofNullable(n.label), n.text, n.at == null ? 0 : n.at));
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
        return built(c, pointer, () -> new ExtraSection(x.heading, x.level, x.markdown, x.at == null ? 0 : x.at));
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
    public static Integer boxed(OptionalInt i) {
        return i.isPresent() ? i.getAsInt() : null;
    }
}
