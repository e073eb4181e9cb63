package dev.featurespec.cli.internal;

import dev.featurespec.folder.Coverage;
import java.util.List;
import java.util.Objects;

/**
 * What {@code analyze} found in one feature folder: its files' findings (every file read, with or without
 * findings, in the order spec, tasks, checklists) and its coverage.
 *
 * @param folder the folder as shown in output, {@code /}-separated
 * @param files one report per file read
 * @param coverage the coverage entries, in the analysis's order
 */
record FolderReport(String folder, List<FileReport> files, List<Coverage> coverage) {
    FolderReport {
        Objects.requireNonNull(folder, "FolderReport.folder must not be null");
        files = List.copyOf(files);
        coverage = List.copyOf(coverage);
    }

    /** Every file report of {@code folders}, in order. */
    static List<FileReport> files(List<FolderReport> folders) {
        return folders.stream().flatMap(f -> f.files().stream()).toList();
    }
}
