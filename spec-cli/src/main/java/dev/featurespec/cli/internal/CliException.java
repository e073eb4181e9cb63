package dev.featurespec.cli.internal;

import dev.featurespec.model.diagnostic.Diagnostic;
import dev.featurespec.model.diagnostic.Rule;
import dev.featurespec.model.diagnostic.SourceRange;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A failure the command reports as one line on stderr, without a stack trace (unless {@code --verbose}),
 * and an exit code: {@code 2} for usage and I/O errors. A failure about one input file (it cannot be
 * read, is too large, is not UTF-8 text) also carries a {@link #diagnostic()}, so that the JSON and SARIF
 * reports list the file as an error.
 */
public final class CliException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int exitCode;
    private final String path;
    private final transient Diagnostic diagnostic;

    /** A usage or I/O error (exit code 2) with a one-line message. */
    public CliException(String message) {
        this(message, null);
    }

    /** A usage or I/O error (exit code 2) with a one-line message and its cause. */
    public CliException(String message, Throwable cause) {
        this(message, null, null, cause);
    }

    private CliException(String message, String path, Diagnostic diagnostic, Throwable cause) {
        super(message, cause);
        this.exitCode = 2;
        this.path = path;
        this.diagnostic = diagnostic;
    }

    /**
     * An input file that could not be read: the message is {@code PATH: problem}, and the diagnostic
     * reports {@code problem} under {@code rule} ({@code FS050} too large, {@code FS051} not UTF-8 text,
     * {@code FS059} anything else).
     *
     * @param line the 1-based line the problem is on, or 0 for the whole file
     */
    public static CliException unreadable(String path, Rule rule, String problem, int line, Throwable cause) {
        Objects.requireNonNull(rule, "rule");
        SourceRange where = line > 0 ? SourceRange.of(line, 1, line, 1) : null;
        String message = path + (line > 0 ? ":" + line : "") + ": " + problem;
        return new CliException(message, path, Diagnostic.of(rule, problem, "", where), cause);
    }

    /** The process exit code. */
    public int exitCode() {
        return exitCode;
    }

    /** For a file that could not be read, what the reports list for it: its path and one error. */
    public Optional<FileReport> report() {
        return diagnostic == null ? Optional.empty() : Optional.of(new FileReport(path, List.of(diagnostic)));
    }
}
