package dev.featurespec.folder;

import dev.featurespec.model.diagnostic.Severity;
import java.util.List;
import java.util.Objects;

/**
 * What {@link Traceability} found in one feature folder: the findings, sorted by file and position, and
 * the coverage of every story, requirement and success criterion (declared ones in spec order, then the
 * orphans in order of first citation).
 *
 * @param folder the folder analysed
 * @param findings the problems, sorted by {@link Finding#BY_PATH_AND_POSITION}
 * @param coverage one entry per story, requirement and criterion
 */
public record Analysis(FeatureFolder folder, List<Finding> findings, List<Coverage> coverage) {
    public Analysis {
        Objects.requireNonNull(folder, "Analysis.folder must not be null");
        findings = findings.stream().sorted(Finding.BY_PATH_AND_POSITION).toList();
        coverage = List.copyOf(coverage);
    }

    /** True when any finding is an error. */
    public boolean hasErrors() {
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }

    /** How many findings have {@code severity}. */
    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }
}
