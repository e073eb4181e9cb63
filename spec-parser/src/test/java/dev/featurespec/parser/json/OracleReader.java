package dev.featurespec.parser.json;

import dev.featurespec.model.FeatureSpec;
import dev.featurespec.model.diagnostic.Diagnostic;
import dev.featurespec.model.diagnostic.Rule;
import dev.featurespec.model.diagnostic.SourceMap;
import dev.featurespec.model.diagnostic.SourceRange;
import dev.featurespec.parser.ParseResult;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The JSON and YAML reader as it was before the streaming binder: a jackson-databind tree, checked
 * against the model's shape ({@link OracleTreeCheck}), pruned and bound with {@code treeToValue}. Kept
 * in the tests as the oracle that {@code StreamingReaderEquivalenceTest} holds the streaming reader to,
 * with one defect fixed: a value the model refused was reported at its index in the pruned array, not
 * in the input (pointing at the wrong element once an earlier one had been dropped). Only for text
 * within the default limits; no size checks.
 */
final class OracleReader {
    private static final int MAX_STRING_LENGTH = 8 << 20;
    private static final int MAX_BIND_ATTEMPTS = 20;

    private final boolean yaml;
    private final int maxDepth;
    private final ObjectMapper parsers;
    private final ObjectMapper binder = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    OracleReader(boolean yaml, int maxDepth) {
        this.yaml = yaml;
        this.maxDepth = maxDepth;
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(maxDepth)
                .maxStringLength(MAX_STRING_LENGTH)
                .maxDocumentLength(yaml ? 8L << 20 : 32L << 20)
                .maxTokenCount(5_000_000)
                .build();
        if (yaml) {
            LoadSettings settings = LoadSettings.builder()
                    .setCodePointLimit(8 << 20)
                    .setBufferSize(1 << 16)
                    .setMaxAliasesForCollections(0)
                    .setAllowRecursiveKeys(false)
                    .build();
            this.parsers = YAMLMapper.builder(YAMLFactory.builder()
                            .streamReadConstraints(constraints)
                            .loadSettings(settings)
                            .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                            .build())
                    .build();
        } else {
            this.parsers = JsonMapper.builder(JsonFactory.builder()
                            .streamReadConstraints(constraints)
                            .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                            .build())
                    .build();
        }
    }

    /** Reads {@code text} (without a byte order mark) as the old checked path did. */
    ParseResult parse(String text) {
        OracleTreeBuilder builder = new OracleTreeBuilder(parsers, yaml, maxDepth);
        JsonNode root = builder.build(text);
        List<Diagnostic> diagnostics = new ArrayList<>(builder.diagnostics());
        SourceMap sourceMap = builder.sourceMap();
        if (root == null) {
            return new ParseResult(emptySpec(), diagnostics, sourceMap);
        }
        if (!(root instanceof ObjectNode object)) {
            diagnostics.add(Diagnostic.of(
                    Rule.WRONG_TYPE,
                    "the document must be an object, was " + OracleTreeCheck.describe(root),
                    "",
                    sourceMap.get("").orElse(null)));
            return new ParseResult(emptySpec(), diagnostics, sourceMap);
        }
        Diagnostic version = checkVersion(object, sourceMap);
        if (version != null) {
            diagnostics.add(version);
            return new ParseResult(emptySpec(), diagnostics, sourceMap);
        }
        OracleTreeCheck check = new OracleTreeCheck(sourceMap, builder, builder.rawScalars());
        check.check(object);
        diagnostics.addAll(check.diagnostics());
        IdentityHashMap<JsonNode, Integer> inputIndexes = new IdentityHashMap<>();
        indexElements(object, inputIndexes);
        check.prune();
        FeatureSpec spec = bind(object, diagnostics, sourceMap, inputIndexes);
        return new ParseResult(spec, diagnostics, sourceMap);
    }

    /** Records the input index of every container element (the elements that a refusal can point into). */
    private static void indexElements(JsonNode node, IdentityHashMap<JsonNode, Integer> indexes) {
        if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i).isContainer()) {
                    indexes.put(array.get(i), i);
                }
            }
        }
        for (JsonNode child : node.values()) {
            indexElements(child, indexes);
        }
    }

    private FeatureSpec bind(
            ObjectNode root,
            List<Diagnostic> diagnostics,
            SourceMap sourceMap,
            IdentityHashMap<JsonNode, Integer> inputIndexes) {
        for (int attempt = 0; attempt < MAX_BIND_ATTEMPTS; attempt++) {
            try {
                return binder.treeToValue(root, FeatureSpec.class);
            } catch (JacksonException e) {
                String pointer = pointer(e);
                String inputPointer = inputPointer(root, e, inputIndexes);
                Throwable cause = e.getCause();
                String message = cause != null && cause.getMessage() != null
                        ? cause.getMessage()
                        : String.valueOf(e.getOriginalMessage());
                diagnostics.add(Diagnostic.of(
                        Rule.INVALID_VALUE,
                        message,
                        inputPointer,
                        sourceMap.find(inputPointer).orElse(null)));
                if (!remove(root, pointer)) {
                    break;
                }
            }
        }
        JsonNode title = root.get("title");
        return FeatureSpec.builder(title != null && title.isString() ? title.stringValue() : "")
                .build();
    }

    private static boolean remove(ObjectNode root, String pointer) {
        String p = pointer;
        while (!p.isEmpty()) {
            int slash = p.lastIndexOf('/');
            String parentPointer = p.substring(0, slash);
            String token = p.substring(slash + 1);
            JsonNode parent = root.at(parentPointer);
            if (parent instanceof ArrayNode array) {
                try {
                    int index = Integer.parseInt(token);
                    if (index >= 0 && index < array.size()) {
                        array.remove(index);
                        return true;
                    }
                } catch (NumberFormatException e) {
                    return false;
                }
                return false;
            }
            if (parentPointer.isEmpty()) {
                String name = token.replace("~1", "/").replace("~0", "~");
                return !name.equals("title") && root.remove(name) != null;
            }
            p = parentPointer;
        }
        return false;
    }

    private static String pointer(JacksonException e) {
        StringBuilder sb = new StringBuilder();
        for (JacksonException.Reference r : e.getPath()) {
            if (r.getPropertyName() != null) {
                sb.append('/').append(OracleTreeBuilder.escape(r.getPropertyName()));
            } else if (r.getIndex() >= 0) {
                sb.append('/').append(r.getIndex());
            }
        }
        return sb.toString();
    }

    /** The pointer of the exception's path in the input, before elements were pruned. */
    private static String inputPointer(JsonNode root, JacksonException e, IdentityHashMap<JsonNode, Integer> indexes) {
        StringBuilder sb = new StringBuilder();
        JsonNode node = root;
        for (JacksonException.Reference r : e.getPath()) {
            if (r.getPropertyName() != null) {
                sb.append('/').append(OracleTreeBuilder.escape(r.getPropertyName()));
                node = node == null ? null : node.get(r.getPropertyName());
            } else if (r.getIndex() >= 0) {
                JsonNode element = node == null ? null : node.get(r.getIndex());
                sb.append('/').append(element == null ? r.getIndex() : indexes.getOrDefault(element, r.getIndex()));
                node = element;
            }
        }
        return sb.toString();
    }

    private static Diagnostic checkVersion(ObjectNode root, SourceMap sourceMap) {
        JsonNode v = root.get("formatVersion");
        if (v == null || v.isNull()) {
            return null;
        }
        SourceRange where = sourceMap.get("/formatVersion").orElse(null);
        if (!v.isIntegralNumber()) {
            return Diagnostic.of(
                    Rule.WRONG_TYPE,
                    "formatVersion must be an integer, was " + OracleTreeCheck.describe(v),
                    "/formatVersion",
                    where);
        }
        if (!v.canConvertToInt() || v.intValue() != FeatureSpec.FORMAT_VERSION) {
            return Diagnostic.of(
                    Rule.UNSUPPORTED_FORMAT_VERSION,
                    "formatVersion " + v.asString() + " is not supported; this version reads formatVersion "
                            + FeatureSpec.FORMAT_VERSION,
                    "/formatVersion",
                    where);
        }
        return null;
    }

    private static FeatureSpec emptySpec() {
        return FeatureSpec.builder("").build();
    }
}
