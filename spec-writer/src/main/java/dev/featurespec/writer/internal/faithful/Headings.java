package dev.featurespec.writer.internal.faithful;

import dev.featurespec.model.ExtraSection;
import dev.featurespec.model.diagnostic.SourceDocument;
import dev.featurespec.model.template.TemplateSection;
import dev.featurespec.writer.internal.layout.TemplateLayout;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The headings of a section written again onto its original text. Each section the base has keeps its
 * author's heading line (or the two lines of a Setext heading) byte for byte, words, level and suffix
 * alike: only the body under it is written again. The template's headings written for sections the base
 * lacks move by as many levels as the author's heading of the section written again is away from the
 * template's.
 */
final class Headings {
    /** An ATX heading's opening hashes, indented by at most three spaces. */
    private static final Pattern ATX = Pattern.compile(" {0,3}(#{1,6})(?=[ \\t]|$)");

    /** A Setext heading's underline: {@code ===} for level 1, {@code ---} for level 2. */
    private static final Pattern UNDERLINE = Pattern.compile(" {0,3}(=+|-+)[ \\t]*");

    /** A code fence's opening or closing line. */
    private static final Pattern FENCE = Pattern.compile(" {0,3}(```|~~~)");

    private final Source source;

    Headings(Source source) {
        this.source = source;
    }

    /**
     * The author's heading of {@code section} as it stands in the base, its lines joined by {@code \n},
     * when {@code unit} writes the section and its heading stands inside the unit's lines; else empty (the
     * template's heading is written).
     */
    Optional<String> kept(Sections.Unit unit, TemplateSection section) {
        String key = SourceDocument.sectionKey(section);
        if (unit.inserted() || !unit.holds(section) || source.extent(key).isEmpty()) {
            return Optional.empty();
        }
        int first = source.first(key);
        if (first < unit.from() || first >= unit.to()) {
            return Optional.empty();
        }
        return Optional.of(String.join("\n", lines(first)));
    }

    /** The lines of the heading starting at line {@code first}: one for ATX, to its underline for Setext. */
    private List<String> lines(int first) {
        List<String> out = new ArrayList<>();
        out.add(source.lines().line(first));
        if (atx(source.lines().line(first)) == 0) {
            for (int i = first + 1; i < source.lines().size() && !source.lines().blank(i); i++) {
                out.add(source.lines().line(i));
                if (UNDERLINE.matcher(source.lines().line(i)).matches()) {
                    break;
                }
            }
        }
        return out;
    }

    /** The level of the heading starting at base line {@code first}, ATX or Setext; 0 when it is neither. */
    int level(int first) {
        int atx = atx(source.lines().line(first));
        if (atx > 0) {
            return atx;
        }
        List<String> lines = lines(first);
        Matcher m = UNDERLINE.matcher(lines.get(lines.size() - 1));
        if (lines.size() < 2 || !m.matches()) {
            return 0;
        }
        return m.group(1).charAt(0) == '=' ? 1 : 2;
    }

    /** The level of ATX heading {@code line}, or 0. */
    static int atx(String line) {
        Matcher m = ATX.matcher(line);
        return m.lookingAt() ? m.group(1).length() : 0;
    }

    /** The heading lines of {@code extras} as written: they keep the level the author gave them. */
    static Set<String> ofExtras(List<ExtraSection> extras) {
        Set<String> out = new HashSet<>();
        for (ExtraSection extra : extras) {
            if (extra.heading().isPresent()) {
                for (String line : Sections.lines(o -> TemplateLayout.writeExtra(extra, o))) {
                    if (atx(line) > 0) {
                        out.add(line);
                    }
                }
            }
        }
        return out;
    }

    /**
     * {@code lines}, a section written canonically, with every ATX heading outside code fences (but the
     * {@code kept} lines: the author's headings and extra sections') moved by {@code delta} levels, at most
     * 6 and at least 1.
     */
    static List<String> moved(List<String> lines, int delta, Set<String> kept) {
        if (delta == 0) {
            return lines;
        }
        List<String> out = new ArrayList<>(lines.size());
        boolean fenced = false;
        for (String line : lines) {
            if (FENCE.matcher(line).lookingAt()) {
                fenced = !fenced;
            }
            int l = fenced || kept.contains(line) ? 0 : atx(line);
            int at = line.indexOf('#');
            out.add(l == 0 ? line : "#".repeat(Math.max(1, Math.min(6, l + delta))) + line.substring(at + l));
        }
        return out;
    }
}
