package dev.featurespec.cli.internal;

import dev.featurespec.model.diagnostic.Diagnostic;
import dev.featurespec.model.diagnostic.Severity;
import java.util.List;
import java.util.Objects;

/**
 * The diagnostics found in one file.
 *
 * @param path the path as shown in output, {@code /}-separated
 * @param diagnostics the diagnostics, sorted by position
 */
public record FileReport(String path, List<Diagnostic> diagnostics) {
    public FileReport {
        Objects.requireNonNull(path, "FileReport.path must not be null");
        diagnostics = diagnostics.stream().sorted(Diagnostic.BY_POSITION).toList();
    }

    /** How many diagnostics have {@code severity}. */
    public long count(Severity severity) {
        return diagnostics.stream().filter(d -> d.severity() == severity).count();
    }
}
