package dev.featurespec.benchmarks;

import dev.featurespec.model.FeatureSpec;
import dev.featurespec.writer.markdown.MarkdownSpecWriter;
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

/** Model → Markdown against a bare commonmark-java parse of the Markdown it writes. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class MarkdownWriteBenchmark {
    private static final MarkdownSpecWriter WRITER = MarkdownSpecWriter.create();

    @Param({"typical", "corpus"})
    public String input;

    private FeatureSpec model;
    private String written;

    @Setup
    public void setUp() {
        model = Models.model(input);
        written = WRITER.write(model);
    }

    @Benchmark
    public String featurespecWrite() {
        return WRITER.write(model);
    }

    @Benchmark
    public Node commonmarkParseOfWritten() {
        return Commonmark.PARSER.parse(written);
    }
}
