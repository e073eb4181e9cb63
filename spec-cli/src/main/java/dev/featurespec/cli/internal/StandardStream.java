package dev.featurespec.cli.internal;

import java.io.BufferedWriter;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Standard output or standard error as the command writes them: UTF-8 whatever the locale, buffered, and
 * remembering why a write failed. A {@link PrintWriter} never throws, it only sets the flag {@link
 * #checkError()} reports; this one also keeps the first {@link IOException}, so that the command can say
 * {@code cannot write to standard output: no space left on device} and exit with 2.
 *
 * <pre>{@code
 * StandardStream out = StandardStream.of(new FileOutputStream(FileDescriptor.out));
 * }</pre>
 */
public final class StandardStream extends PrintWriter {
    private final Recorder recorder;

    private StandardStream(Recorder recorder) {
        super(recorder, false);
        this.recorder = recorder;
    }

    /** A writer over {@code stream}, UTF-8, buffered; {@link #flush()} writes through. */
    public static StandardStream of(OutputStream stream) {
        return new StandardStream(
                new Recorder(new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16)));
    }

    /** The first write that failed, if one did. */
    public Optional<IOException> failure() {
        return Optional.ofNullable(recorder.failure);
    }

    /** Passes everything through and keeps the first exception before {@link PrintWriter} swallows it. */
    private static final class Recorder extends FilterWriter {
        private volatile IOException failure;

        Recorder(Writer out) {
            super(out);
        }

        @Override
        public void write(int c) throws IOException {
            try {
                out.write(c);
            } catch (IOException e) {
                throw recorded(e);
            }
        }

        @Override
        public void write(char[] cbuf, int off, int len) throws IOException {
            try {
                out.write(cbuf, off, len);
            } catch (IOException e) {
                throw recorded(e);
            }
        }

        @Override
        public void write(String str, int off, int len) throws IOException {
            try {
                out.write(str, off, len);
            } catch (IOException e) {
                throw recorded(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw recorded(e);
            }
        }

        @Override
        public void close() throws IOException {
            try {
                out.close();
            } catch (IOException e) {
                throw recorded(e);
            }
        }

        private IOException recorded(IOException e) {
            if (failure == null) {
                failure = e;
            }
            return e;
        }
    }
}
