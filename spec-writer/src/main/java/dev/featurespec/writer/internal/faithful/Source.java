package dev.featurespec.writer.internal.faithful;

import dev.featurespec.model.diagnostic.SourceDocument;
import dev.featurespec.model.diagnostic.SourceMap;
import dev.featurespec.model.diagnostic.SourceRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The base document's lines and the extents the parser recorded, with the line-level operations the
 * patchers share: where an element stands, its marker, and a field's old text replaced inside it.
 */
final class Source {
    /** A list item's marker at the start of a line: indent, bullet or number, spaces. */
    private static final Pattern MARKER = Pattern.compile("^([ \\t]*)([-*+]|\\d{1,9}[.)])([ \\t]+)");

    /** A table's delimiter row: {@code |---|:---:|}. */
    private static final Pattern DELIMITER =
            Pattern.compile("^[ \\t]*\\|?[ \\t]*:?-+:?[ \\t]*(\\|[ \\t]*:?-+:?[ \\t]*)*\\|?[ \\t]*$");

    private final SourceLines lines;
    private final SourceMap extents;
    /** The first lines of the extra sections, sorted; computed when first needed. */
    private int[] extraStarts;

    Source(SourceDocument document) {
        this.lines = new SourceLines(document.text());
        this.extents = document.extents();
    }

    SourceLines lines() {
        return lines;
    }

    /** The extent recorded for exactly {@code pointer}. */
    Optional<SourceRange> extent(String pointer) {
        return extents.get(pointer);
    }

    /** Every pointer with an extent. */
    Set<String> pointers() {
        return extents.asMap().keySet();
    }

    /** The extent of {@code pointer}, or {@link Unplaceable} when the reader recorded none. */
    SourceRange require(String pointer) {
        return extents.get(pointer).orElseThrow(() -> new Unplaceable("no extent for " + pointer));
    }

    /** The 0-based first line of {@code pointer}'s extent. */
    int first(String pointer) {
        return require(pointer).start().line() - 1;
    }

    /** The 0-based last line of {@code pointer}'s extent. */
    int last(String pointer) {
        SourceRange r = require(pointer);
        // a range ending at column 1 of a line ends with the line before it
        int end = r.end().line() - 1;
        return r.end().column() <= 1 && end > r.start().line() - 1 ? end - 1 : end;
    }

    /** The lines of {@code pointer}'s extent. */
    List<String> linesOf(String pointer) {
        List<String> out = new ArrayList<>();
        for (int i = first(pointer); i <= last(pointer); i++) {
            out.add(lines.line(i));
        }
        return out;
    }

    /** The marker group of {@code line} (indent, marker, spaces), or null when it is not a list item. */
    static Matcher marker(String line) {
        Matcher m = MARKER.matcher(line);
        return m.find() ? m : null;
    }

    /**
     * The patch replacing, inside {@code pointer}'s lines, the occurrence of {@code old} (its first, or its
     * last when {@code last}) with {@code replacement}; {@link Unplaceable} when {@code old} is not found
     * as written (a text spanning lines is found only where its lines stand as they are, unindented), or a
     * one-line text becomes several.
     */
    Patch replace(String pointer, String old, String replacement, boolean last) {
        return replaceAll(pointer, List.of(new Replacement(old, replacement, last)));
    }

    /** One text to replace: {@code old} by {@code replacement}, at its first or last occurrence. */
    record Replacement(String old, String replacement, boolean last) {}

    /** The patch making every replacement inside {@code pointer}'s lines, each on its own occurrence. */
    Patch replaceAll(String pointer, List<Replacement> replacements) {
        return replaceAll(first(pointer), last(pointer), pointer, replacements);
    }

    /** The patch making every replacement inside lines {@code from} to {@code to} (0-based, inclusive). */
    Patch replaceAll(int from, int to, String pointer, List<Replacement> replacements) {
        List<String> region = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            region.add(lines.line(i));
        }
        String text = String.join("\n", region);
        for (Replacement r : replacements) {
            if (r.old().isEmpty()
                    || r.old().indexOf('\n') < 0 && r.replacement().indexOf('\n') >= 0) {
                // a text that gains lines needs them indented as its element wants: rendered instead
                throw new Unplaceable("a text gaining lines in " + pointer);
            }
            Replacement found = r;
            int at = find(text, r);
            if (at < 0) {
                // a text of several lines that the source shows with indents or marks between its lines:
                // the one line the change is in may still stand there as it is
                found = narrowed(r);
                at = found == null ? -1 : find(text, found);
            }
            if (at < 0) {
                throw new Unplaceable("text not found in " + pointer);
            }
            text = text.substring(0, at)
                    + found.replacement()
                    + text.substring(at + found.old().length());
        }
        return new Patch(from, to + 1, List.of(text.split("\n", -1)));
    }

    private boolean row(int line) {
        return lines.line(line).stripLeading().startsWith("|");
    }

    private static int find(String text, Replacement r) {
        return r.last() ? text.lastIndexOf(r.old()) : text.indexOf(r.old());
    }

    /**
     * The replacement of the one line of {@code r}'s old text that the change is in, or null when the
     * change spans lines or is not in a line of its own.
     */
    private static Replacement narrowed(Replacement r) {
        String a = r.old();
        String b = r.replacement();
        int prefix = 0;
        while (prefix < a.length() && prefix < b.length() && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.length() - prefix
                && suffix < b.length() - prefix
                && a.charAt(a.length() - 1 - suffix) == b.charAt(b.length() - 1 - suffix)) {
            suffix++;
        }
        String changedOld = a.substring(prefix, a.length() - suffix);
        String changedNew = b.substring(prefix, b.length() - suffix);
        if (changedOld.indexOf('\n') >= 0 || changedNew.indexOf('\n') >= 0) {
            return null;
        }
        int start = a.lastIndexOf('\n', prefix - 1) + 1;
        int endA = a.indexOf('\n', prefix + changedOld.length());
        endA = endA < 0 ? a.length() : endA;
        int endB = endA - a.length() + b.length();
        String line = a.substring(start, endA);
        if (line.isBlank() || line.length() == a.length()) {
            return null;
        }
        return new Replacement(line, b.substring(start, endB), r.last());
    }

    /**
     * The first line after {@code line} where an extra section starts (loose content the reader counts into
     * the element before it, such as a code block after a session's entries), or the line count.
     */
    private int extraAfter(int line) {
        if (extraStarts == null) {
            List<Integer> starts = new ArrayList<>();
            for (String p : extents.asMap().keySet()) {
                if (p.startsWith("/extraSections/")) {
                    starts.add(first(p));
                }
            }
            extraStarts = starts.stream().mapToInt(Integer::intValue).sorted().toArray();
        }
        for (int start : extraStarts) {
            if (start > line) {
                return start;
            }
        }
        return lines.size();
    }

    /** The patch taking out {@code pointer}'s lines, and a blank line after them when one also stands before. */
    Patch remove(String pointer) {
        int from = first(pointer);
        int to = Math.min(last(pointer) + 1, extraAfter(from));
        while (to > from + 1 && lines.blank(to - 1)) {
            to--;
        }
        if (row(from) && DELIMITER.matcher(lines.line(from - 1)).matches() && !row(to)) {
            // the only row of a table: a header alone would read as another table, so it goes too (and the
            // blank lines around it stay, which is all the table's own lines and nothing else)
            return Patch.remove(Math.max(0, from - 2), to);
        }
        if (lines.blank(from - 1) && lines.blank(to)) {
            to++;
        }
        // scenarios only: a criterion keeps its marker in the model
        Matcher next = from > 0 && !lines.blank(from - 1) && pointer.contains("/acceptanceScenarios/")
                ? marker(lines.line(to))
                : null;
        if (next != null
                && Character.isDigit(next.group(2).charAt(0))
                && marker(lines.line(from)) != null
                && marker(lines.line(from - 1)) == null
                && !next.group(2)
                        .startsWith("1" + next.group(2).charAt(next.group(2).length() - 1))) {
            // the first scenario of an ordered list right under a paragraph: only a list starting at 1 may
            // interrupt a paragraph, so the item that becomes first is numbered 1 (else it would read as
            // part of the paragraph)
            String line = lines.line(to);
            String number = next.group(2);
            String renumbered = next.group(1) + "1" + number.charAt(number.length() - 1) + line.substring(next.end(2));
            return new Patch(from, to + 1, List.of(renumbered));
        }
        return Patch.remove(from, to);
    }
}
