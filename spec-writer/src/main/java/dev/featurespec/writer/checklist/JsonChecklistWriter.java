package dev.featurespec.writer.checklist;

import dev.featurespec.model.checklist.Checklist;
import dev.featurespec.writer.internal.folder.JsonOutput;
import java.util.Objects;

/**
 * Writes a {@link Checklist} as JSON in the shape {@code checklist.schema.json} describes and the records' Jackson
 * annotations declare: {@code formatVersion} first, document order kept, absent values and empty lists
 * left out, every item an object with its {@code id} and a boolean {@code done}, and the derived {@code tags} and {@code references} included.
 * Written with Jackson's streaming generator, no data binding, so it runs on any Jackson 3 core. Pretty
 * by default (two-space indent, LF, a trailing newline); {@linkplain Builder#compact(boolean) compact}
 * JSON is one line without a trailing newline. {@link YamlChecklistWriter} writes the same tree as YAML.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * String json = JsonChecklistWriter.create().write(checklist);
 * String line = JsonChecklistWriter.builder().compact(true).build().write(checklist);
 * }</pre>
 */
public final class JsonChecklistWriter {
    private static final JsonChecklistWriter DEFAULT = builder().build();

    private final boolean compact;
    private final JsonOutput output;

    private JsonChecklistWriter(Builder b) {
        this.compact = b.compact;
        this.output = JsonOutput.json(b.compact);
    }

    /** The pretty JSON writer. */
    public static JsonChecklistWriter create() {
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

    /** {@code checklist} as JSON text. */
    public String write(Checklist checklist) {
        Objects.requireNonNull(checklist, "checklist");
        return output.write(g -> ChecklistTree.write(g, checklist));
    }

    /** Configures a {@link JsonChecklistWriter}; not thread-safe. */
    public static final class Builder {
        private boolean compact;

        private Builder() {}

        /** Write JSON on one line without a trailing newline; default {@code false} (pretty). */
        public Builder compact(boolean compact) {
            this.compact = compact;
            return this;
        }

        /** An immutable, thread-safe writer. */
        public JsonChecklistWriter build() {
            return new JsonChecklistWriter(this);
        }
    }
}
