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

/**
 * The fast path ({@link FastBinder}) gives exactly what the checked path gives (spec, diagnostics and
 * source map) for every document: the test documents, generated specs, the corpus (Markdown read and
 * written as JSON) and seeded random mutations of all of them (wrong types, nulls, empty strings,
 * missing and unknown properties, duplicate keys, other format versions, broken syntax).
 */
class FastPathEquivalenceTest {
    private static final JsonSpecReader JSON = JsonSpecReader.json();
    private static final JsonSpecReader YAML = JsonSpecReader.yaml();
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
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
        return IntStream.range(0, 200);
    }

    @Test
    void theFastPathReadsEveryGoodDocumentAndEveryGeneratedOne() {
        List<String> good = new ArrayList<>();
        try (Stream<Path> files = Files.list(TESTDATA.resolve("good"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                good.add(Files.readString(p, StandardCharsets.UTF_8).replace("\uFEFF", ""));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SpecGenerator generator = new SpecGenerator(3);
        for (int i = 0; i < 20; i++) {
            good.add(MAPPER.writeValueAsString(generator.next()));
        }
        assertThat(good)
                .hasSizeGreaterThan(40)
                .allSatisfy(doc -> assertThat(JSON.fastPathReads(doc)).as(doc).isTrue());
    }

    @Test
    void everyTestDocumentReadsTheSameOnBothPaths() throws IOException {
        for (String doc : DOCUMENTS) {
            assertSame(JSON, doc);
        }
        try (Stream<Path> files = Files.list(TESTDATA.resolve("bad"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                assertSame(YAML, Files.readString(p, StandardCharsets.UTF_8));
            }
        }
    }

    @Test
    void theLazySourceMapIsTheCheckedPathsMap() {
        String doc = DOCUMENTS.get(0);
        ParseResult fast = JSON.parse(doc);
        assertThat(fast.sourceMap().asMap()).isNotEmpty();
        assertThat(fast.sourceMap().asMap())
                .isEqualTo(JSON.parseChecked(doc).sourceMap().asMap());
    }

    @Test
    void aReaderWithASmallerDepthLimitRefusesTheSameDocuments() {
        JsonSpecReader shallow = JsonSpecReader.builder().maxDepth(4).build();
        String nested = """
                {"title": "T", "apiContract": {"statements": [{"text": "a", "children": [{"text": "b"}]}]}}
                """;
        String deeper = """
                {"title": "T", "apiContract": {"statements": [{"text": "a", "children": [{"text": "b",
                 "children": [{"text": "c"}]}]}]}}
                """;
        assertSame(shallow, nested);
        assertSame(shallow, deeper);
        assertThat(shallow.parse(deeper).diagnostics()).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void mutatedDocumentsReadTheSameOnBothPaths(int seed) {
        Random random = new Random(seed);
        for (int round = 0; round < 5; round++) {
            String doc = DOCUMENTS.get(random.nextInt(DOCUMENTS.size()));
            String mutated = mutate(doc, random);
            assertSame(JSON, mutated);
        }
    }

    private static void assertSame(JsonSpecReader reader, String doc) {
        ParseResult fast = reader.parse(doc);
        ParseResult checked = reader.parseChecked(doc);
        assertThat(fast.spec()).as(doc).isEqualTo(checked.spec());
        assertThat(fast.diagnostics()).as(doc).isEqualTo(checked.diagnostics());
        assertThat(fast.sourceMap().asMap())
                .as(doc)
                .isEqualTo(checked.sourceMap().asMap());
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
    void theMutationsReachTheFastPath() {
        // guards the test above from going vacuous: some mutated documents must still take the fast path
        Random random = new Random(5);
        int fast = 0;
        for (int i = 0; i < 200; i++) {
            String doc = mutate(DOCUMENTS.get(random.nextInt(DOCUMENTS.size())), random);
            if (JSON.fastPathReads(doc)) {
                fast++;
            }
        }
        assertThat(fast).isGreaterThan(10);
    }

    @Test
    void aSpecWithEveryPartReadsOnTheFastPath() {
        FeatureSpec spec = new SpecGenerator(99).size(8).next();
        String doc = MAPPER.writeValueAsString(spec);
        assertThat(JSON.fastPathReads(doc)).isTrue();
        assertThat(JSON.parse(doc).spec()).isEqualTo(spec);
    }
}
