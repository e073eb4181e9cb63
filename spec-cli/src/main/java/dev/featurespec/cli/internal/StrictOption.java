package dev.featurespec.cli.internal;

import dev.featurespec.model.diagnostic.Severity;
import java.util.List;
import picocli.CommandLine.Option;

/** The {@code --strict} option of the checking subcommands, and the exit code it decides. */
public final class StrictOption {
    @Option(names = "--strict", description = "Fail on warnings too.")
    boolean strict;

    /** Used by picocli. */
    public StrictOption() {}

    /** 1 when a report holds an error, or a warning under {@code --strict}; else 0. */
    int exitCode(List<FileReport> reports) {
        boolean failed = reports.stream()
                .flatMap(r -> r.diagnostics().stream())
                .anyMatch(d -> d.isError() || (strict && d.severity() == Severity.WARNING));
        return failed ? 1 : 0;
    }
}
