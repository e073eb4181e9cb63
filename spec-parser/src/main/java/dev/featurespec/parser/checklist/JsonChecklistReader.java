package dev.featurespec.parser.checklist;

import dev.featurespec.model.Statement;
import dev.featurespec.model.checklist.Category;
import dev.featurespec.model.checklist.Checklist;
import dev.featurespec.model.checklist.ChecklistItem;
import dev.featurespec.model.diagnostic.Diagnostic;
import dev.featurespec.model.diagnostic.Rule;
import dev.featurespec.model.document.Note;
import dev.featurespec.parser.ReadResult;
import dev.featurespec.parser.SpecParseException;
import dev.featurespec.parser.internal.FolderJsonReads;
import dev.featurespec.parser.internal.JsonInput;
import dev.featurespec.parser.internal.StreamCursor;
import dev.featurespec.parser.json.JsonSpecReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.core.JsonParser;

/**
 * Reads the JSON or YAML form of a {@link Checklist} (what {@code JsonChecklistWriter} writes, described
 * by {@code checklist.schema.json}) on Jackson's streaming parser, without data binding. Immutable and
 * thread-safe. Problems are reported as {@code JsonTasksReader}'s are (FS050–FS058, each with a position
 * and a JSON pointer); the derived properties ({@code formatVersion}, an item's {@code tags} and {@code
 * references}) are accepted and ignored.
 *
 * <pre>{@code
 * ReadResult<Checklist> result = JsonChecklistReader.json().parse(Path.of("requirements.json"));
 * }</pre>
 */
public final class JsonChecklistReader {
    private static final JsonChecklistReader JSON = builder().build();
    private static final JsonChecklistReader YAML =
            builder().format(JsonSpecReader.Format.YAML).build();

    private final boolean strict;
    private final JsonInput input;

    private JsonChecklistReader(Builder b) {
        this.strict = b.strict;
        this.input = new JsonInput(b.format == JsonSpecReader.Format.YAML, b.maxBytes);
    }

    /** The lenient JSON reader with default limits. */
    public static JsonChecklistReader json() {
        return JSON;
    }

    /** The lenient YAML reader with default limits. */
    public static JsonChecklistReader yaml() {
        return YAML;
    }

    /** A builder; defaults: JSON, lenient, 32 MiB for JSON and 8 MiB for YAML. */
    public static Builder builder() {
        return new Builder();
    }

    /** Reads a document held as text. */
    public ReadResult<Checklist> parse(String text) {
        return finish(input.read(Objects.requireNonNull(text, "text"), this::read, JsonChecklistReader::refused));
    }

    /** Reads UTF-8 bytes (a BOM is skipped). */
    public ReadResult<Checklist> parse(byte[] utf8) {
        return finish(input.read(Objects.requireNonNull(utf8, "utf8"), this::read, JsonChecklistReader::refused));
    }

    /**
     * Reads the UTF-8 file at {@code path}.
     *
     * @throws IOException when the file cannot be read
     */
    public ReadResult<Checklist> parse(Path path) throws IOException {
        return finish(input.read(Objects.requireNonNull(path, "path"), this::read, JsonChecklistReader::refused));
    }

    /**
     * Reads the text of {@code reader}, which the caller closes.
     *
     * @throws IOException when {@code reader} throws
     */
    public ReadResult<Checklist> parse(Reader reader) throws IOException {
        return finish(input.read(Objects.requireNonNull(reader, "reader"), this::read, JsonChecklistReader::refused));
    }

    private static ReadResult<Checklist> refused(List<Diagnostic> diagnostics) {
        return new ReadResult<>(Checklist.builder("").build(), diagnostics, null);
    }

    private ReadResult<Checklist> finish(ReadResult<Checklist> result) {
        if (strict && result.hasErrors()) {
            throw new SpecParseException(result.diagnostics());
        }
        return result;
    }

    private ReadResult<Checklist> read(JsonParser parser) {
        StreamCursor c = new StreamCursor(parser, input.yaml());
        Checklist checklist = Checklist.builder("").build();
        try {
            if (c.start()) {
                checklist = checklist(c);
                if (c.trailing()) {
                    c.report(Rule.SYNTAX_ERROR, "content after the document's end", "", null);
                }
            }
        } catch (StreamCursor.Abort e) {
            // reported; what was read so far is dropped with the rest
        }
        return new ReadResult<>(checklist, c.diagnostics(), c.sourceMap());
    }

    private static Checklist checklist(StreamCursor c) {
        Checklist.Builder b = Checklist.builder("");
        boolean[] titled = {false};
        boolean object = c.object("", "the document", (name, p) -> {
            switch (name) {
                case "formatVersion" -> {
                    var v = c.integer(p, "formatVersion");
                    if (v.isPresent() && v.getAsInt() != Checklist.FORMAT_VERSION) {
                        c.report(
                                Rule.UNSUPPORTED_FORMAT_VERSION,
                                "formatVersion " + v.getAsInt() + " is not supported; this version reads formatVersion "
                                        + Checklist.FORMAT_VERSION,
                                p,
                                null);
                    }
                }
                case "title" ->
                    c.string(p, "title").ifPresent(t -> {
                        b.title(t);
                        titled[0] = true;
                    });
                case "frontMatter" -> c.string(p, "frontMatter").ifPresent(b::frontMatter);
                case "notes" ->
                    c.array(p, "notes", e -> FolderJsonReads.note(c, e)).forEach(b::addNote);
                case "categories" ->
                    c.array(p, "categories", e -> category(c, e)).forEach(b::addCategory);
                case "extraSections" ->
                    c.array(p, "extraSections", e -> FolderJsonReads.extraSection(c, e))
                            .forEach(b::addExtraSection);
                default -> c.unknown(name, p, "a checklist");
            }
        });
        if (object && !titled[0]) {
            c.missing("title", "", "the checklist");
        }
        return b.build();
    }

    private static Category category(StreamCursor c, String pointer) {
        String[] heading = {null};
        Integer[] level = {null};
        List<Note> notes = new ArrayList<>();
        List<ChecklistItem> items = new ArrayList<>();
        boolean object = c.object(pointer, "a category", (name, p) -> {
            switch (name) {
                case "heading" -> heading[0] = c.string(p, "heading").orElse(null);
                case "level" -> level[0] = FolderJsonReads.boxed(c.integer(p, "level"));
                case "notes" -> notes.addAll(c.array(p, "notes", e -> FolderJsonReads.note(c, e)));
                case "items" -> items.addAll(c.array(p, "items", e -> item(c, e)));
                default -> c.unknown(name, p, "a category");
            }
        });
        if (!object) {
            return null;
        }
        if (level[0] == null) {
            c.missing("level", pointer, "the category");
            return null;
        }
        try {
            return new Category(Optional.ofNullable(heading[0]), level[0], notes, items);
        } catch (IllegalArgumentException e) {
            c.invalid(e.getMessage(), pointer);
            return null;
        }
    }

    private static ChecklistItem item(StreamCursor c, String pointer) {
        String[] id = {null};
        String[] text = {null};
        String[] details = {null};
        Boolean[] done = {null};
        List<String> requirements = new ArrayList<>();
        List<Statement> subItems = new ArrayList<>();
        boolean object = c.object(pointer, "a checklist item", (name, p) -> {
            switch (name) {
                case "id" -> id[0] = c.string(p, "id").orElse(null);
                case "done" -> done[0] = c.bool(p, "done").orElse(null);
                case "text" -> text[0] = c.string(p, "text").orElse(null);
                case "requirements" -> requirements.addAll(c.strings(p, "requirements"));
                case "details" -> details[0] = c.string(p, "details").orElse(null);
                case "subItems" -> subItems.addAll(FolderJsonReads.statements(c, p));
                case "tags", "references" -> c.skip(); // derived from the text
                default -> c.unknown(name, p, "a checklist item");
            }
        });
        if (!object) {
            return null;
        }
        if (text[0] == null || done[0] == null) {
            c.missing(text[0] == null ? "text" : "done", pointer, "the checklist item");
            return null;
        }
        return new ChecklistItem(
                Optional.ofNullable(id[0]), done[0], text[0], requirements, Optional.ofNullable(details[0]), subItems);
    }

    /** Configures a {@link JsonChecklistReader}; not thread-safe. */
    public static final class Builder {
        private JsonSpecReader.Format format = JsonSpecReader.Format.JSON;
        private boolean strict;
        private long maxBytes;

        private Builder() {}

        /** The format to read; default JSON. */
        public Builder format(JsonSpecReader.Format format) {
            this.format = Objects.requireNonNull(format, "format");
            return this;
        }

        /** Throw {@link SpecParseException} when the document has errors; default {@code false}. */
        public Builder strict(boolean strict) {
            this.strict = strict;
            return this;
        }

        /** The largest input read, in bytes; default 32 MiB for JSON, 8 MiB for YAML. */
        public Builder maxBytes(long maxBytes) {
            if (maxBytes < 1) {
                throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
            }
            this.maxBytes = maxBytes;
            return this;
        }

        /** An immutable, thread-safe reader. */
        public JsonChecklistReader build() {
            return new JsonChecklistReader(this);
        }
    }
}
