package dev.featurespec.cli.internal;

import dev.featurespec.folder.Coverage;
import dev.featurespec.model.diagnostic.Diagnostic;
import dev.featurespec.model.diagnostic.Severity;
import java.io.PrintWriter;
import java.util.List;

/**
 * {@code analyze --format markdown}: per folder, a traceability matrix (one row per story, requirement
 * and criterion: its text, status, the tasks and checklist items citing it) and the findings as a list,
 * ready to post on a pull request. Cell text is escaped so it cannot break the table.
 */
final class TraceabilityMatrix {
    private static final int TEXT_LIMIT = 60;

    private TraceabilityMatrix() {}

    static void write(List<FolderReport> folders, PrintWriter out) {
        List<FileReport> files = FolderReport.files(folders);
        out.println("# Traceability");
        out.println();
        out.println(TextReport.summary(files) + " in " + ReportFormat.plural(folders.size(), "feature folder") + ".");
        for (FolderReport folder : folders) {
            out.println();
            out.println("## " + cell(folder.folder()));
            out.println();
            if (folder.coverage().isEmpty()) {
                out.println("_The spec declares no story, requirement or success criterion._");
            } else {
                out.println("| ID | Kind | Status | Text | Tasks | Checklist items |");
                out.println("|---|---|---|---|---|---|");
                for (Coverage c : folder.coverage()) {
                    out.println("| " + cell(c.id()) + " | " + c.kind().label() + " | " + status(c.status()) + " | "
                            + cell(shortened(c.text().orElse(""))) + " | " + cell(String.join(", ", c.tasks()))
                            + " | " + cell(String.join(", ", c.checklistItems())) + " |");
                }
            }
            boolean any = false;
            for (FileReport file : folder.files()) {
                for (Diagnostic d : file.diagnostics()) {
                    if (!any) {
                        out.println();
                        out.println("Findings:");
                        out.println();
                        any = true;
                    }
                    String where = d.range()
                            .map(r -> ":" + r.start().line() + ":" + r.start().column())
                            .orElse("");
                    out.println("- " + icon(d.severity()) + " `" + file.path() + where + "` " + inline(d.message())
                            + " (" + d.rule().id() + ")");
                }
            }
        }
    }

    private static String status(Coverage.Status status) {
        return switch (status) {
            case COVERED -> "✅ covered";
            case UNCOVERED -> "❌ uncovered";
            case ORPHANED -> "⚠️ orphaned";
        };
    }

    private static String icon(Severity severity) {
        return switch (severity) {
            case ERROR -> "❌";
            case WARNING -> "⚠️";
            case INFO -> "ℹ️";
        };
    }

    private static String shortened(String text) {
        String t = text.strip().replaceAll("\\s+", " ");
        return t.length() > TEXT_LIMIT ? t.substring(0, TEXT_LIMIT - 1) + "…" : t;
    }

    /** Text for a table cell: pipes escaped, on one line. */
    static String cell(String text) {
        return inline(text).replace("|", "\\|");
    }

    /** Text on one line, with HTML-significant characters escaped so a message cannot inject markup. */
    static String inline(String text) {
        return text.replace('\n', ' ').replace("<", "&lt;").replace(">", "&gt;");
    }
}
