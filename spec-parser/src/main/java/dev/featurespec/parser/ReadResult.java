package dev.featurespec.parser;

import dev.featurespec.model.diagnostic.Diagnostic;
import dev.featurespec.model.diagnostic.SourceMap;
import java.util.List;
import java.util.Objects;

/**
 * What a reader made of one feature-folder document other than the spec ({@code tasks.md}, a checklist):
 * the model (as much of it as could be read), every diagnostic sorted by position, and where each model
 * element came from. The spec's readers return a {@link ParseResult}, which adds spec-specific checks.
 *
 * <pre>{@code
 * ReadResult<TaskList> result = MarkdownTasksParser.create().parse(Path.of("specs/001-checkout/tasks.md"));
 * result.document().tasks().size();
 * result.sourceMap().find("/phases/2/tasks/0");   // where the first task of the third phase is
 * }</pre>
 *
 * @param document the model; never null, empty when the input could not be read (the diagnostics say why)
 * @param diagnostics the problems found, de-duplicated, sorted by {@link Diagnostic#BY_POSITION}
 * @param sourceMap JSON pointer → source range for the elements read
 * @param <T> the model type
 */
public record ReadResult<T>(T document, List<Diagnostic> diagnostics, SourceMap sourceMap) {
    public ReadResult {
        Objects.requireNonNull(document, "ReadResult.document must not be null");
        diagnostics = diagnostics == null
                ? List.of()
                : diagnostics.stream().distinct().sorted(Diagnostic.BY_POSITION).toList();
        sourceMap = sourceMap == null ? SourceMap.empty() : sourceMap;
    }

    /** True when any diagnostic is an error. */
    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    /**
     * True when the input could not be read at all (an FS05x error: too large, not UTF-8, not well-formed
     * JSON or YAML…), so the document is empty or partial.
     */
    public boolean unreadable() {
        return diagnostics.stream().anyMatch(d -> d.isError() && d.rule().id().startsWith("FS05"));
    }
}
