package dev.featurespec.parser.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.featurespec.model.FeatureSpec;
import dev.featurespec.parser.ParseResult;
import dev.featurespec.parser.markdown.MarkdownSpecParser;
import dev.featurespec.testkit.Corpus;
import dev.featurespec.testkit.GoldenCase;
import dev.featurespec.testkit.SpecGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The streaming reader gives exactly what the reader before it gave ({@link OracleReader}: a
 * jackson-databind tree, checked and bound) — spec, diagnostics and source map — for every document:
 * the test documents, generated specs, the corpus (Markdown read and written as JSON) and seeded
 * random mutations of all of them (wrong types, nulls, empty strings, missing and unknown properties,
 * duplicate keys, other format versions, broken syntax). {@code -Dfeaturespec.equivalence.seeds=N}
 * runs more mutation seeds than the default 200.
 */
class StreamingReaderEquivalenceTest {
    private static final JsonSpecReader JSON = JsonSpecReader.create();
    private static final YamlSpecReader YAML = YamlSpecReader.create();
    private static final OracleReader JSON_ORACLE = new OracleReader(false, JsonSpecReader.DEFAULT_MAX_DEPTH);
    private static final OracleReader YAML_ORACLE = new OracleReader(true, YamlSpecReader.DEFAULT_MAX_DEPTH);
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final YAMLMapper YAML_MAPPER = YAMLMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Path TESTDATA = GoldenCase.root();

    /** The documents the mutations start from. */
    private static final List<String> DOCUMENTS = documents();

    private static List<String> documents() {
        List<String> docs = new ArrayList<>();
        for (String folder : List.of("good", "bad")) {
            try (Stream<Path> files = Files.list(TESTDATA.resolve(folder))) {
                for (Path p : files.filter(f -> f.toString().endsWith(".json"))
                        .sorted()
                        .toList()) {
                    docs.add(Files.readString(p, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        SpecGenerator generator = new SpecGenerator(11);
        for (int i = 0; i < 20; i++) {
            docs.add(MAPPER.writeValueAsString(generator.next()));
        }
        MarkdownSpecParser markdown = MarkdownSpecParser.builder().build();
        for (Path spec : Corpus.specs()) {
            try {
                docs.add(MAPPER.writeValueAsString(markdown.parse(spec).spec()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return List.copyOf(docs);
    }

    static IntStream seeds() {
        return IntStream.range(0, Integer.getInteger("featurespec.equivalence.seeds", 200));
    }

    @Test
    void everyTestDocumentReadsAsTheOracleReadsIt() throws IOException {
        for (String doc : DOCUMENTS) {
            assertSame(doc);
        }
        try (Stream<Path> files = Files.list(TESTDATA.resolve("bad"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                String doc = Files.readString(p, StandardCharsets.UTF_8);
                assertSame(YAML.parse(doc), YAML_ORACLE.parse(doc), doc);
            }
        }
    }

    @Test
    void theLazySourceMapOfACleanDocumentIsTheOraclesMap() {
        String doc = DOCUMENTS.get(0);
        ParseResult result = JSON.parse(doc);
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.sourceMap().asMap()).hasSizeGreaterThan(10);
        assertThat(result.sourceMap().asMap())
                .isEqualTo(JSON_ORACLE.parse(doc).sourceMap().asMap());
    }

    @Test
    void aReaderWithASmallerDepthLimitRefusesTheSameDocuments() {
        JsonSpecReader shallow = JsonSpecReader.builder().maxDepth(4).build();
        OracleReader oracle = new OracleReader(false, 4);
        String nested = """
                {"title": "T", "apiContract": {"statements": [{"text": "a", "children": [{"text": "b"}]}]}}
                """;
        String deeper = """
                {"title": "T", "apiContract": {"statements": [{"text": "a", "children": [{"text": "b",
                 "children": [{"text": "c"}]}]}]}}
                """;
        assertSame(shallow.parse(nested), oracle.parse(nested), nested);
        assertSame(shallow.parse(deeper), oracle.parse(deeper), deeper);
        assertThat(shallow.parse(deeper).diagnostics()).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void mutatedDocumentsReadTheSameOnBothPaths(int seed) {
        Random random = new Random(seed);
        for (int round = 0; round < 5; round++) {
            String doc = DOCUMENTS.get(random.nextInt(DOCUMENTS.size()));
            String mutated = mutate(doc, random);
            assertSame(mutated);
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void mutatedDocumentsWrittenAsYamlReadAsTheOracleReadsThem(int seed) {
        Random random = new Random(seed);
        for (int round = 0; round < 5; round++) {
            String json = mutate(DOCUMENTS.get(random.nextInt(DOCUMENTS.size())), random);
            JsonNode tree;
            try {
                tree = MAPPER.readTree(json);
            } catch (RuntimeException e) {
                continue;
            }
            String yaml = YAML_MAPPER.writeValueAsString(tree);
            assertSame(YAML.parse(yaml), YAML_ORACLE.parse(yaml), yaml);
        }
    }

    private static void assertSame(String doc) {
        assertSame(JSON.parse(doc), JSON_ORACLE.parse(doc.startsWith("\uFEFF") ? doc.substring(1) : doc), doc);
    }

    private static void assertSame(ParseResult actual, ParseResult oracle, String doc) {
        assertThat(actual.spec()).as(doc).isEqualTo(oracle.spec());
        assertThat(actual.diagnostics()).as(doc).isEqualTo(oracle.diagnostics());
        assertThat(actual.sourceMap().asMap())
                .as(doc)
                .isEqualTo(oracle.sourceMap().asMap());
    }

    private static String mutate(String doc, Random random) {
        JsonNode root;
        try {
            root = MAPPER.readTree(doc);
        } catch (RuntimeException e) {
            return doc;
        }
        int mutations = 1 + random.nextInt(3);
        String text = null;
        for (int i = 0; i < mutations; i++) {
            int kind = random.nextInt(10);
            if (kind <= 5 || !(root instanceof ObjectNode)) {
                mutateTree(root, random);
            } else if (kind <= 7) {
                text = duplicateKey(MAPPER.writeValueAsString(root), random);
            } else {
                text = breakSyntax(MAPPER.writeValueAsString(root), random);
            }
        }
        return text != null ? text : MAPPER.writeValueAsString(root);
    }

    /** Replaces, removes or adds one value somewhere in the tree. */
    private static void mutateTree(JsonNode root, Random random) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        if (containers.isEmpty()) {
            return;
        }
        JsonNode target = containers.get(random.nextInt(containers.size()));
        JsonNode value = randomValue(random, root);
        if (target instanceof ObjectNode object) {
            List<String> names = new ArrayList<>(object.propertyNames());
            int action = random.nextInt(4);
            if (names.isEmpty() || action == 0) {
                String[] extra = {
                    "formatVersion", "level", "clarificationsNeeded", "endpoints", "nope", "Title", "taskStates"
                };
                object.set(extra[random.nextInt(extra.length)], value);
            } else if (action == 1) {
                object.remove(names.get(random.nextInt(names.size())));
            } else {
                object.set(names.get(random.nextInt(names.size())), value);
            }
        } else if (target instanceof ArrayNode array) {
            if (array.isEmpty() || random.nextBoolean()) {
                array.add(value);
            } else {
                array.set(random.nextInt(array.size()), value);
            }
        }
    }

    private static void collect(JsonNode node, List<JsonNode> out) {
        List<JsonNode> stack = new ArrayList<>(List.of(node));
        while (!stack.isEmpty()) {
            JsonNode n = stack.remove(stack.size() - 1);
            if (n.isContainer()) {
                out.add(n);
                for (JsonNode child : n.values()) {
                    stack.add(child);
                }
            }
        }
    }

    private static JsonNode randomValue(Random random, JsonNode root) {
        return switch (random.nextInt(17)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.stringNode("");
            case 2 -> NODES.numberNode(0);
            case 3 -> NODES.numberNode(1);
            case 4 -> NODES.numberNode(1.5);
            case 5 -> NODES.booleanNode(true);
            case 6 -> NODES.stringNode("P1");
            case 7 -> NODES.stringNode("7");
            case 8 -> NODES.numberNode(2147483648L);
            case 9 -> NODES.arrayNode();
            case 10 -> NODES.objectNode();
            case 11 -> NODES.stringNode("userStories");
            case 12 -> NODES.stringNode("System MUST log [NEEDS CLARIFICATION: what?]");
            case 13 -> NODES.stringNode("  ");
            case 14 -> NODES.numberNode(2);
            case 15 -> NODES.objectNode().put("text", "x").put("id", "FR-001");
            default -> {
                // a value from elsewhere in the document: the right type in the wrong place
                List<JsonNode> all = new ArrayList<>();
                collect(root, all);
                JsonNode some = all.get(random.nextInt(all.size()));
                yield some.isEmpty()
                        ? some.deepCopy()
                        : some.values().iterator().next().deepCopy();
            }
        };
    }

    /** Repeats the first key of a random object at its start. */
    private static String duplicateKey(String text, Random random) {
        List<Integer> starts = new ArrayList<>();
        for (int i = text.indexOf("{\""); i >= 0; i = text.indexOf("{\"", i + 1)) {
            starts.add(i);
        }
        if (starts.isEmpty()) {
            return text;
        }
        int at = starts.get(random.nextInt(starts.size()));
        int end = text.indexOf('"', at + 2);
        while (end > 0 && text.charAt(end - 1) == '\\') {
            end = text.indexOf('"', end + 1);
        }
        if (end < 0) {
            return text;
        }
        String key = text.substring(at + 1, end + 1);
        String[] values = {"null", "1", "\"dup\"", "[]"};
        return text.substring(0, at + 1) + key + ":" + values[random.nextInt(values.length)] + ","
                + text.substring(at + 1);
    }

    private static String breakSyntax(String text, Random random) {
        int at = random.nextInt(text.length());
        return switch (random.nextInt(4)) {
            case 0 -> text.substring(0, at);
            case 1 -> text.substring(0, at) + text.substring(Math.min(text.length(), at + 1));
            case 2 -> text + " {}";
            default -> text.substring(0, at) + "\u0000" + text.substring(at);
        };
    }

    @Test
    void theMutationsReachBothCleanAndFaultyDocuments() {
        // guards the test above from going vacuous: some mutated documents must still read clean
        Random random = new Random(5);
        int clean = 0;
        int faulty = 0;
        for (int i = 0; i < 200; i++) {
            String doc = mutate(DOCUMENTS.get(random.nextInt(DOCUMENTS.size())), random);
            if (JSON.parse(doc).diagnostics().isEmpty()) {
                clean++;
            } else {
                faulty++;
            }
        }
        // without the corpus (a fresh clone) the documents are the test data alone: 8 of 200 read clean
        assertThat(clean).isGreaterThan(5);
        assertThat(faulty).isGreaterThan(100);
    }

    @Test
    void aSpecWithEveryPartReadsBackEqual() {
        FeatureSpec spec = new SpecGenerator(99).size(8).next();
        String doc = MAPPER.writeValueAsString(spec);
        assertThat(JSON.parse(doc).diagnostics()).isEmpty();
        assertThat(JSON.parse(doc).spec()).isEqualTo(spec);
    }
}
