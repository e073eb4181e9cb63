package dev.featurespec.parser.tasks;

import dev.featurespec.model.Statement;
import dev.featurespec.model.diagnostic.Diagnostic;
import dev.featurespec.model.diagnostic.Rule;
import dev.featurespec.model.document.Note;
import dev.featurespec.model.tasks.Phase;
import dev.featurespec.model.tasks.Task;
import dev.featurespec.model.tasks.TaskGroup;
import dev.featurespec.model.tasks.TaskList;
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
 * Reads the JSON or YAML form of a {@link TaskList} (what {@code JsonTasksWriter} writes, described by
 * {@code tasks.schema.json}) on Jackson's streaming parser, without data binding. Immutable and
 * thread-safe.
 *
 * <p>Bad input never throws (unless {@linkplain Builder#strict(boolean) strict}): every problem is a
 * positioned diagnostic with a JSON pointer: FS050 too large, FS051 not UTF-8, FS052 not well-formed,
 * FS053 an unknown property, FS054 a value of the wrong type, FS055 a repeated key, FS056 a limit
 * exceeded (nesting 500, strings 8 MiB, YAML aliases refused), FS057 another {@code formatVersion}, FS058 a
 * missing or refused value. The value in error is dropped and the rest is read. The derived properties
 * ({@code formatVersion}, a task's {@code parallel}, {@code stories} and {@code files}) are accepted and
 * ignored; {@code requirements} and a phase's {@code stories} are read as given.
 *
 * <pre>{@code
 * ReadResult<TaskList> result = JsonTasksReader.json().parse(Path.of("tasks.json"));
 * ReadResult<TaskList> fromYaml = JsonTasksReader.yaml().parse(yamlText);
 * }</pre>
 */
public final class JsonTasksReader {
    private static final JsonTasksReader JSON = builder().build();
    private static final JsonTasksReader YAML =
            builder().format(JsonSpecReader.Format.YAML).build();

    private final boolean strict;
    private final JsonInput input;

    private JsonTasksReader(Builder b) {
        this.strict = b.strict;
        this.input = new JsonInput(b.format == JsonSpecReader.Format.YAML, b.maxBytes);
    }

    /** The lenient JSON reader with default limits. */
    public static JsonTasksReader json() {
        return JSON;
    }

    /** The lenient YAML reader with default limits. */
    public static JsonTasksReader yaml() {
        return YAML;
    }

    /** A builder; defaults: JSON, lenient, 32 MiB for JSON and 8 MiB for YAML. */
    public static Builder builder() {
        return new Builder();
    }

    /** Reads a document held as text. */
    public ReadResult<TaskList> parse(String text) {
        return finish(input.read(Objects.requireNonNull(text, "text"), this::read, JsonTasksReader::refused));
    }

    /** Reads UTF-8 bytes (a BOM is skipped). */
    public ReadResult<TaskList> parse(byte[] utf8) {
        return finish(input.read(Objects.requireNonNull(utf8, "utf8"), this::read, JsonTasksReader::refused));
    }

    /**
     * Reads the UTF-8 file at {@code path}.
     *
     * @throws IOException when the file cannot be read
     */
    public ReadResult<TaskList> parse(Path path) throws IOException {
        return finish(input.read(Objects.requireNonNull(path, "path"), this::read, JsonTasksReader::refused));
    }

    /**
     * Reads the text of {@code reader}, which the caller closes.
     *
     * @throws IOException when {@code reader} throws
     */
    public ReadResult<TaskList> parse(Reader reader) throws IOException {
        return finish(input.read(Objects.requireNonNull(reader, "reader"), this::read, JsonTasksReader::refused));
    }

    private static ReadResult<TaskList> refused(List<Diagnostic> diagnostics) {
        return new ReadResult<>(TaskList.builder("").build(), diagnostics, null);
    }

    private ReadResult<TaskList> finish(ReadResult<TaskList> result) {
        if (strict && result.hasErrors()) {
            throw new SpecParseException(result.diagnostics());
        }
        return result;
    }

    private ReadResult<TaskList> read(JsonParser parser) {
        StreamCursor c = new StreamCursor(parser, input.yaml());
        TaskList tasks = TaskList.builder("").build();
        try {
            if (c.start()) {
                tasks = taskList(c);
                if (c.trailing()) {
                    c.report(Rule.SYNTAX_ERROR, "content after the document's end", "", null);
                }
            }
        } catch (StreamCursor.Abort e) {
            // reported; what was read so far is dropped with the rest
        }
        return new ReadResult<>(tasks, c.diagnostics(), c.sourceMap());
    }

    private static TaskList taskList(StreamCursor c) {
        TaskList.Builder b = TaskList.builder("");
        boolean[] titled = {false};
        boolean object = c.object("", "the document", (name, p) -> {
            switch (name) {
                case "formatVersion" -> {
                    var v = c.integer(p, "formatVersion");
                    if (v.isPresent() && v.getAsInt() != TaskList.FORMAT_VERSION) {
                        c.report(
                                Rule.UNSUPPORTED_FORMAT_VERSION,
                                "formatVersion " + v.getAsInt() + " is not supported; this version reads formatVersion "
                                        + TaskList.FORMAT_VERSION,
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
                case "phases" -> c.array(p, "phases", e -> phase(c, e)).forEach(b::addPhase);
                case "extraSections" ->
                    c.array(p, "extraSections", e -> FolderJsonReads.extraSection(c, e))
                            .forEach(b::addExtraSection);
                default -> c.unknown(name, p, "a task list");
            }
        });
        if (object && !titled[0]) {
            c.missing("title", "", "the task list");
        }
        return b.build();
    }

    private static Phase phase(StreamCursor c, String pointer) {
        String[] heading = {null};
        Integer[] level = {null};
        List<String> stories = new ArrayList<>();
        List<String> requirements = new ArrayList<>();
        List<Note> notes = new ArrayList<>();
        List<Task> tasks = new ArrayList<>();
        List<TaskGroup> groups = new ArrayList<>();
        boolean object = c.object(pointer, "a phase", (name, p) -> {
            switch (name) {
                case "heading" -> heading[0] = c.string(p, "heading").orElse(null);
                case "level" -> level[0] = FolderJsonReads.boxed(c.integer(p, "level"));
                case "stories" -> stories.addAll(c.strings(p, "stories"));
                case "requirements" -> requirements.addAll(c.strings(p, "requirements"));
                case "notes" -> notes.addAll(c.array(p, "notes", e -> FolderJsonReads.note(c, e)));
                case "tasks" -> tasks.addAll(c.array(p, "tasks", e -> task(c, e)));
                case "groups" -> groups.addAll(c.array(p, "groups", e -> group(c, e)));
                default -> c.unknown(name, p, "a phase");
            }
        });
        if (!object) {
            return null;
        }
        if (level[0] == null) {
            c.missing("level", pointer, "the phase");
            return null;
        }
        try {
            return new Phase(Optional.ofNullable(heading[0]), level[0], stories, requirements, notes, tasks, groups);
        } catch (IllegalArgumentException e) {
            c.invalid(e.getMessage(), pointer);
            return null;
        }
    }

    private static TaskGroup group(StreamCursor c, String pointer) {
        String[] heading = {null};
        Integer[] level = {null};
        List<String> requirements = new ArrayList<>();
        List<Note> notes = new ArrayList<>();
        List<Task> tasks = new ArrayList<>();
        boolean object = c.object(pointer, "a group", (name, p) -> {
            switch (name) {
                case "heading" -> heading[0] = c.string(p, "heading").orElse(null);
                case "level" -> level[0] = FolderJsonReads.boxed(c.integer(p, "level"));
                case "requirements" -> requirements.addAll(c.strings(p, "requirements"));
                case "notes" -> notes.addAll(c.array(p, "notes", e -> FolderJsonReads.note(c, e)));
                case "tasks" -> tasks.addAll(c.array(p, "tasks", e -> task(c, e)));
                default -> c.unknown(name, p, "a group");
            }
        });
        if (!object) {
            return null;
        }
        if (heading[0] == null || level[0] == null) {
            c.missing(heading[0] == null ? "heading" : "level", pointer, "the group");
            return null;
        }
        try {
            return new TaskGroup(heading[0], level[0], requirements, notes, tasks);
        } catch (IllegalArgumentException e) {
            c.invalid(e.getMessage(), pointer);
            return null;
        }
    }

    private static Task task(StreamCursor c, String pointer) {
        String[] id = {null};
        String[] text = {null};
        String[] details = {null};
        Boolean[] done = {null};
        List<String> requirements = new ArrayList<>();
        List<Statement> subItems = new ArrayList<>();
        boolean object = c.object(pointer, "a task", (name, p) -> {
            switch (name) {
                case "id" -> id[0] = c.string(p, "id").orElse(null);
                case "done" -> done[0] = c.bool(p, "done").orElse(null);
                case "text" -> text[0] = c.string(p, "text").orElse(null);
                case "requirements" -> requirements.addAll(c.strings(p, "requirements"));
                case "details" -> details[0] = c.string(p, "details").orElse(null);
                case "subItems" -> subItems.addAll(FolderJsonReads.statements(c, p));
                case "parallel", "stories", "files" -> c.skip(); // derived from the text
                default -> c.unknown(name, p, "a task");
            }
        });
        if (!object) {
            return null;
        }
        if (text[0] == null || done[0] == null) {
            c.missing(text[0] == null ? "text" : "done", pointer, "the task");
            return null;
        }
        return new Task(
                Optional.ofNullable(id[0]), done[0], text[0], requirements, Optional.ofNullable(details[0]), subItems);
    }

    /** Configures a {@link JsonTasksReader}; not thread-safe. */
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
        public JsonTasksReader build() {
            return new JsonTasksReader(this);
        }
    }
}
