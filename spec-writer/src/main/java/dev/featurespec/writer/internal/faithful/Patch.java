package dev.featurespec.writer.internal.faithful;

import java.util.List;

/**
 * Lines {@code [from, to)} of the original text (0-based) replaced by {@code lines}, each given without
 * its line ending; {@code from == to} inserts before line {@code from}.
 *
 * @param from the first line replaced
 * @param to the line after the last one replaced
 * @param lines the new lines
 */
record Patch(int from, int to, List<String> lines) {
    Patch {
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("a patch covers lines from..to, from <= to: " + from + ".." + to);
        }
        lines = List.copyOf(lines);
    }

    static Patch insert(int before, List<String> lines) {
        return new Patch(before, before, lines);
    }

    static Patch remove(int from, int to) {
        return new Patch(from, to, List.of());
    }
}
