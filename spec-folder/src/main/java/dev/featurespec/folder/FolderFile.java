package dev.featurespec.folder;

import dev.featurespec.model.diagnostic.Diagnostic;
import dev.featurespec.model.diagnostic.SourceMap;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One document of a feature folder as read: where it is, its text, its model, what reading it found and
 * where each model element came from.
 *
 * @param path the file
 * @param text the file's text as decoded (BOM removed), for callers that look at the source
 * @param document the model ({@code FeatureSpec}, {@code TaskList}, {@code Checklist}; for {@code
 *     plan.md}, its text)
 * @param diagnostics what the reader reported, sorted by position
 * @param sourceMap JSON pointer → source range, empty for a document kept as text
 * @param <T> the model type
 */
public record FolderFile<T>(Path path, String text, T document, List<Diagnostic> diagnostics, SourceMap sourceMap) {
    public FolderFile {
        Objects.requireNonNull(path, "FolderFile.path must not be null");
        Objects.requireNonNull(text, "FolderFile.text must not be null");
        Objects.requireNonNull(document, "FolderFile.document must not be null");
        diagnostics = List.copyOf(diagnostics);
        sourceMap = sourceMap == null ? SourceMap.empty() : sourceMap;
    }

    /** True when reading found the file unreadable (an FS05x error), so its model is empty or partial. */
    public boolean unreadable() {
        return diagnostics.stream().anyMatch(d -> d.isError() && d.rule().id().startsWith("FS05"));
    }
}
