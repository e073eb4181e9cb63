package dev.featurespec.cli.internal;

import dev.featurespec.folder.Coverage;
import java.io.PrintWriter;
import java.util.List;

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
        JsonReport.write(FolderReport.files(folders), out, g -> {
            g.writeArrayPropertyStart("coverage");
            for (FolderReport folder : folders) {
                for (Coverage c : folder.coverage()) {
                    g.writeStartObject();
                    g.writeStringProperty("folder", folder.folder());
                    g.writeStringProperty("id", c.id());
                    g.writeStringProperty("kind", c.kind().label());
                    g.writeArrayPropertyStart("tasks");
                    for (String t : c.tasks()) {
                        g.writeString(t);
                    }
                    g.writeEndArray();
                    g.writeArrayPropertyStart("checklistItems");
                    for (String i : c.checklistItems()) {
                        g.writeString(i);
                    }
                    g.writeEndArray();
                    g.writeStringProperty("status", c.status().label());
                    g.writeEndObject();
                }
            }
            g.writeEndArray();
        });
    }
}
