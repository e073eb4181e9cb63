package dev.featurespec.benchmarks;

import dev.featurespec.diff.SpecDiff;
import dev.featurespec.diff.SpecDiffer;
import dev.featurespec.model.FeatureSpec;
import dev.featurespec.parser.ParseResult;
import java.util.SplittableRandom;
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
 * The semantic diff of two versions of a large spec, both already parsed, against parsing one of them:
 * the goal is a diff in at most half the parse time. The new version is the old one with a few percent
 * of its bullets edited as authors do ({@link #edit}): reworded, removed, duplicated with a change, a
 * MUST turned into a SHOULD, a priority changed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DiffBenchmark {
    @Param({"1MB", "corpus"})
    public String input;

    private String oldText;
    private FeatureSpec oldSpec;
    private FeatureSpec newSpec;

    @Setup
    public void setUp() {
        oldText = Inputs.named(input);
        oldSpec = Parsing.model(oldText);
        newSpec = Parsing.model(edit(oldText, 42));
        int changes = SpecDiffer.create().diff(oldSpec, newSpec).changes().size();
        System.err.println("# diff " + input + ": " + oldText.length() + " chars, " + changes + " changes");
    }

    @Benchmark
    public SpecDiff diff() {
        return SpecDiffer.create().diff(oldSpec, newSpec);
    }

    @Benchmark
    public ParseResult parse() {
        return Parsing.PARSER.parse(oldText);
    }

    /**
     * {@code text} with about 4% of its bullet lines edited: 2% reworded (a word appended), 1% removed,
     * 0.5% followed by a reworded copy; 1% of the lines with MUST get SHOULD; 2% of story headings get
     * another priority.
     */
    static String edit(String text, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder sb = new StringBuilder(text.length() + text.length() / 50);
        for (String line : text.split("\n", -1)) {
            int dice = random.nextInt(1000);
            if (line.startsWith("- ")) {
                if (dice < 20) {
                    line = line + " (revised)";
                } else if (dice < 30) {
                    continue;
                } else if (dice < 35) {
                    sb.append(line).append('\n');
                    line = line.replaceFirst("\\*\\*(FR|SC)-", "**$1-9") + " again";
                }
            }
            if (line.contains("MUST") && random.nextInt(100) == 0) {
                line = line.replaceFirst("MUST", "SHOULD");
            }
            if (line.startsWith("### User Story") && random.nextInt(50) == 0) {
                line = line.replaceFirst("\\(Priority: P\\d\\)", "(Priority: P3)");
            }
            sb.append(line).append('\n');
        }
        return sb.toString();
    }
}
