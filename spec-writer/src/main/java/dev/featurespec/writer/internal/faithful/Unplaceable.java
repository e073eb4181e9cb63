package dev.featurespec.writer.internal.faithful;

/**
 * Thrown when an edit cannot be placed in the original text (a part of the spec this writer does not
 * patch, an element the reader did not place); the caller then writes that part another way.
 */
final class Unplaceable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unplaceable(String what) {
        super(what, null, false, false);
    }
}
