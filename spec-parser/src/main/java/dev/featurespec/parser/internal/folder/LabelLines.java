package dev.featurespec.parser.internal.folder;

import dev.featurespec.model.template.internal.Syntax;
import java.util.ArrayList;
import java.util.List;

/**
 * Recognises paragraphs of labelled lines ({@code **Purpose**: …}, {@code **Goal:** …}, {@code **用途**：…},
 * one bold label per line, as the template's {@link Syntax#boldLabel} reads them). A line that is not
 * labelled continues the text of the label above it; a paragraph whose first line is not labelled is not
 * a labelled paragraph. Not API.
 */
public final class LabelLines {
    /** One labelled line: the label without emphasis and colon, and the text after it. */
    public record Labelled(String label, String text) {}

    private LabelLines() {}

    /** The labelled lines of a paragraph's source, or an empty list when its first line is not labelled. */
    public static List<Labelled> of(String paragraph) {
        List<Labelled> out = new ArrayList<>();
        String label = null;
        StringBuilder text = new StringBuilder();
        for (String raw : paragraph.split("\n", -1)) {
            String line = raw.strip();
            Syntax.BoldLabel bold = Syntax.boldLabel(line);
            if (bold != null && !bold.label().isBlank()) {
                if (label != null) {
                    out.add(new Labelled(label, text.toString().strip()));
                }
                label = bold.label().strip();
                text.setLength(0);
                text.append(line.substring(bold.end()));
            } else if (label == null) {
                return List.of();
            } else {
                text.append('\n').append(line);
            }
        }
        if (label != null) {
            out.add(new Labelled(label, text.toString().strip()));
        }
        return out;
    }
}
