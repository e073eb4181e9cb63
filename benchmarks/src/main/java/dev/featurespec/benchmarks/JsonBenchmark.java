package dev.featurespec.benchmarks;

import dev.featurespec.model.FeatureSpec;
import dev.featurespec.parser.ParseResult;
import dev.featurespec.parser.json.JsonSpecReader;
import dev.featurespec.writer.json.JsonSpecWriter;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading and writing the model's JSON against Jackson reading and writing the same document as a
 * {@link JsonNode} tree. Both sides write compact JSON, so they produce the same bytes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class JsonBenchmark {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final JsonSpecReader READER =
            JsonSpecReader.builder().maxBytes(256L << 20).build();
    private static final JsonSpecWriter WRITER =
            JsonSpecWriter.builder().compact(true).build();

    @Param({"typical", "corpus"})
    public String input;

    private FeatureSpec model;
    private String json;
    private JsonNode tree;

    @Setup
    public void setUp() {
        model = Models.model(input);
        json = WRITER.write(model);
        tree = MAPPER.readTree(json);
        ParseResult check = READER.parse(json);
        if (!check.spec().equals(model)) {
            throw new IllegalStateException(
                    "the JSON of " + input + " does not read back equal: " + check.diagnostics());
        }
    }

    @Benchmark
    public ParseResult featurespecRead() {
        return READER.parse(json);
    }

    @Benchmark
    public String featurespecWrite() {
        return WRITER.write(model);
    }

    @Benchmark
    public JsonNode jsonNodeRead() {
        return MAPPER.readTree(json);
    }

    @Benchmark
    public String jsonNodeWrite() {
        return MAPPER.writeValueAsString(tree);
    }
}
