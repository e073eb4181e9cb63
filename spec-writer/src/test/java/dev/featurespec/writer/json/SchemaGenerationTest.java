package dev.featurespec.writer.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.FieldScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import com.github.victools.jsonschema.module.jackson.JacksonSchemaModule;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationModule;
import dev.featurespec.model.FeatureSpec;
import dev.featurespec.model.Priority;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generates the JSON Schema from the model and compares it with the committed {@code
 * spec-model/src/main/resources/dev/featurespec/model/featurespec.schema.json}. Run with {@code
 * -Dfeaturespec.updateSchema=true} to rewrite the committed file after a model change.
 */
class SchemaGenerationTest {
    static final String ID =
            "https://featurespec.dev/schema/featurespec-" + FeatureSpec.FORMAT_VERSION + ".schema.json";
    static final Path COMMITTED = Path.of(
            "..", "spec-model", "src", "main", "resources", "dev", "featurespec", "model", "featurespec.schema.json");

    @Test
    void committedSchemaMatchesTheModel() throws IOException {
        String generated = generate();
        if (Boolean.getBoolean("featurespec.updateSchema")) {
            Files.writeString(COMMITTED, generated, StandardCharsets.UTF_8);
        }
        String committed = Files.exists(COMMITTED) ? Files.readString(COMMITTED, StandardCharsets.UTF_8) : "";
        assertThat(committed)
                .as(
                        "%s is out of date with the model; run the build with -Dfeaturespec.updateSchema=true to regenerate it",
                        COMMITTED)
                .isEqualTo(generated);
    }

    static String generate() {
        SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(
                        SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
                .with(new JacksonSchemaModule(
                        JacksonOption.RESPECT_JSONPROPERTY_ORDER,
                        JacksonOption.FLATTENED_ENUMS_FROM_JSONPROPERTY,
                        JacksonOption.FLATTENED_ENUMS_FROM_JSONVALUE,
                        JacksonOption.INCLUDE_ONLY_JSONPROPERTY_ANNOTATED_METHODS))
                .with(new JakartaValidationModule())
                .with(
                        Option.FLATTENED_OPTIONALS,
                        Option.NONSTATIC_NONVOID_NONGETTER_METHODS,
                        Option.MAP_VALUES_AS_ADDITIONAL_PROPERTIES,
                        Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT,
                        Option.DEFINITIONS_FOR_ALL_OBJECTS,
                        Option.PLAIN_DEFINITION_KEYS);
        config.forFields().withRequiredCheck(SchemaGenerationTest::required);
        // what the records' constructors check
        config.forFields().withNumberInclusiveMinimumResolver(field -> isInt(field) ? BigDecimal.ZERO : null);
        config.forFields()
                .withNumberInclusiveMaximumResolver(
                        field -> isInt(field) && field.getName().equals("level") ? BigDecimal.valueOf(6) : null);
        // the writer never writes null: absent values are left out
        config.forFields().withNullableCheck(field -> false);
        config.forMethods().withNullableCheck(method -> false);
        // the only methods included are the derived, @JsonProperty-annotated ones
        config.forMethods().withReadOnlyCheck(method -> !method.isFakeContainerItemScope());
        config.forTypesInGeneral().withCustomDefinitionProvider((type, context) -> {
            if (type.getErasedType() == Priority.class) {
                return new CustomDefinition(context.getGeneratorConfig()
                        .createObjectNode()
                        .put("type", "string")
                        .put("pattern", "^P[0-9]+$")
                        .put("description", "A user story's priority, P0, P1, P2, …; a lower rank is more important."));
            }
            if (Map.class.isAssignableFrom(type.getErasedType())) {
                ObjectNode map = context.getGeneratorConfig().createObjectNode().put("type", "object");
                map.putObject("additionalProperties").put("type", "string");
                return new CustomDefinition(
                        map, CustomDefinition.DefinitionType.INLINE, CustomDefinition.AttributeInclusion.YES);
            }
            return null;
        });
        ObjectNode schema = new SchemaGenerator(config.build()).generateSchema(FeatureSpec.class);
        ObjectNode out = JsonMapper.shared().createObjectNode();
        out.set("$schema", schema.get("$schema"));
        out.put("$id", ID);
        out.put("title", "featurespec " + FeatureSpec.FORMAT_VERSION);
        out.put(
                "description",
                "A GitHub Spec Kit feature specification as written by featurespec (formatVersion "
                        + FeatureSpec.FORMAT_VERSION
                        + "). Text fields hold Markdown source as written; readOnly properties are derived from the text and ignored on input. See docs/format.md.");
        tidy(schema, FeatureSpec.class);
        tidyDefinitions(schema);
        ((ObjectNode) schema.get("properties").get("formatVersion")).put("const", FeatureSpec.FORMAT_VERSION);
        schema.properties().forEach(e -> {
            if (!e.getKey().equals("$schema")) {
                out.set(e.getKey(), e.getValue());
            }
        });
        return JsonSpecWriterTestSupport.pretty(out);
    }

    /**
     * victools names derived methods {@code level()} and marks Optional values nullable; the JSON has
     * neither. Renames the properties, drops the nullable wrappers and orders properties as the class's
     * {@code @JsonPropertyOrder} says, as the writer does.
     */
    private static void tidy(ObjectNode schema, Class<?> type) {
        JsonNode properties = schema.get("properties");
        if (!(properties instanceof ObjectNode props)) {
            return;
        }
        Map<String, JsonNode> byName = new LinkedHashMap<>();
        props.properties().forEach(e -> byName.put(e.getKey().replace("()", ""), nonNullable(e.getValue())));
        List<String> order = new ArrayList<>();
        JsonPropertyOrder po = type.getAnnotation(JsonPropertyOrder.class);
        if (po != null) {
            order.addAll(List.of(po.value()));
        }
        byName.keySet().stream().filter(k -> !order.contains(k)).forEach(order::add);
        props.removeAll();
        for (String name : order) {
            if (byName.containsKey(name)) {
                props.set(name, byName.get(name));
            }
        }
    }

    private static void tidyDefinitions(ObjectNode schema) {
        ObjectNode defs = (ObjectNode) schema.get("$defs");
        List<String> names = new ArrayList<>();
        defs.properties().forEach(e -> names.add(e.getKey()));
        for (String name : names) {
            if (name.endsWith("-nullable")) {
                defs.remove(name);
                continue;
            }
            tidy((ObjectNode) defs.get(name), modelClass(name));
        }
    }

    /** The model class of schema definition {@code name}: a top-level record, or one nested in another. */
    private static Class<?> modelClass(String name) {
        for (String candidate : List.of(
                "dev.featurespec.model." + name,
                "dev.featurespec.model.Presentation$" + name,
                "dev.featurespec.model.template." + name)) {
            try {
                return Class.forName(candidate);
            } catch (ClassNotFoundException e) {
                // try the next
            }
        }
        throw new IllegalStateException("no model class for schema definition " + name);
    }

    private static JsonNode nonNullable(JsonNode property) {
        if (!(property instanceof ObjectNode p)) {
            return property;
        }
        JsonNode type = p.get("type");
        if (type != null && type.isArray()) {
            List<JsonNode> kept = new ArrayList<>();
            type.forEach(t -> {
                if (!t.asString().equals("null")) {
                    kept.add(t);
                }
            });
            p.set("type", kept.size() == 1 ? kept.get(0) : p.arrayNode().addAll(kept));
        }
        JsonNode ref = p.get("$ref");
        if (ref != null && ref.asString().endsWith("-nullable")) {
            p.put("$ref", ref.asString().replace("-nullable", ""));
        }
        JsonNode items = p.get("items");
        if (items != null) {
            p.set("items", nonNullable(items));
        }
        return p;
    }

    private static boolean isInt(FieldScope field) {
        return field.getType() != null && field.getType().getErasedType() == int.class;
    }

    /** Required: what the model always writes ({@code @JsonInclude(ALWAYS)}) and is not a list, map or Optional. */
    private static boolean required(FieldScope field) {
        Class<?> raw = field.getDeclaredType().getErasedType();
        if (raw == Optional.class || List.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw)) {
            return false;
        }
        JsonInclude include = field.getAnnotation(JsonInclude.class);
        if (include == null) {
            include = field.getDeclaringType().getErasedType().getAnnotation(JsonInclude.class);
            return include == null || include.value() == JsonInclude.Include.ALWAYS;
        }
        return include.value() == JsonInclude.Include.ALWAYS;
    }
}
