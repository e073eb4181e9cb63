package dev.featurespec.testkit;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
    /** Where the schema of a task list's JSON is on the class path. */
    public static final String TASKS = "dev/featurespec/model/tasks.schema.json";
    /** Where the schema of a checklist's JSON is on the class path. */
    public static final String CHECKLIST = "dev/featurespec/model/checklist.schema.json";
    /** Where the schema of {@code featurespec analyze --format json} is on the class path. */
    public static final String ANALYSIS = "dev/featurespec/model/analysis.schema.json";

    /** The {@code $id} of the committed schema, by which other schemas refer to it. */
    public static final String ID = "https://featurespec.dev/schema/featurespec-1.schema.json";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    private static final Schema SCHEMA = load();
    private static final Map<String, Schema> OTHERS = new ConcurrentHashMap<>();

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

    /**
     * The errors of a JSON document against another schema on the class path, {@code resource} (e.g.
     * {@code dev/featurespec/cli/featurespec-diff.schema.json}), which may refer to the committed schema by
     * its {@linkplain #ID id}; empty when it is valid.
     */
    public static List<String> errorsOfJson(String resource, String json) {
        Schema schema = OTHERS.computeIfAbsent(resource, SchemaAssert::loadOther);
        return schema.validate(parse(JSON, json, "JSON")).stream()
                .map(e -> e.getInstanceLocation() + ": " + e.getMessage())
                .collect(Collectors.toList());
    }

    /** Fails, listing every schema error, unless {@code json} is valid against the schema {@code resource}. */
    public static void assertValidJson(String resource, String json) {
        List<String> errors = errorsOfJson(resource, json);
        if (!errors.isEmpty()) {
            String shown = json.length() > 2000 ? json.substring(0, 2000) + "…" : json;
            throw new AssertionFailedError(
                    "not valid against " + resource + ":\n  " + String.join("\n  ", errors) + "\ndocument:\n" + shown);
        }
    }

    private static Schema loadOther(String resource) {
        String model;
        JsonNode other;
        try (InputStream in = resource();
                InputStream o = open(resource)) {
            model = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            other = JSON.readTree(o);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(
                SpecificationVersion.DRAFT_2020_12, b -> b.schemas(Map.of(ID, model)));
        return registry.getSchema(other);
    }

    private static InputStream open(String resource) {
        InputStream in = SchemaAssert.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + " is not on the class path");
        }
        return in;
    }

    private static void check(List<String> errors, String document) {
        check(RESOURCE, errors, document);
    }

    private static void check(String resource, List<String> errors, String document) {
        if (!errors.isEmpty()) {
            String shown = document.length() > 2000 ? document.substring(0, 2000) + "…" : document;
            throw new AssertionFailedError(
                    "not valid against " + resource + ":\n  " + String.join("\n  ", errors) + "\ndocument:\n" + shown);
        }
    }

    private static List<String> errors(JsonNode node) {
        return errors(SCHEMA, node);
    }

    private static List<String> errors(Schema schema, JsonNode node) {
        List<Error> errors = schema.validate(node);
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
        return load(RESOURCE);
    }

    private static Schema load(String resource) {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        try (InputStream in = resource(resource)) {
            return registry.getSchema(JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource() {
        return resource(RESOURCE);
    }

    private static InputStream resource(String resource) {
        InputStream in = SchemaAssert.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + " is not on the class path (is spec-model a dependency?)");
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

    /**
     * The checks against another committed schema ({@link #TASKS}, {@link #CHECKLIST}, {@link #ANALYSIS}).
     *
     * <pre>{@code
     * SchemaAssert.against(SchemaAssert.TASKS).assertValidJson(JsonTasksWriter.create().write(tasks));
     * }</pre>
     */
    public static Against against(String resource) {
        return new Against(resource, load(resource));
    }

    /** Checks JSON and YAML against one schema. */
    public static final class Against {
        private final String resource;
        private final Schema schema;

        private Against(String resource, Schema schema) {
            this.resource = resource;
            this.schema = schema;
        }

        /** The schema errors of a JSON document, each as {@code pointer: message}; empty when it is valid. */
        public List<String> errorsOfJson(String json) {
            return errors(schema, parse(JSON, json, "JSON"));
        }

        /** Fails, listing every schema error, unless {@code json} is valid. */
        public void assertValidJson(String json) {
            check(resource, errorsOfJson(json), json);
        }

        /** Fails, listing every schema error, unless {@code yaml} is valid. */
        public void assertValidYaml(String yaml) {
            check(resource, errors(schema, parse(YAML, yaml, "YAML")), yaml);
        }
    }
}
