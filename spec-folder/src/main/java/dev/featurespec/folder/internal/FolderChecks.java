package dev.featurespec.folder.internal;

import dev.featurespec.folder.FeatureFolder;
import java.util.Optional;

/**
 * What every check of a folder reads and where it reports. Not API.
 *
 * @param folder the folder
 * @param spec what its spec declares
 * @param tasks its tasks with what they cite, when it has a {@code tasks.md}
 * @param items its checklist items
 * @param findings where checks report
 */
public record FolderChecks(
        FeatureFolder folder, SpecIndex spec, Optional<TaskIndex> tasks, ItemIndex items, Findings findings) {

    /** True when the folder has a {@code tasks.md} with at least one task. */
    public boolean hasTasks() {
        return tasks.map(t -> !t.tasks().isEmpty()).orElse(false);
    }
}
