package dev.featurespec.cli.internal;

import dev.featurespec.folder.Coverage;
import java.io.PrintWriter;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code analyze --format json}: {@code validate}'s object ({@link JsonReport}) with a {@code coverage}
 * array after the diagnostics, one entry per story, requirement and criterion of every folder:
 *
 * <pre>{@code
 * {"files": 3, "errors": 1, "warnings": 2, "infos": 0, "diagnostics": [ … ],
 *  "coverage": [{"folder": "specs/001-checkout", "id": "FR-003", "kind": "requirement",
 *                "tasks": ["T012", "T014"], "checklistItems": ["CHK007"], "status": "covered"}]}
 * }</pre>
 */
final class AnalysisJsonReport {
    private AnalysisJsonReport() {}

    static void write(List<FolderReport> folders, PrintWriter out) {
        JsonMapper mapper = JsonMapper.builder().build();
        ObjectNode root = JsonReport.root(FolderReport.files(folders), mapper);
        ArrayNode coverage = root.putArray("coverage");
        for (FolderReport folder : folders) {
            for (Coverage c : folder.coverage()) {
                ObjectNode o = coverage.addObject();
                o.put("folder", folder.folder());
                o.put("id", c.id());
                o.put("kind", c.kind().label());
                ArrayNode tasks = o.putArray("tasks");
                c.tasks().forEach(tasks::add);
                ArrayNode items = o.putArray("checklistItems");
                c.checklistItems().forEach(items::add);
                o.put("status", c.status().label());
            }
        }
        out.println(ReportFormat.prettyJson(mapper).writeValueAsString(root));
    }
}
