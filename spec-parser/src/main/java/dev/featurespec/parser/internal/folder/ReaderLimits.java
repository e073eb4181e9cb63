package dev.featurespec.parser.internal.folder;

/** The check the builders of the feature folder's readers make on their byte limit. Not API. */
public final class ReaderLimits {
    private ReaderLimits() {}

    /** {@code maxBytes}, when it is positive; else an {@link IllegalArgumentException} that names it. */
    public static long maxBytes(long maxBytes) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        return maxBytes;
    }
}
