package dev.featurespec.cli.internal;

import dev.featurespec.diff.Change;
import dev.featurespec.diff.Significance;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * A comment ready to post on a pull request: a heading with the totals, then per changed spec a heading
 * and a table of its changes, breaking ones first (in document order otherwise); a new or deleted spec
 * gets one line saying what it holds. Spec text is kept as
 * Markdown source (code spans and emphasis render), with {@code |} and {@code <} escaped so that a cell
 * stays a cell and no HTML gets in.
 */
final class DiffMarkdown {
    private DiffMarkdown() {}

    static void write(List<ComparedSpec> specs, PrintWriter out) {
        out.println("## Spec changes");
        out.println();
        out.println(cell(DiffText.summary(specs)) + ".");
        for (ComparedSpec spec : specs) {
            List<Change> changes = new ArrayList<>(spec.diff().changes());
            if (changes.isEmpty()) {
                continue;
            }
            // breaking first; List.sort is stable, so document order stays within each group
            changes.sort((a, b) -> Boolean.compare(b.is(Significance.BREAKING), a.is(Significance.BREAKING)));
            out.println();
            if (spec.status() != ComparedSpec.Status.MODIFIED) {
                String what = spec.status() == ComparedSpec.Status.ADDED ? "New spec" : "Deleted spec";
                out.println("### `" + code(spec.path()) + "`");
                out.println();
                out.println(what + " " + cell(spec.contents()) + ".");
                continue;
            }
            out.println("### `" + code(spec.path()) + "`");
            out.println();
            out.println("| | Change | Element | Details | Line |");
            out.println("|---|---|---|---|---|");
            for (Change c : changes) {
                String meaning = c.significance().stream()
                        .map(s -> s == Significance.BREAKING ? "⚠️ **breaking**" : s.label())
                        .collect(Collectors.joining(", "));
                OptionalInt line = spec.line(c);
                String where = line.isEmpty()
                        ? ""
                        : (c.kind() == dev.featurespec.diff.ChangeKind.REMOVED ? "old " : "") + line.getAsInt();
                out.println("| " + meaning + " | " + c.kind().label() + " | " + cell(c.label()) + " | "
                        + cell(c.description()) + " | " + where + " |");
            }
        }
    }

    private static String code(String path) {
        return cell(path).replace("`", "'");
    }

    /** Text for one table cell: one line, {@code |} and {@code <} escaped, control characters visible. */
    static String cell(String text) {
        return Printable.line(text.replace("\r", " ").replace("\n", " "))
                .replace("|", "\\|")
                .replace("<", "&lt;");
    }
}
