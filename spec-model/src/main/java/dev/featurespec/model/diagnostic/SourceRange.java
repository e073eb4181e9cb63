package dev.featurespec.model.diagnostic;

import java.util.Objects;

/**
 * A span of a source document from {@code start} (inclusive) to {@code end} (exclusive), both 1-based.
 *
 * @param start the first position
 * @param end the position after the last
 */
public record SourceRange(SourceLocation start, SourceLocation end) {
    public SourceRange {
        Objects.requireNonNull(start, "SourceRange.start must not be null");
        Objects.requireNonNull(end, "SourceRange.end must not be null");
        if (end.compareTo(start) < 0) {
            throw new IllegalArgumentException("SourceRange.end " + end + " is before start " + start);
        }
    }

    /** The range from {@code startLine:startColumn} to {@code endLine:endColumn}. */
    public static SourceRange of(int startLine, int startColumn, int endLine, int endColumn) {
        return new SourceRange(new SourceLocation(startLine, startColumn), new SourceLocation(endLine, endColumn));
    }

    /** {@code start-end}, e.g. {@code 3:1-3:20}. */
    @Override
    public String toString() {
        return start + "-" + end;
    }
}
