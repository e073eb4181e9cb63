package dev.featurespec.parser.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads untrusted input up to a size limit, counting while it reads. A file's size is only a hint:
 * {@code /dev/zero}, a named pipe, a file under {@code /proc} or one that grows while it is read all
 * report a size that is not what reading gives, so the limit is applied to what is actually read, and
 * reading stops one byte past it. The readers' {@code Path}, {@code InputStream} and {@code Reader}
 * entry methods read through here. Not API.
 *
 * <pre>{@code
 * byte[] bytes = BoundedInput.read(path, maxBytes);
 * if (bytes == null) { ... refuse: more than maxBytes ... }
 * }</pre>
 */
public final class BoundedInput {
    /** The largest array a JVM allocates reliably. */
    private static final long MAX_ARRAY = Integer.MAX_VALUE - 8;

    private BoundedInput() {}

    /**
     * The size of the regular file at {@code path} when it is known to be over {@code limit} before
     * reading, else -1 (not over the limit, or not a regular file, whose size says nothing).
     *
     * @throws IOException when the file's attributes cannot be read
     */
    public static long sizeOver(Path path, long limit) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
        return attributes.isRegularFile() && attributes.size() > limit ? attributes.size() : -1;
    }

    /**
     * Every byte of the file at {@code path}, or {@code null} when it holds more than {@code limit} bytes
     * (at most {@code limit + 1} are read).
     *
     * @throws IOException when the file cannot be opened or read
     */
    public static byte[] read(Path path, long limit) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return read(in, limit);
        }
    }

    /**
     * Every byte of {@code in}, which is not closed, or {@code null} when it holds more than {@code limit}
     * bytes (at most {@code limit + 1} are read). Memory grows with what is read, not with {@code limit}.
     *
     * @throws IOException when {@code in} throws
     */
    public static byte[] read(InputStream in, long limit) throws IOException {
        int cap = (int) Math.min(MAX_ARRAY, limit + 1);
        byte[] bytes = in.readNBytes(cap);
        return bytes.length > limit ? null : bytes;
    }

    /**
     * Everything {@code reader} gives, which is not closed, or {@code null} when it comes to more than
     * {@code limit} bytes in UTF-8: the bytes are counted while reading, so at most about {@code limit}
     * characters are held.
     *
     * @throws IOException when {@code reader} throws
     */
    public static String read(Reader reader, long limit) throws IOException {
        StringBuilder sb = new StringBuilder();
        char[] buffer = new char[8192];
        long bytes = 0;
        int n;
        while ((n = reader.read(buffer)) >= 0) {
            for (int i = 0; i < n; i++) {
                bytes += utf8Length(buffer[i]);
            }
            if (bytes > limit || sb.length() + (long) n > MAX_ARRAY) {
                return null;
            }
            sb.append(buffer, 0, n);
        }
        return sb.toString();
    }

    /** The UTF-8 bytes one {@code char} takes; each half of a surrogate pair counts 2 (4 for the pair). */
    private static int utf8Length(char c) {
        if (c < 0x80) {
            return 1;
        }
        if (c < 0x800 || Character.isSurrogate(c)) {
            return 2;
        }
        return 3;
    }
}
