package dev.featurespec.writer.internal.faithful;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The original text as lines, each with its own line ending ({@code \r\n}, {@code \r}, {@code \n} or none
 * for a last line without one), a byte order mark kept aside; line numbers are those of the parser's
 * source ranges, less one. {@link #apply(List)} rebuilds the text with patches: untouched lines keep their
 * bytes, new lines end with the text's most common line ending.
 */
final class SourceLines {
    private final String bom;
    private final List<String> contents = new ArrayList<>();
    private final List<String> endings = new ArrayList<>();
    private final String newline;

    SourceLines(String text) {
        String s = text;
        bom = s.startsWith("\uFEFF") ? "\uFEFF" : "";
        s = s.substring(bom.length());
        int crlf = 0;
        int cr = 0;
        int lf = 0;
        int start = 0;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r') {
                contents.add(s.substring(start, i));
                if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    endings.add("\r\n");
                    crlf++;
                    i += 2;
                } else {
                    endings.add(String.valueOf(c));
                    if (c == '\r') {
                        cr++;
                    } else {
                        lf++;
                    }
                    i++;
                }
                start = i;
            } else {
                i++;
            }
        }
        if (start < s.length()) {
            contents.add(s.substring(start));
            endings.add("");
        }
        newline = crlf > lf && crlf >= cr ? "\r\n" : cr > lf ? "\r" : "\n";
    }

    /** The number of lines. */
    int size() {
        return contents.size();
    }

    /** The text of 0-based line {@code line} without its ending; empty past the end. */
    String line(int line) {
        return line >= 0 && line < contents.size() ? contents.get(line) : "";
    }

    /** True when 0-based line {@code line} exists and holds only spaces and tabs. */
    boolean blank(int line) {
        return line >= 0 && line < contents.size() && contents.get(line).isBlank();
    }

    /**
     * The text with {@code patches} applied; two insertions at one line keep their order, and patches
     * that overlap are {@link Unplaceable}.
     */
    String apply(List<Patch> patches) {
        List<Patch> sorted = new ArrayList<>(patches);
        sorted.sort(Comparator.comparingInt(Patch::from).thenComparingInt(Patch::to));
        StringBuilder out = new StringBuilder(contents.size() * 64);
        out.append(bom);
        int line = 0;
        for (Patch p : sorted) {
            if (p.from() < line && p.from() < p.to()) {
                // two edits on one line: FaithfulWriter writes such a section again before it gets here
                throw new Unplaceable("overlapping patches at line " + (p.from() + 1));
            }
            // an insertion where a removal ended (a removed element's blank line) goes after it
            int from = Math.max(p.from(), line);
            copy(out, line, from);
            if (!p.lines().isEmpty()
                    && from == contents.size()
                    && !contents.isEmpty()
                    && endings.get(contents.size() - 1).isEmpty()) {
                // appending after a last line that has no ending: give it one
                out.append(newline);
            }
            for (int i = 0; i < p.lines().size(); i++) {
                out.append(p.lines().get(i));
                boolean lastOfText = p.to() >= contents.size() && i == p.lines().size() - 1;
                out.append(lastOfText && p.to() > p.from() ? endings.get(p.to() - 1) : newline);
            }
            line = Math.max(from, p.to());
        }
        copy(out, line, contents.size());
        return out.toString();
    }

    private void copy(StringBuilder out, int from, int to) {
        for (int i = from; i < to && i < contents.size(); i++) {
            out.append(contents.get(i)).append(endings.get(i));
        }
    }
}
