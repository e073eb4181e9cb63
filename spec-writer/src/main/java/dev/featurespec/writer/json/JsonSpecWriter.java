package dev.featurespec.writer.json;

import dev.featurespec.model.FeatureSpec;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.io.SegmentedStringWriter;
import tools.jackson.core.util.BufferRecycler;

/**
 * Writes a {@link FeatureSpec} as JSON in the shape of the published JSON Schema ({@code
 * featurespec.schema.json}): camelCase keys, {@code formatVersion} first, properties in the documented
 * order, document order kept, absent optional values and empty lists left out, derived values ({@code
 * level}, {@code endpoints}, …) included. Immutable and thread-safe; build one and share it. {@link
 * YamlSpecWriter} writes the same tree as YAML.
 *
 * <p>JSON is pretty-printed by default: two-space indent, {@code "key": value}, LF line endings and a
 * trailing newline. {@linkplain Builder#compact(boolean) Compact} JSON is one line without a trailing
 * newline. The tree is written with Jackson's streaming generator, without jackson-databind, and is the
 * tree a Jackson 2 or 3 mapper makes of the model's annotations.
 *
 * <pre>{@code
 * String json = JsonSpecWriter.create().write(spec);
 * String line = JsonSpecWriter.builder().compact(true).build().write(spec);
 * }</pre>
 */
public final class JsonSpecWriter {
    /**
     * The two formats a {@code JsonSpecWriter} could be built for.
     *
     * @deprecated write YAML with {@link YamlSpecWriter}; a {@code JsonSpecWriter} writes JSON
     */
    @Deprecated
    public enum Format {
        /** JSON, RFC 8259. */
        JSON,
        /** YAML 1.2, block style. */
        YAML
    }

    private static final JsonSpecWriter PRETTY = builder().build();

    @SuppressWarnings("deprecation")
    private static final JsonSpecWriter YAML = builder().format(Format.YAML).build();

    @SuppressWarnings("deprecation")
    private final Format format;

    private final boolean compact;

    private JsonSpecWriter(Builder b) {
        this.format = b.format;
        this.compact = b.compact;
    }

    /** The pretty JSON writer. */
    public static JsonSpecWriter create() {
        return PRETTY;
    }

    /** A builder; default: pretty. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The pretty JSON writer.
     *
     * @deprecated use {@link #create()}
     */
    @Deprecated
    public static JsonSpecWriter json() {
        return PRETTY;
    }

    /**
     * A writer of the tree as YAML.
     *
     * @deprecated use {@link YamlSpecWriter#create()}
     */
    @Deprecated
    public static JsonSpecWriter yaml() {
        return YAML;
    }

    /**
     * The format this writer writes: {@link Format#JSON} unless built with the deprecated {@link
     * Builder#format(Format)}.
     *
     * @deprecated a {@code JsonSpecWriter} writes JSON; {@link YamlSpecWriter} writes YAML
     */
    @Deprecated
    public Format format() {
        return format;
    }

    /** True when this writer writes compact one-line JSON. */
    public boolean compact() {
        return compact;
    }

    /**
     * {@code spec} as JSON text.
     *
     * @throws IllegalStateException when the spec nests deeper than 500 objects and arrays (statements
     *     nested some 250 deep, which only a spec built in code can hold; no reader reads them back)
     */
    @SuppressWarnings("deprecation")
    public String write(FeatureSpec spec) {
        Objects.requireNonNull(spec, "spec");
        if (format == Format.YAML) {
            return YamlSpecWriter.create().write(spec);
        }
        // as jackson-databind's writeValueAsString does: Jackson's segmented buffer, with pooled buffers
        BufferRecycler buffers = JsonSink.FACTORY._getBufferRecycler();
        try (SegmentedStringWriter out = new SegmentedStringWriter(buffers)) {
            writeJson(spec, out);
            return out.getAndClear();
        } catch (IOException e) {
            throw new IllegalStateException("a string target cannot fail", e);
        } finally {
            buffers.releaseToPool();
        }
    }

    /**
     * Appends {@code spec} as JSON text to {@code out}.
     *
     * @throws IOException when {@code out} throws
     */
    @SuppressWarnings("deprecation")
    public void write(FeatureSpec spec, Appendable out) throws IOException {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(out, "out");
        if (out instanceof Writer w && format == Format.JSON) {
            writeJson(spec, w);
            w.flush();
        } else {
            out.append(write(spec));
        }
    }

    /**
     * Writes {@code spec} as UTF-8 JSON to {@code out}, without closing it.
     *
     * @throws IOException when {@code out} throws
     */
    public void write(FeatureSpec spec, OutputStream out) throws IOException {
        Objects.requireNonNull(out, "out");
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        write(spec, w);
        w.flush();
    }

    private void writeJson(FeatureSpec spec, Writer out) throws IOException {
        try {
            JsonSink sink = new JsonSink(out, compact);
            new TreeWriter(sink).spec(spec);
            sink.finish();
        } catch (JacksonIOException e) {
            // the generator wraps the target's exception; the caller expects the target's own
            throw e.getCause();
        }
        if (!compact) {
            out.write('\n');
        }
    }

    /** Configures a {@link JsonSpecWriter}; not thread-safe. */
    public static final class Builder {
        @SuppressWarnings("deprecation")
        private Format format = Format.JSON;

        private boolean compact;

        private Builder() {}

        /**
         * The format to write; default {@link Format#JSON}.
         *
         * @deprecated write YAML with {@link YamlSpecWriter}
         */
        @Deprecated
        public Builder format(Format format) {
            this.format = Objects.requireNonNull(format, "format");
            return this;
        }

        /** One-line JSON without a trailing newline; default {@code false} (pretty). */
        public Builder compact(boolean compact) {
            this.compact = compact;
            return this;
        }

        /** An immutable, thread-safe writer. */
        public JsonSpecWriter build() {
            return new JsonSpecWriter(this);
        }
    }
}
