package dev.featurespec.parser.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises paragraphs of labelled lines: {@code **Purpose**: …}, {@code **Goal:** …}, {@code
 * **用途**：…}, one label per line. A line that is not labelled continues the text of the label above it;
 * a paragraph whose first line is not labelled is not a labelled paragraph. Not API.
 */
public final class LabelLines {
    // **Label**: text  |  **Label:** text (ASCII or full-width colon)
    private static final Pattern LINE = Pattern.compile(
            "\\*\\*([^*\\n]{1,80}?)\\*\\*[ \\t]*[:：][ \\t]*(.*)|\\*\\*([^*\\n]{1,80}?)[ \\t]*[:：][ \\t]*\\*\\*[ \\t]*(.*)");

    /** One labelled line: the label without emphasis and colon, and the text after it. */
    public record Labelled(String label, String text) {}

    private LabelLines() {}

    /** The labelled lines of a paragraph's source, or an empty list when its first line is not labelled. */
    public static List<Labelled> of(String paragraph) {
        List<Labelled> out = new ArrayList<>();
        String label = null;
        StringBuilder text = new StringBuilder();
        for (String line : paragraph.split("\n", -1)) {
            Matcher m = LINE.matcher(line.strip());
            if (m.matches() && !m.group(m.group(1) != null ? 1 : 3).isBlank()) {
                if (label != null) {
                    out.add(new Labelled(label, text.toString().strip()));
                }
                label = (m.group(1) != null ? m.group(1) : m.group(3)).strip();
                text.setLength(0);
                text.append(m.group(1) != null ? m.group(2) : m.group(4));
            } else if (label == null) {
                return List.of();
            } else {
                text.append('\n').append(line.strip());
            }
        }
        if (label != null) {
            out.add(new Labelled(label, text.toString().strip()));
        }
        return out;
    }
}
