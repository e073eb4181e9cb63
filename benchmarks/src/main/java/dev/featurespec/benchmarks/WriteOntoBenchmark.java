package dev.featurespec.benchmarks;

import dev.featurespec.model.FeatureSpec;
import dev.featurespec.model.Requirement;
import dev.featurespec.model.diagnostic.SourceDocument;
import dev.featurespec.parser.ParseResult;
import dev.featurespec.parser.markdown.MarkdownSpecParser;
import dev.featurespec.writer.markdown.MarkdownSpecWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Writing an edited spec onto its original Markdown ({@code writeOnto}: the status changed, one
 * requirement reworded, one appended) against parsing that Markdown.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class WriteOntoBenchmark {
    private static final MarkdownSpecParser PARSER = MarkdownSpecParser.create();
    private static final MarkdownSpecWriter WRITER = MarkdownSpecWriter.create();

    @Param({"typical", "corpus"})
    public String input;

    private String text;
    private SourceDocument base;
    private FeatureSpec edited;

    @Setup
    public void setUp() {
        text = Inputs.named(input);
        base = PARSER.parse(text).document().orElseThrow();
        FeatureSpec spec = base.spec();
        List<Requirement> requirements = new ArrayList<>(spec.functionalRequirements());
        int middle = requirements.size() / 2;
        requirements.set(
                middle,
                requirements.get(middle).withText(requirements.get(middle).text() + " quickly"));
        requirements.add(Requirement.of("FR-999", "System MUST log each retry."));
        edited = spec.toBuilder()
                .metadata(spec.metadata().toBuilder().status("Approved").build())
                .functionalRequirements(requirements)
                .build();
        if (WRITER.writeOnto(base, edited).length() < text.length()) {
            throw new IllegalStateException("the edit was not written onto " + input);
        }
    }

    @Benchmark
    public String writeOnto() {
        return WRITER.writeOnto(base, edited);
    }

    @Benchmark
    public ParseResult parse() {
        return PARSER.parse(text);
    }
}
