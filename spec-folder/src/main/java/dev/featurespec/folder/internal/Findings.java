package dev.featurespec.folder.internal;

import dev.featurespec.folder.Finding;
import dev.featurespec.folder.FolderFile;
import dev.featurespec.model.diagnostic.Diagnostic;
import dev.featurespec.model.diagnostic.Rule;
import dev.featurespec.model.diagnostic.SourceRange;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects findings, placing each at the source range of its JSON pointer in its file (the nearest
 * ancestor's when the pointer itself has none, the file's first line when nothing does). Not API.
 */
public final class Findings {
    private final List<Finding> findings = new ArrayList<>();

    /** Reports {@code rule} in {@code file} at the element {@code pointer} names. */
    public void report(FolderFile<?> file, Rule rule, String message, String pointer) {
        SourceRange range = file.sourceMap().find(pointer).orElse(SourceRange.of(1, 1, 1, 1));
        findings.add(new Finding(file.path(), Diagnostic.of(rule, message, pointer, range)));
    }

    /** Adds a diagnostic found in {@code file} as it is. */
    public void add(FolderFile<?> file, Diagnostic diagnostic) {
        findings.add(new Finding(file.path(), diagnostic));
    }

    public List<Finding> all() {
        return findings;
    }
}
