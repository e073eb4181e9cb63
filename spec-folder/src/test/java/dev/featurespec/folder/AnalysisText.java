package dev.featurespec.folder;

import java.nio.file.Path;

/**
 * An analysis as the golden files under {@code testdata/analyze} hold it: the findings, one {@code
 * FILE:LINE:COL: SEVERITY: MESSAGE [RULE]} line each with the file relative to the folder, then the
 * coverage, one line per entry.
 */
final class AnalysisText {
    private AnalysisText() {}

    static String of(Analysis analysis) {
        Path dir = analysis.folder().dir();
        StringBuilder sb = new StringBuilder("findings:\n");
        for (Finding f : analysis.findings()) {
            String file = dir.relativize(f.path()).toString().replace('\\', '/');
            String where = f.range().map(r -> ":" + r.start()).orElse("");
            sb.append("  ")
                    .append(file)
                    .append(where)
                    .append(": ")
                    .append(f.severity().label())
                    .append(": ")
                    .append(f.message())
                    .append(" [")
                    .append(f.rule().id())
                    .append("]\n");
        }
        sb.append("coverage:\n");
        for (Coverage c : analysis.coverage()) {
            sb.append("  ")
                    .append(c.id())
                    .append(' ')
                    .append(c.kind().label())
                    .append(' ')
                    .append(c.status().label())
                    .append(" tasks=")
                    .append(c.tasks())
                    .append(" checklistItems=")
                    .append(c.checklistItems())
                    .append('\n');
        }
        return sb.toString();
    }
}
