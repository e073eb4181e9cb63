package dev.featurespec.cli.internal;

import dev.featurespec.model.diagnostic.Diagnostic;
import dev.featurespec.model.diagnostic.Severity;
import dev.featurespec.model.diagnostic.SourceRange;
import java.io.PrintWriter;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One JSON object:
 *
 * <pre>{@code
 * {"files": 1, "errors": 1, "warnings": 0, "infos": 0,
 *  "diagnostics": [{"path": "specs/001/spec.md", "line": 41, "column": 3, "endLine": 41, "endColumn": 12,
 *                   "severity": "error", "rule": "FS105", "message": "…", "pointer": "/functionalRequirements/3/id"}]}
 * }</pre>
 *
 * The position members are left out for a diagnostic without a source position.
 */
final class JsonReport {
    private JsonReport() {}

    static void write(List<FileReport> files, PrintWriter out) {
        JsonMapper mapper = JsonMapper.builder().build();
        out.println(ReportFormat.prettyJson(mapper).writeValueAsString(root(files, mapper)));
    }

    /** The report's object, for reports that add members to it ({@code analyze}'s coverage). */
    static ObjectNode root(List<FileReport> files, JsonMapper mapper) {
        ObjectNode root = mapper.createObjectNode();
        root.put("files", files.size());
        root.put("errors", ReportFormat.total(files, Severity.ERROR));
        root.put("warnings", ReportFormat.total(files, Severity.WARNING));
        root.put("infos", ReportFormat.total(files, Severity.INFO));
        ArrayNode list = root.putArray("diagnostics");
        for (FileReport file : files) {
            for (Diagnostic d : file.diagnostics()) {
                ObjectNode o = list.addObject();
                o.put("path", file.path());
                if (d.range().isPresent()) {
                    SourceRange r = d.range().get();
                    o.put("line", r.start().line());
                    o.put("column", r.start().column());
                    o.put("endLine", r.end().line());
                    o.put("endColumn", r.end().column());
                }
                o.put("severity", d.severity().label());
                o.put("rule", d.rule().id());
                o.put("message", d.message());
                o.put("pointer", d.pointer());
            }
        }
        return root;
    }
}
