package dev.featurespec.folder;

import dev.featurespec.model.diagnostic.Diagnostic;
import dev.featurespec.model.diagnostic.Rule;
import dev.featurespec.model.diagnostic.Severity;
import dev.featurespec.model.diagnostic.SourceRange;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * One problem of a feature folder: the file where it is and the {@link Diagnostic} (rule, severity,
 * message naming the value, JSON pointer into that file's model, 1-based source range).
 *
 * @param path the file the problem is in: {@code spec.md} for an uncovered requirement, {@code tasks.md}
 *     for a task citing an unknown story, the checklist for an unknown reference
 * @param diagnostic what is wrong and where in the file
 */
public record Finding(Path path, Diagnostic diagnostic) {
    /** By path, then by position in the file (see {@link Diagnostic#BY_POSITION}). */
    public static final Comparator<Finding> BY_PATH_AND_POSITION = Comparator.comparing(
                    (Finding f) -> f.path().toString())
            .thenComparing(Finding::diagnostic, Diagnostic.BY_POSITION);

    public Finding {
        Objects.requireNonNull(path, "Finding.path must not be null");
        Objects.requireNonNull(diagnostic, "Finding.diagnostic must not be null");
    }

    public Rule rule() {
        return diagnostic.rule();
    }

    public Severity severity() {
        return diagnostic.severity();
    }

    public String message() {
        return diagnostic.message();
    }

    public Optional<SourceRange> range() {
        return diagnostic.range();
    }

    /** {@code PATH:LINE:COL: SEVERITY: MESSAGE [RULE-ID]}. */
    @Override
    public String toString() {
        String where = range().map(r -> ":" + r.start()).orElse("");
        return path + where + ": " + severity().label() + ": " + message() + " [" + rule().id() + "]";
    }
}
