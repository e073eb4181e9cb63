package dev.featurespec.benchmarks;

import dev.featurespec.parser.ParseResult;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.openjdk.jol.info.GraphLayout;

/**
 * Retained heap of a parsed model against the size of its input. Walks the object graph the parse
 * returned with JOL ({@link GraphLayout}) and divides its total size by the input's UTF-8 bytes. Prints
 * one detail line per input on stderr and, on stdout, {@code heap model-vs-input VALUE}: the largest
 * ratio over the inputs.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar dev.featurespec.benchmarks.HeapFootprint typical corpus 10MB
 * }</pre>
 */
public final class HeapFootprint {
    private HeapFootprint() {}

    public static void main(String[] args) {
        List<String> inputs = args.length > 0 ? List.of(args) : List.of("typical", "corpus", "10MB");
        double worst = 0;
        for (String name : inputs) {
            String text = Inputs.named(name);
            long inputBytes = text.getBytes(StandardCharsets.UTF_8).length;
            double commonmark = ratio(Commonmark.PARSER::parse, text, inputBytes);
            detail("commonmark-document", name, inputBytes, commonmark);
            ParseResult result = Parsing.parse(text);
            double ours = (double) GraphLayout.parseInstance(result.spec()).totalSize() / inputBytes;
            detail("featurespec-model", name, inputBytes, ours);
            double withMap = (double) GraphLayout.parseInstance(result).totalSize() / inputBytes;
            detail("featurespec-parse-result (model + source map + diagnostics)", name, inputBytes, withMap);
            worst = Math.max(worst, ours);
        }
        System.out.println(String.format(Locale.ROOT, "heap model-vs-input %.2f", worst));
    }

    private static double ratio(Function<String, Object> parse, String text, long inputBytes) {
        Object result = parse.apply(text);
        return (double) GraphLayout.parseInstance(result).totalSize() / inputBytes;
    }

    private static void detail(String what, String input, long inputBytes, double ratio) {
        System.err.printf(Locale.ROOT, "# heap %s %s (%d bytes): %.2fx input%n", what, input, inputBytes, ratio);
    }
}
