package dev.featurespec.model.diagnostic;

/**
 * A position in a source document. Both numbers are <strong>1-based</strong>; the column counts UTF-16
 * code units from the start of the line, as Java strings and commonmark-java do.
 *
 * @param line the line, from 1
 * @param column the column, from 1
 */
public record SourceLocation(int line, int column) implements Comparable<SourceLocation> {
    public SourceLocation {
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("SourceLocation is 1-based, got " + line + ":" + column);
        }
    }

    @Override
    public int compareTo(SourceLocation o) {
        return line != o.line ? Integer.compare(line, o.line) : Integer.compare(column, o.column);
    }

    /** {@code line:column}. */
    @Override
    public String toString() {
        return line + ":" + column;
    }
}
