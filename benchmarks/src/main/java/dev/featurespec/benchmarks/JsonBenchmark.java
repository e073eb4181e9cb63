package dev.featurespec.benchmarks;

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

/** Reading and writing the model's JSON against Jackson reading and writing the same document as a tree. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class JsonBenchmark {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    @Param({"typical", "corpus"})
    public String input;

    private String json;
    private JsonNode tree;

    @Setup
    public void setUp() {
        json = Models.json(input);
        tree = MAPPER.readTree(json);
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
