package dev.featurespec.cli.internal;

/**
 * A failure the command reports as one line on stderr, without a stack trace (unless {@code --verbose}),
 * and an exit code: {@code 2} for usage and I/O errors.
 */
public final class CliException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int exitCode;

    /** A usage or I/O error (exit code 2) with a one-line message. */
    public CliException(String message) {
        this(message, null);
    }

    /** A usage or I/O error (exit code 2) with a one-line message and its cause. */
    public CliException(String message, Throwable cause) {
        super(message, cause);
        this.exitCode = 2;
    }

    /** The process exit code. */
    public int exitCode() {
        return exitCode;
    }
}
