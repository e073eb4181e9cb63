package dev.featurespec.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;

/**
 * Checked output. A command ends its output with {@link #flush(PrintWriter, String)}, and every run is
 * checked once more when it ends ({@link Failures#execute}), so a full disk or a closed pipe is an error
 * (exit code 2, one line on stderr) and never a truncated file with exit code 0.
 */
public final class Output {
    /** How standard output is named in messages. */
    public static final String STDOUT = "standard output";

    private Output() {}

    /**
     * Flushes {@code out} and checks that everything written so far arrived.
     *
     * @param name what {@code out} is, for the message: {@value #STDOUT}
     * @throws CliException {@code cannot write to standard output: no space left on device}
     */
    public static void flush(PrintWriter out, String name) {
        out.flush();
        if (out.checkError()) {
            throw new CliException("cannot write to " + name + ": " + reason(out));
        }
    }

    /** True when a write to {@code out} failed; the buffer is flushed first, so this checks everything. */
    public static boolean failed(PrintWriter out) {
        return out.checkError();
    }

    /** Why writing to {@code out} failed, in plain words. */
    public static String reason(PrintWriter out) {
        if (out instanceof StandardStream s && s.failure().isPresent()) {
            IOException e = s.failure().get();
            return IoErrors.reason(e);
        }
        return "the write failed";
    }
}
