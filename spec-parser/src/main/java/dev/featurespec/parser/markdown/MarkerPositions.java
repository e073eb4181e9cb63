package dev.featurespec.parser.markdown;

import dev.featurespec.model.FeatureSpec;
import dev.featurespec.model.OpenClarification;
import dev.featurespec.model.diagnostic.SourceMap;
import dev.featurespec.model.diagnostic.SourceRange;
import dev.featurespec.parser.internal.SourceText;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Adds to a parsed document's source map where the lines of each text holding a {@code [NEEDS
 * CLARIFICATION]} marker stand ({@link SourceMap.Builder#putTextLine}), so that {@link
 * dev.featurespec.parser.ParseResult#validate} can point FS110 at the marker itself.
 *
 * <p>Works from what the assembler already gives, without changing it: every text of the model is the
 * document's own source, so the text's first line is found verbatim at or after the start of the
 * element the source map records for it (an extra section's body after its heading), and each further
 * line of the text ends the next source line (a list item's continuation lines lose only their
 * indentation). A line that does not read like that ends the mapping of its text; markers after it keep
 * the element's position.
 */
final class MarkerPositions {
    private static final String MARKER = "[NEEDS CLARIFICATION";

    private MarkerPositions() {}

    /**
     * {@code base}, or, when the document holds a marker, a map computed on first use that adds the text
     * lines of the texts holding markers.
     */
    static SourceMap of(SourceMap base, FeatureSpec spec, SourceText src) {
        if (src.text().indexOf(MARKER) < 0) {
            return base;
        }
        return SourceMap.lazy(() -> add(base, spec, src));
    }

    private static SourceMap add(SourceMap base, FeatureSpec spec, SourceText src) {
        Map<String, OpenClarification> lastByText = new LinkedHashMap<>();
        for (OpenClarification open : spec.openClarifications()) {
            lastByText.put(open.pointer(), open);
        }
        if (lastByText.isEmpty()) {
            return base;
        }
        SourceMap.Builder b = base.toBuilder();
        for (OpenClarification last : lastByText.values()) {
            base.find(last.pointer()).ifPresent(element -> map(b, element, last, src));
        }
        return b.build();
    }

    /** Records the lines of {@code last}'s text up to the one holding {@code last}'s end. */
    private static void map(SourceMap.Builder b, SourceRange element, OpenClarification last, SourceText src) {
        String text = last.text();
        String source = src.text();
        int firstEnd = lineEnd(text, 0);
        int at = source.indexOf(
                text.substring(0, firstEnd), src.lineStart(element.start().line() - 1));
        if (at < 0) {
            return;
        }
        int line = src.lineOf(at);
        int column = at - src.lineStart(line);
        int offset = 0;
        while (true) {
            int end = lineEnd(text, offset);
            if (end > offset) {
                b.putTextLine(
                        last.pointer(),
                        offset,
                        SourceRange.of(line + 1, column + 1, line + 1, column + 1 + end - offset));
            }
            if (end >= last.end() || end == text.length()) {
                return;
            }
            offset = end + 1;
            line++;
            if (line >= src.lineCount()) {
                return;
            }
            Optional<Integer> next = columnOf(src.line(line), text.substring(offset, lineEnd(text, offset)));
            if (next.isEmpty()) {
                return;
            }
            column = next.get();
        }
    }

    /** Where {@code textLine} stands in {@code sourceLine}: at its end, or else where it first occurs. */
    private static Optional<Integer> columnOf(String sourceLine, String textLine) {
        if (textLine.isEmpty()) {
            return Optional.of(0);
        }
        if (sourceLine.endsWith(textLine)) {
            return Optional.of(sourceLine.length() - textLine.length());
        }
        int i = sourceLine.indexOf(textLine);
        return i < 0 ? Optional.empty() : Optional.of(i);
    }

    private static int lineEnd(String text, int from) {
        int nl = text.indexOf('\n', from);
        return nl < 0 ? text.length() : nl;
    }
}
