package dev.featurespec.writer.internal.layout;

import static dev.featurespec.writer.internal.markdown.BlockWriter.normalize;

import dev.featurespec.model.ExtraSection;
import dev.featurespec.model.FeatureSpec;
import dev.featurespec.model.Section;
import dev.featurespec.writer.internal.markdown.BlockWriter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes a spec's {@linkplain ExtraSection extra content} back in its place: after the typed content of
 * the section it is anchored to, loose content first, then each headed section. Built once per write.
 */
final class ExtrasWriter {
    /** A list item opening a line, per bullet character: {@code - x}, {@code * x}, {@code + x}. */
    private static final Map<Character, Pattern> LIST_START = Map.of(
            '-', listStart('-'),
            '*', listStart('*'),
            '+', listStart('+'));

    private final Map<Section, String> loose = new EnumMap<>(Section.class);
    private final Map<Section, List<ExtraSection>> headed = new EnumMap<>(Section.class);

    ExtrasWriter(FeatureSpec spec) {
        for (ExtraSection extra : spec.extraSections()) {
            if (extra.heading().isPresent()) {
                headed.computeIfAbsent(extra.after(), k -> new ArrayList<>()).add(extra);
            } else {
                // the model holds one loose extra per section; join any further ones as the parser would
                loose.merge(extra.after(), normalize(extra.markdown()), (a, b) -> a + "\n\n" + b);
            }
        }
    }

    /** True when some extra content is anchored to {@code section}. */
    boolean has(Section section) {
        return loose.containsKey(section) || headed.containsKey(section);
    }

    /** True when loose extra content (without a heading of its own) is anchored to {@code section}. */
    boolean hasLoose(Section section) {
        return loose.containsKey(section);
    }

    /** Writes the extra content anchored to {@code section}, each part in a block of its own. */
    void write(BlockWriter out, Section section) {
        String l = loose.get(section);
        if (l != null && !l.isEmpty()) {
            out.block().raw(l);
        }
        for (ExtraSection extra : headed.getOrDefault(section, List.of())) {
            headed(out, extra);
        }
    }

    /** Writes one headed extra section: its heading, then its Markdown as it is. */
    static void headed(BlockWriter out, ExtraSection extra) {
        out.heading(extra.level(), normalize(extra.heading().orElseThrow()));
        String body = normalize(extra.markdown());
        if (!body.isEmpty()) {
            out.block().raw(body);
        }
    }

    /**
     * The bullet marker for the typed list of {@code section}. Its loose content is written right after
     * that list, and CommonMark joins two adjacent bullet lists with the same bullet character into one,
     * which would read the loose items back as typed ones; a list whose bullet differs is a new list. So
     * the typed list uses the style's bullet unless the loose content opens with a list of that bullet,
     * and then another one ({@code *} for {@code -}, else {@code -}).
     */
    String bullet(Section section, MarkdownStyle style) {
        String l = loose.get(section);
        char b = style.bullet();
        if (l != null && LIST_START.get(b).matcher(l).lookingAt()) {
            b = b == '-' ? '*' : '-';
        }
        return b + " ";
    }

    private static Pattern listStart(char bullet) {
        return Pattern.compile(" {0,3}" + Pattern.quote(String.valueOf(bullet)) + "(?:[ \t]|$)", Pattern.MULTILINE);
    }
}
