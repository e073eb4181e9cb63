package dev.featurespec.cli.internal;

import dev.featurespec.model.diagnostic.Diagnostic;
import dev.featurespec.model.diagnostic.Severity;
import java.io.PrintWriter;
import java.util.List;

/**
 * {@code PATH:LINE:COL: SEVERITY: MESSAGE [RULE-ID]}, one line per diagnostic, files in the order given
 * and diagnostics by position; then {@code 84 files: 3 errors, 41 warnings} (and {@code , 2 infos} when
 * there are any). Paths and messages are escaped with {@link TerminalText}.
 */
final class TextReport {
    private TextReport() {}

    static void write(List<FileReport> files, PrintWriter out) {
        for (FileReport file : files) {
            writeLines(file, out);
        }
        out.println(summary(files));
    }

    /** The lines of one file's diagnostics, without the summary. */
    static void writeLines(FileReport file, PrintWriter out) {
        for (Diagnostic d : file.diagnostics()) {
            out.println(line(file.path(), d));
        }
    }

    /** One diagnostic as one line, escaped for the terminal (a path or message cannot start a new line). */
    static String line(String path, Diagnostic d) {
        String where = d.range()
                .map(r -> ":" + r.start().line() + ":" + r.start().column())
                .orElse("");
        return TerminalText.escape(path) + where + ": " + d.severity().label() + ": " + TerminalText.escape(d.message())
                + " [" + d.rule().id() + "]";
    }

    static String summary(List<FileReport> files) {
        long infos = ReportFormat.total(files, Severity.INFO);
        return ReportFormat.plural(files.size(), "file") + ": "
                + ReportFormat.plural(ReportFormat.total(files, Severity.ERROR), "error") + ", "
                + ReportFormat.plural(ReportFormat.total(files, Severity.WARNING), "warning")
                + (infos > 0 ? ", " + ReportFormat.plural(infos, "info") : "");
    }
}
