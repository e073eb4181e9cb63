package dev.featurespec.parser;

import dev.featurespec.model.FeatureSpec;
import dev.featurespec.model.diagnostic.Diagnostic;
import dev.featurespec.model.diagnostic.SourceMap;
import java.util.List;
import java.util.Objects;

/**
 * What a reader made of one document: the spec (as much of it as could be read), every diagnostic
 * sorted by position, and where each model element came from.
 *
 * @param spec the spec; never null, even for input that could not be read (then it is empty and the
 *     diagnostics say why)
 * @param diagnostics the problems found, de-duplicated, sorted by {@link Diagnostic#BY_POSITION}
 * @param sourceMap JSON pointer → source range for the elements read
 */
public record ParseResult(FeatureSpec spec, List<Diagnostic> diagnostics, SourceMap sourceMap) {
    public ParseResult {
        Objects.requireNonNull(spec, "ParseResult.spec must not be null");
        diagnostics = diagnostics == null
                ? List.of()
                : diagnostics.stream().distinct().sorted(Diagnostic.BY_POSITION).toList();
        sourceMap = sourceMap == null ? SourceMap.empty() : sourceMap;
    }

    /** True when any diagnostic is an error. */
    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
