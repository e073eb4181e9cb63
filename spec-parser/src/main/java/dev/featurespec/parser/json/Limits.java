package dev.featurespec.parser.json;

/** The checks the readers' builders make on their limits. */
final class Limits {
    private Limits() {}

    /** {@code maxBytes}, when it is positive. */
    static long maxBytes(long maxBytes) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        return maxBytes;
    }

    /** {@code maxDepth}, when it is 1 to 1000. */
    static int maxDepth(int maxDepth) {
        if (maxDepth < 1 || maxDepth > 1000) {
            throw new IllegalArgumentException("maxDepth must be 1 to 1000: " + maxDepth);
        }
        return maxDepth;
    }
}
