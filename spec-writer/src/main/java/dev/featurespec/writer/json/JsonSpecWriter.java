package dev.featurespec.writer.json;

import dev.featurespec.model.FeatureSpec;
import dev.featurespec.writer.internal.JsonOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Writes a {@link FeatureSpec} as JSON or YAML in the shape of the published JSON Schema ({@code
 * featurespec.schema.json}): camelCase keys, {@code formatVersion} first, document order kept, absent
 * optional values and empty lists left out, derived values ({@code level}, {@code endpoints}, …)
 * included. Immutable and thread-safe; build one and share it.
 *
 * <p>JSON is pretty-printed by default: two-space indent, {@code "key": value}, LF line endings and a
 * trailing newline. {@linkplain Builder#compact(boolean) Compact} JSON is one line without a trailing
 * newline. YAML is always block style with a trailing newline, no {@code ---} marker, multi-line text in
 * literal blocks ({@code |}), and quotes only where a plain scalar would read back as something other
 * than the same string ({@code "yes"}, {@code "1.0"}, {@code "2026-02-03"}, {@code "null"}).
 *
 * <pre>{@code
 * String json = JsonSpecWriter.json().write(spec);
 * String yaml = JsonSpecWriter.yaml().write(spec);
 * String line = JsonSpecWriter.builder().compact(true).build().write(spec);
 * }</pre>
 */
public final class JsonSpecWriter {
    /** The two formats; both write the same tree. */
    public enum Format {
        /** JSON, RFC 8259. */
        JSON,
        /** YAML 1.2, block style. */
        YAML
    }

    private static final JsonSpecWriter JSON = builder().build();
    private static final JsonSpecWriter YAML = builder().format(Format.YAML).build();

    private final Format format;
    private final boolean compact;
    private final ObjectWriter writer;

    private JsonSpecWriter(Builder b) {
        this.format = b.format;
        this.compact = b.compact;
        this.writer = format == Format.YAML ? yamlWriter() : jsonWriter(compact);
    }

    /** The pretty JSON writer. */
    public static JsonSpecWriter json() {
        return JSON;
    }

    /** The YAML writer. */
    public static JsonSpecWriter yaml() {
        return YAML;
    }

    /** A builder; defaults: {@link Format#JSON}, pretty. */
    public static Builder builder() {
        return new Builder();
    }

    /** The format this writer writes. */
    public Format format() {
        return format;
    }

    /** True when this writer writes compact one-line JSON. */
    public boolean compact() {
        return compact;
    }

    /** {@code spec} as JSON or YAML text. */
    public String write(FeatureSpec spec) {
        Objects.requireNonNull(spec, "spec");
        try {
            return finish(writer.writeValueAsString(spec));
        } catch (JacksonException e) {
            // the model is always serializable; this would be a bug, not bad input
            throw new IllegalStateException("cannot write spec: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Appends {@code spec} as JSON or YAML text to {@code out}.
     *
     * @throws IOException when {@code out} throws
     */
    public void write(FeatureSpec spec, Appendable out) throws IOException {
        Objects.requireNonNull(out, "out");
        out.append(write(spec));
    }

    /**
     * Writes {@code spec} as UTF-8 JSON or YAML to {@code out}, without closing it.
     *
     * @throws IOException when {@code out} throws
     */
    public void write(FeatureSpec spec, OutputStream out) throws IOException {
        Objects.requireNonNull(out, "out");
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write(write(spec));
        w.flush();
    }

    private String finish(String text) {
        if (format == Format.YAML) {
            return text.endsWith("\n") ? text : text + "\n";
        }
        return compact ? text : text + "\n";
    }

    private static ObjectWriter jsonWriter(boolean compact) {
        JsonMapper mapper = JsonMapper.builder().build();
        if (compact) {
            return mapper.writer();
        }
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators)
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        return mapper.writer().with(printer);
    }

    private static ObjectWriter yamlWriter() {
        return YAMLMapper.builder(JsonOutput.yamlFactory()).build().writer();
    }

    /** Configures a {@link JsonSpecWriter}; not thread-safe. */
    public static final class Builder {
        private Format format = Format.JSON;
        private boolean compact;

        private Builder() {}

        /** The format to write; default {@link Format#JSON}. */
        public Builder format(Format format) {
            this.format = Objects.requireNonNull(format, "format");
            return this;
        }

        /** One-line JSON without a trailing newline; default {@code false} (pretty). Ignored for YAML. */
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
