package dev.featurespec.parser.internal;

import java.io.Reader;

/**
 * A {@link Reader} over a string whose reads never end between the two halves of a surrogate pair.
 * snakeyaml-engine 3.0.1 fills its buffer with one read and, when the buffer ends on a high surrogate,
 * reads one more character past the buffer's end: an {@code IndexOutOfBoundsException} for every YAML
 * document with an emoji (or any character above U+FFFF) at a multiple of its buffer size. Every YAML
 * read in featurespec goes through this reader. Not API.
 */
public final class PairSafeReader extends Reader {
    private final String text;
    private int position;

    /** A reader of {@code text}. */
    public PairSafeReader(String text) {
        this.text = text;
    }

    @Override
    public int read(char[] buffer, int offset, int length) {
        if (length == 0) {
            return 0;
        }
        int remaining = text.length() - position;
        if (remaining <= 0) {
            return -1;
        }
        int n = Math.min(length, remaining);
        if (n > 1 && n < remaining && Character.isHighSurrogate(text.charAt(position + n - 1))) {
            // leave the high surrogate for the next read, with its low half
            n--;
        }
        text.getChars(position, position + n, buffer, offset);
        position += n;
        return n;
    }

    @Override
    public void close() {
        // nothing to release
    }
}
