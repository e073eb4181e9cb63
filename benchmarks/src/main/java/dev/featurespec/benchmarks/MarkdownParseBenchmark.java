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

/** Markdown → model against a bare commonmark-java parse of the same text with the same settings. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class MarkdownParseBenchmark {
    @Param({"typical", "corpus"})
    public String input;

    private String text;

    @Setup
    public void setUp() {
        text = Inputs.named(input);
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
