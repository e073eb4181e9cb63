package dev.featurespec.cli.internal;

import dev.featurespec.diff.Change;
import dev.featurespec.diff.Significance;
import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.StringJoiner;

/**
 * {@code PATH:LINE: SUMMARY}, one line per change (the old file's path and line for a removal, else the
 * new file's), specs in order and changes in document order; a new or deleted spec is one line, {@code
 * PATH: new spec "Title" (2 stories, 5 requirements)}; then {@code 2 specs: 5 changes (1 breaking, 2
 * stricter)}, which counts every element of new and deleted specs. Control characters in spec text are
 * escaped.
 */
final class DiffText {
    private DiffText() {}

    static void write(List<ComparedSpec> specs, PrintWriter out) {
        for (ComparedSpec spec : specs) {
            switch (spec.status()) {
                // a new or deleted spec is one line: everything in it is new or gone (JSON lists each element)
                case ADDED -> out.println(Printable.line(spec.path() + ": new spec " + spec.contents()));
                case DELETED -> out.println(Printable.line(spec.path() + ": deleted spec " + spec.contents()));
                default -> {
                    for (Change c : spec.diff().changes()) {
                        OptionalInt line = spec.line(c);
                        out.println(Printable.line(
                                spec.pathOf(c) + (line.isPresent() ? ":" + line.getAsInt() : "") + ": " + c.summary()));
                    }
                }
            }
        }
        out.println(summary(specs));
    }

    /** {@code 2 specs: 5 changes (1 breaking, 2 stricter)}, or {@code 1 spec: no semantic change}. */
    static String summary(List<ComparedSpec> specs) {
        int changes = 0;
        Map<Significance, Integer> counts = new EnumMap<>(Significance.class);
        for (ComparedSpec spec : specs) {
            for (Change c : spec.diff().changes()) {
                changes++;
                c.significance().forEach(s -> counts.merge(s, 1, Integer::sum));
            }
        }
        String head = ReportFormat.plural(specs.size(), "spec") + ": ";
        if (changes == 0) {
            return head + "no semantic change";
        }
        StringJoiner meaning = new StringJoiner(", ", " (", ")").setEmptyValue("");
        counts.forEach((s, n) -> meaning.add(n + " " + s.label()));
        return head + ReportFormat.plural(changes, "change") + meaning;
    }
}
