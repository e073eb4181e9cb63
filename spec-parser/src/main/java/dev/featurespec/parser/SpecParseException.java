package dev.featurespec.parser;

import dev.featurespec.model.diagnostic.Diagnostic;
import java.util.List;

/**
 * Thrown by a reader in strict mode when the document has errors; carries every diagnostic found.
 * Lenient readers (the default) never throw it: they return the diagnostics in the {@link ParseResult}.
 */
public final class SpecParseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<Diagnostic> diagnostics;

    /** An exception carrying {@code diagnostics}; its message lists the first few. */
    public SpecParseException(List<Diagnostic> diagnostics) {
        super(summary(diagnostics));
        this.diagnostics = List.copyOf(diagnostics);
    }

    /** Every diagnostic found, sorted by position. */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    private static String summary(List<Diagnostic> diagnostics) {
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        StringBuilder sb = new StringBuilder()
                .append(errors)
                .append(errors == 1 ? " error" : " errors")
                .append(" in spec");
        diagnostics.stream().limit(5).forEach(d -> sb.append("\n  ").append(d));
        if (diagnostics.size() > 5) {
            sb.append("\n  … and ").append(diagnostics.size() - 5).append(" more");
        }
        return sb.toString();
    }
}
