package dev.featurespec.cli.internal;

import dev.featurespec.model.diagnostic.Diagnostic;
import dev.featurespec.model.diagnostic.Severity;
import dev.featurespec.model.diagnostic.SourceRange;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.Consumer;
import tools.jackson.core.JsonGenerator;

/**
 * One JSON object:
 *
 * <pre>{@code
 * {"files": 1, "errors": 1, "warnings": 0, "infos": 0,
 *  "diagnostics": [{"path": "specs/001/spec.md", "line": 41, "column": 3, "endLine": 41, "endColumn": 12,
 *                   "severity": "error", "rule": "FS105", "message": "…", "pointer": "/functionalRequirements/3/id"}]}
 * }</pre>
 *
 * The position members are left out for a diagnostic without a source position. Written as a stream, so
 * a report of hundreds of thousands of diagnostics never exists twice in memory.
 */
final class JsonReport {
    private JsonReport() {}

    static void write(List<FileReport> files, PrintWriter out) {
        write(files, out, g -> {});
    }

    /**
     * Writes the report object, then lets {@code more} add members after the diagnostics ({@code
     * analyze}'s coverage) before the object is closed.
     */
    static void write(List<FileReport> files, PrintWriter out, Consumer<JsonGenerator> more) {
        try (JsonGenerator g = ReportFormat.prettyGenerator(out)) {
            g.writeStartObject();
            g.writeNumberProperty("files", files.size());
            g.writeNumberProperty("errors", ReportFormat.total(files, Severity.ERROR));
            g.writeNumberProperty("warnings", ReportFormat.total(files, Severity.WARNING));
            g.writeNumberProperty("infos", ReportFormat.total(files, Severity.INFO));
            g.writeArrayPropertyStart("diagnostics");
            for (FileReport file : files) {
                for (Diagnostic d : file.diagnostics()) {
                    g.writeStartObject();
                    g.writeStringProperty("path", file.path());
                    if (d.range().isPresent()) {
                        SourceRange r = d.range().get();
                        g.writeNumberProperty("line", r.start().line());
                        g.writeNumberProperty("column", r.start().column());
                        g.writeNumberProperty("endLine", r.end().line());
                        g.writeNumberProperty("endColumn", r.end().column());
                    }
                    g.writeStringProperty("severity", d.severity().label());
                    g.writeStringProperty("rule", d.rule().id());
                    g.writeStringProperty("message", d.message());
                    g.writeStringProperty("pointer", d.pointer());
                    g.writeEndObject();
                }
            }
            g.writeEndArray();
            more.accept(g);
            g.writeEndObject();
        }
        out.println();
    }
}
