package dev.featurespec.writer.json;

import java.io.Writer;

/** A {@link Writer} into a {@link StringBuilder}, without {@link java.io.StringWriter}'s locking. */
final class TextWriter extends Writer {
    private final StringBuilder sb;

    TextWriter(int capacity) {
        this.sb = new StringBuilder(capacity);
    }

    @Override
    public void write(char[] buffer, int offset, int length) {
        sb.append(buffer, offset, length);
    }

    @Override
    public void write(String s, int offset, int length) {
        sb.append(s, offset, offset + length);
    }

    @Override
    public void write(int c) {
        sb.append((char) c);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}

    @Override
    public String toString() {
        return sb.toString();
    }
}
