package dev.featurespec.testkit;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;
import org.opentest4j.AssertionFailedError;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Checks that JSON or YAML the project emits is valid against the committed JSON Schema, {@code
 * dev/featurespec/model/featurespec.schema.json} in the spec-model jar. Every test that emits JSON
 * should pass its output through it.
 *
 * <pre>{@code
 * String json = JsonSpecWriter.create().write(spec);
 * SchemaAssert.assertValidJson(json);
 * }</pre>
 */
public final class SchemaAssert {
    /** Where the schema is on the class path. */
    public static final String RESOURCE = "dev/featurespec/model/featurespec.schema.json";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    private static final Schema SCHEMA = load();

    private SchemaAssert() {}

    /** The committed schema, parsed. */
    public static JsonNode schema() {
        try (InputStream in = resource()) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The schema errors of a JSON document, each as {@code pointer: message}; empty when it is valid.
     *
     * @throws AssertionFailedError when {@code json} is not JSON at all
     */
    public static List<String> errorsOfJson(String json) {
        return errors(parse(JSON, json, "JSON"));
    }

    /**
     * The schema errors of a YAML document, read into a tree first.
     *
     * @throws AssertionFailedError when {@code yaml} is not YAML at all
     */
    public static List<String> errorsOfYaml(String yaml) {
        return errors(parse(YAML, yaml, "YAML"));
    }

    /** Fails, listing every schema error, unless {@code json} is valid against the schema. */
    public static void assertValidJson(String json) {
        check(errorsOfJson(json), json);
    }

    /** Fails, listing every schema error, unless {@code yaml} is valid against the schema. */
    public static void assertValidYaml(String yaml) {
        check(errorsOfYaml(yaml), yaml);
    }

    private static void check(List<String> errors, String document) {
        if (!errors.isEmpty()) {
            String shown = document.length() > 2000 ? document.substring(0, 2000) + "…" : document;
            throw new AssertionFailedError(
                    "not valid against " + RESOURCE + ":\n  " + String.join("\n  ", errors) + "\ndocument:\n" + shown);
        }
    }

    private static List<String> errors(JsonNode node) {
        List<Error> errors = SCHEMA.validate(node);
        return errors.stream()
                .map(e -> e.getInstanceLocation() + ": " + e.getMessage())
                .collect(Collectors.toList());
    }

    private static JsonNode parse(tools.jackson.databind.ObjectMapper mapper, String text, String what) {
        try {
            // snakeyaml-engine 3.0.1 throws when a read ends on a high surrogate: never let one do so
            return mapper == YAML ? mapper.readTree(new PairSafeReader(text)) : mapper.readTree(text);
        } catch (JacksonException e) {
            throw new AssertionFailedError("not " + what + ": " + e.getOriginalMessage(), e);
        }
    }

    private static Schema load() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        return registry.getSchema(schema());
    }

    private static InputStream resource() {
        InputStream in = SchemaAssert.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException(RESOURCE + " is not on the class path (is spec-model a dependency?)");
        }
        return in;
    }

    /** A reader whose reads never end between the halves of a surrogate pair (see {@link #parse}). */
    private static final class PairSafeReader extends java.io.Reader {
        private final String text;
        private int position;

        PairSafeReader(String text) {
            this.text = text;
        }

        @Override
        public int read(char[] buffer, int offset, int length) {
            int remaining = text.length() - position;
            if (length == 0 || remaining <= 0) {
                return length == 0 ? 0 : -1;
            }
            int n = Math.min(length, remaining);
            if (n > 1 && n < remaining && Character.isHighSurrogate(text.charAt(position + n - 1))) {
                n--;
            }
            text.getChars(position, position + n, buffer, offset);
            position += n;
            return n;
        }

        @Override
        public void close() {}
    }
}
