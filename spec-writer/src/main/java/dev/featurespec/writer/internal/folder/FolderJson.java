package dev.featurespec.writer.internal.folder;

import dev.featurespec.model.Statement;
import dev.featurespec.model.document.ExtraSection;
import dev.featurespec.model.document.Note;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import tools.jackson.core.JsonGenerator;

/**
 * How the feature folder's documents write what they share as JSON: the root object, the common
 * properties of checkbox items, notes, extra sections and nested bullets, with the keys, order and
 * omissions of the records' Jackson annotations. Not API.
 */
public final class FolderJson {
    private FolderJson() {}

    /**
     * A document's root object: {@code formatVersion}, {@code title}, {@code frontMatter}, {@code notes},
     * its typed sections under {@code sectionsKey} (each written by {@code section}), {@code
     * extraSections}.
     */
    public static <S> void document(
            JsonGenerator g,
            int formatVersion,
            String title,
            Optional<String> frontMatter,
            List<Note> notes,
            String sectionsKey,
            List<S> sections,
            Consumer<S> section,
            List<ExtraSection> extraSections) {
        g.writeStartObject();
        g.writeNumberProperty("formatVersion", formatVersion);
        g.writeStringProperty("title", title);
        JsonOutput.optional(g, "frontMatter", frontMatter);
        notes(g, notes);
        JsonOutput.array(g, sectionsKey, sections, section);
        extraSections(g, extraSections);
        g.writeEndObject();
    }

    /** Opens a checkbox item's object and writes what every item starts with: {@code id}, {@code done}, {@code text}. */
    public static void startItem(JsonGenerator g, Optional<String> id, boolean done, String text) {
        g.writeStartObject();
        JsonOutput.optional(g, "id", id);
        g.writeBooleanProperty("done", done);
        g.writeStringProperty("text", text);
    }

    /** Writes what every checkbox item ends with, {@code details} and {@code subItems}, and closes its object. */
    public static void endItem(JsonGenerator g, Optional<String> details, List<Statement> subItems) {
        JsonOutput.optional(g, "details", details);
        statements(g, "subItems", subItems);
        g.writeEndObject();
    }

    /** {@code notes}: [{label, text, at}…] unless empty; {@code at} left out when 0. */
    public static void notes(JsonGenerator g, List<Note> notes) {
        JsonOutput.array(g, "notes", notes, n -> {
            g.writeStartObject();
            JsonOutput.optional(g, "label", n.label());
            g.writeStringProperty("text", n.text());
            if (n.at() != 0) {
                g.writeNumberProperty("at", n.at());
            }
            g.writeEndObject();
        });
    }

    /** {@code extraSections}: [{heading, level, markdown, after}…] unless empty; {@code after} left out when 0. */
    public static void extraSections(JsonGenerator g, List<ExtraSection> sections) {
        JsonOutput.array(g, "extraSections", sections, x -> {
            g.writeStartObject();
            g.writeStringProperty("heading", x.heading());
            g.writeNumberProperty("level", x.level());
            g.writeStringProperty("markdown", x.markdown());
            if (x.after() != 0) {
                g.writeNumberProperty("after", x.after());
            }
            g.writeEndObject();
        });
    }

    /** {@code name}: nested [{text, children}…] unless empty; written without recursion. */
    public static void statements(JsonGenerator g, String name, List<Statement> roots) {
        if (roots.isEmpty()) {
            return;
        }
        g.writeName(name);
        g.writeStartArray();
        // each frame: a list being written and the index of its next element; a frame with next > 0 resumes
        // a list after the children of its previous element, whose array and object it closes first
        record Frame(List<Statement> list, int next) {}
        Deque<Frame> stack = new ArrayDeque<>();
        stack.push(new Frame(roots, 0));
        while (!stack.isEmpty()) {
            Frame f = stack.pop();
            if (f.next() > 0) {
                // the element before this one had children: close its array and object
                g.writeEndArray();
                g.writeEndObject();
            }
            int i = f.next();
            while (i < f.list().size()) {
                Statement s = f.list().get(i++);
                g.writeStartObject();
                g.writeStringProperty("text", s.text());
                if (!s.children().isEmpty()) {
                    g.writeName("children");
                    g.writeStartArray();
                    stack.push(new Frame(f.list(), i));
                    stack.push(new Frame(s.children(), 0));
                    break;
                }
                g.writeEndObject();
            }
        }
        g.writeEndArray();
    }
}
