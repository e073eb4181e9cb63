package dev.featurespec.cli.internal;

import java.io.PrintWriter;

/** A one-line counter on stderr for long runs on a terminal: {@code validating 120/840}. */
final class Progress {
    /** Runs over more files than this show progress. */
    static final int THRESHOLD = 300;

    private final PrintWriter err;
    private final int total;
    private final boolean enabled;
    private int done;

    private Progress(PrintWriter err, int total, boolean enabled) {
        this.err = err;
        this.total = total;
        this.enabled = enabled;
    }

    /** Progress for {@code total} files, shown only when there are many and stderr is a terminal. */
    static Progress of(PrintWriter err, int total) {
        return new Progress(err, total, total > THRESHOLD && System.console() != null);
    }

    /** Whether the counter is shown (stderr is a terminal and the run is long). */
    boolean shown() {
        return enabled;
    }

    /** One more file done. */
    void next() {
        done++;
        if (enabled && (done % 25 == 0 || done == total)) {
            err.print("\rvalidating " + done + "/" + total);
            err.flush();
        }
    }

    void finish() {
        if (enabled) {
            err.print("\r\033[K");
            err.flush();
        }
    }
}
