package dev.featurespec.benchmarks;

import dev.featurespec.parser.ParseResult;
import java.util.concurrent.TimeUnit;
import org.commonmark.node.Node;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Parse time over generated specs from 1 KB to 50 MB: time per byte should stay flat. Needs a heap of
 * about 4 GB for the 50 MB case (run.sh passes {@code -Xmx4g}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ScalingBenchmark {
    @Param({"1KB", "64KB", "1MB", "10MB", "50MB"})
    public String size;

    private String text;

    @Setup
    public void setUp() {
        text = Inputs.named(size);
    }

    @Benchmark
    public ParseResult featurespec() {
        return Parsing.PARSER.parse(text);
    }

    @Benchmark
    public Node commonmark() {
        return Commonmark.PARSER.parse(text);
    }
}
