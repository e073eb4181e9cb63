package dev.featurespec.writer.tasks;

import dev.featurespec.model.tasks.TaskList;
import dev.featurespec.writer.internal.folder.JsonOutput;
import java.util.Objects;

/**
 * Writes a {@link TaskList} as JSON in the shape {@code tasks.schema.json} describes and the records' Jackson
 * annotations declare: {@code formatVersion} first, document order kept, absent values and empty lists
 * left out, every task an object with its {@code id} and a boolean {@code done}, and the derived values ({@code parallel}, {@code stories}, {@code files}) included.
 * Written with Jackson's streaming generator, no data binding, so it runs on any Jackson 3 core. Pretty
 * by default (two-space indent, LF, a trailing newline); {@linkplain Builder#compact(boolean) compact}
 * JSON is one line without a trailing newline. {@link YamlTasksWriter} writes the same tree as YAML.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * String json = JsonTasksWriter.create().write(tasks);
 * String line = JsonTasksWriter.builder().compact(true).build().write(tasks);
 * }</pre>
 */
public final class JsonTasksWriter {
    private static final JsonTasksWriter DEFAULT = builder().build();

    private final boolean compact;
    private final JsonOutput output;

    private JsonTasksWriter(Builder b) {
        this.compact = b.compact;
        this.output = JsonOutput.json(b.compact);
    }

    /** The pretty JSON writer. */
    public static JsonTasksWriter create() {
        return DEFAULT;
    }

    /** A builder; default: pretty JSON. */
    public static Builder builder() {
        return new Builder();
    }

    /** True when this writer writes compact one-line JSON. */
    public boolean compact() {
        return compact;
    }

    /** {@code tasks} as JSON text. */
    public String write(TaskList tasks) {
        Objects.requireNonNull(tasks, "tasks");
        return output.write(g -> TaskListTree.write(g, tasks));
    }

    /** Configures a {@link JsonTasksWriter}; not thread-safe. */
    public static final class Builder {
        private boolean compact;

        private Builder() {}

        /** Write JSON on one line without a trailing newline; default {@code false} (pretty). */
        public Builder compact(boolean compact) {
            this.compact = compact;
            return this;
        }

        /** An immutable, thread-safe writer. */
        public JsonTasksWriter build() {
            return new JsonTasksWriter(this);
        }
    }
}
