package dev.featurespec.writer.internal.folder;

import dev.featurespec.writer.internal.YamlQuoting;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * JSON and YAML text written with Jackson's streaming generator, in the shape and layout of the spec's
 * JSON writer: pretty JSON with a two-space indent, {@code "key": value}, LF and a trailing newline;
 * compact JSON on one line; block-style YAML without a {@code ---} marker, multi-line text in literal
 * blocks and quotes where a plain scalar would read back as something else. No data binding: the
 * callers write each property. Immutable and thread-safe. Not API.
 */
public final class JsonOutput {
    private static final YAMLFactory YAML = yamlFactory();
    private static final JsonFactory JSON = JsonFactory.builder().build();

    private final TokenStreamFactory factory;
    private final boolean yaml;
    private final boolean compact;

    private JsonOutput(TokenStreamFactory factory, boolean yaml, boolean compact) {
        this.factory = factory;
        this.yaml = yaml;
        this.compact = compact;
    }

    /** JSON, pretty or compact. */
    public static JsonOutput json(boolean compact) {
        return new JsonOutput(JSON, false, compact);
    }

    /** YAML. */
    public static JsonOutput yaml() {
        return new JsonOutput(YAML, true, false);
    }

    /** The YAML factory every featurespec YAML writer uses. */
    public static YAMLFactory yamlFactory() {
        return YAMLFactory.builder()
                .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
                .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
                .enable(YAMLWriteFeature.LITERAL_BLOCK_STYLE)
                .enable(YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR)
                .stringQuotingChecker(new YamlQuoting())
                .build();
    }

    /** The text {@code body} writes through a generator. */
    public String write(Consumer<JsonGenerator> body) {
        StringWriter out = new StringWriter();
        ObjectWriteContext context = yaml || compact ? ObjectWriteContext.empty() : new Pretty();
        try (JsonGenerator g = factory.createGenerator(context, out)) {
            body.accept(g);
        }
        String text = out.toString();
        if (yaml) {
            return text.endsWith("\n") ? text : text + "\n";
        }
        return compact ? text : text + "\n";
    }

    /** Writes {@code name}: {@code value} when present. */
    public static void optional(JsonGenerator g, String name, Optional<String> value) {
        value.ifPresent(v -> g.writeStringProperty(name, v));
    }

    /** Writes {@code name}: [values…] unless empty. */
    public static void strings(JsonGenerator g, String name, List<String> values) {
        if (values.isEmpty()) {
            return;
        }
        g.writeName(name);
        g.writeStartArray();
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    /** Writes {@code name}: [each element…] unless empty. */
    public static <T> void array(JsonGenerator g, String name, List<T> values, Consumer<T> element) {
        if (values.isEmpty()) {
            return;
        }
        g.writeName(name);
        g.writeStartArray();
        values.forEach(element);
        g.writeEndArray();
    }

    /** The spec writer's pretty printer: two-space indent, {@code "key": value}, LF, {@code []} and {@code {}}. */
    private static final class Pretty extends ObjectWriteContext.Base {
        @Override
        public boolean hasPrettyPrinter() {
            return true;
        }

        @Override
        public PrettyPrinter getPrettyPrinter() {
            DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
            Separators separators = Separators.createDefaultInstance()
                    .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator("");
            return new DefaultPrettyPrinter(separators)
                    .withObjectIndenter(indenter)
                    .withArrayIndenter(indenter);
        }
    }
}
