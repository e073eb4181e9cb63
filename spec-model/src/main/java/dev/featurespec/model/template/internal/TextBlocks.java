package dev.featurespec.model.template.internal;

import java.util.Optional;

/**
 * Recognises, line by line, the block structure a text would take on where the Markdown writer puts it,
 * so that a text which would not read back as itself is found before it is written: a line break in a
 * paragraph field that would end the paragraph, or a heading or thematic break in a story's description.
 * Fenced code blocks are skipped: nothing in them is structure. Not API.
 */
public final class TextBlocks {
    private TextBlocks() {}

    /**
     * The first line of {@code text} that would end a single paragraph written from it: a blank line, or a
     * further line that would start a block ({@link LineStarts#needsEscape}); empty when there is none.
     */
    public static Optional<String> paragraphBreak(String text) {
        String[] lines = text.split("\n", -1);
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || LineStarts.needsEscape(line) || htmlStart(line) || tableDelimiter(line)) {
                return Optional.of(lines[i]);
            }
        }
        return Optional.empty();
    }

    /**
     * The first further line of {@code text}, outside fenced code, that follows a non-blank line and
     * would underline it as a setext heading ({@code ---} or {@code ===}); empty when there is none.
     */
    public static Optional<String> setextUnderline(String text) {
        String[] lines = text.split("\n", -1);
        Fences fences = new Fences();
        for (int i = 0; i < lines.length; i++) {
            if (fences.consume(lines[i])) {
                continue;
            }
            String line = lines[i].strip();
            if (i > 0
                    && !lines[i - 1].isBlank()
                    && !line.isEmpty()
                    && (line.chars().allMatch(c -> c == '-') || line.chars().allMatch(c -> c == '='))) {
                return Optional.of(lines[i]);
            }
        }
        return Optional.empty();
    }

    /**
     * The line of {@code text} that opens a block the text does not close, a fenced code block or an HTML
     * block that runs to its end marker ({@code <!--} without {@code -->}, {@code <pre} without {@code
     * </pre>}, …): written where nothing contains it, such a block would take in all that follows. Empty
     * when every such block is closed.
     */
    public static Optional<String> unclosed(String text) {
        Fences fences = new Fences();
        int html = 0; // the kind of the HTML block open (HtmlBlock), 0 for none
        String htmlOpening = null;
        boolean paragraph = false; // whether the line before continues a paragraph
        for (String raw : text.split("\n", -1)) {
            if (html != 0) {
                // inside an HTML block a fence line is HTML, not a fence
                if (HtmlBlock.ends(html, raw)) {
                    html = 0;
                    paragraph = false;
                }
                continue;
            }
            if (fences.consume(raw)) {
                paragraph = false;
                continue;
            }
            int indent = indent(raw);
            String line = raw.substring(Math.min(indent, raw.length()));
            int kind = indent < 4 ? HtmlBlock.start(line, paragraph) : 0;
            if (kind != 0) {
                if (kind >= 6 || !HtmlBlock.ends(kind, line)) {
                    html = kind;
                    htmlOpening = raw;
                }
                paragraph = false;
                continue;
            }
            paragraph = !line.isBlank() && atxLevel(line) == 0 && !thematicBreak(line);
        }
        if (html != 0 && html <= 5) {
            return Optional.of(htmlOpening);
        }
        return Optional.ofNullable(fences.opening);
    }

    /** True when {@code line} may open an HTML block that interrupts a paragraph: {@code <!--}, {@code <div}. */
    public static boolean htmlStart(String line) {
        if (line.length() < 2 || line.charAt(0) != '<') {
            return false;
        }
        char c = line.charAt(1);
        return Character.isLetter(c) || c == '/' || c == '!' || c == '?';
    }

    /** True when {@code line} is a GFM table's delimiter row ({@code |---|:--:|}), which makes a table. */
    public static boolean tableDelimiter(String line) {
        String t = line.strip();
        if (t.indexOf('-') < 0 || (t.indexOf('|') < 0 && !t.matches(":?-+:?"))) {
            return false;
        }
        return t.matches("\\|?\\s*:?-+:?\\s*(\\|\\s*:?-+:?\\s*)*\\|?");
    }

    /**
     * The first line of {@code text}, outside fenced code, that is an ATX heading of level {@code
     * maxLevel} or less, or (when {@code breaks}) a thematic break; empty when there is none.
     */
    public static Optional<String> structure(String text, int maxLevel, boolean breaks) {
        Fences fences = new Fences();
        boolean blank = true;
        for (String raw : text.split("\n", -1)) {
            int indent = indent(raw);
            String line = raw.substring(Math.min(indent, raw.length()));
            if (!fences.consume(raw) && indent < 4) {
                int level = atxLevel(line);
                if (level > 0 && level <= maxLevel) {
                    return Optional.of(raw);
                }
                // after a paragraph line, "---" underlines it (setextUnderline), but "***", "___" and
                // "- --" (spaces inside) break
                if (breaks
                        && thematicBreak(line)
                        && (blank || !line.strip().chars().allMatch(c -> c == '-'))) {
                    return Optional.of(raw);
                }
            }
            blank = raw.isBlank();
        }
        return Optional.empty();
    }

    /** The level of the ATX heading {@code line} (without indentation) opens, 0 when it opens none. */
    public static int atxLevel(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == '#') {
            i++;
        }
        boolean heading = i >= 1 && i <= 6 && (i == line.length() || line.charAt(i) == ' ' || line.charAt(i) == '\t');
        return heading ? i : 0;
    }

    /** True when {@code line} (without indentation) is a thematic break: three or more of one of - * _. */
    static boolean thematicBreak(String line) {
        String t = line.strip();
        if (t.isEmpty() || "-*_".indexOf(t.charAt(0)) < 0) {
            return false;
        }
        char c = t.charAt(0);
        long n = t.chars().filter(x -> x == c).count();
        return n >= 3 && t.chars().allMatch(x -> x == c || x == ' ' || x == '\t');
    }

    /** Follows fenced code blocks ({@link Fence}) through a text, line by line. */
    private static final class Fences {
        private String fence;
        /** The line that opened the fence still open, or null. */
        private String opening;

        /** Reads {@code raw}; true when it is fenced code: an opening or closing fence, or a line inside. */
        boolean consume(String raw) {
            if (fence != null) {
                if (Fence.closes(fence, raw)) {
                    fence = null;
                    opening = null;
                }
                return true;
            }
            fence = Fence.opening(raw);
            if (fence != null) {
                opening = raw;
                return true;
            }
            return false;
        }
    }

    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private static int run(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == line.charAt(0)) {
            i++;
        }
        return i;
    }
}
