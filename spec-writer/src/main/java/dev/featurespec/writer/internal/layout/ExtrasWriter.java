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
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Writes a spec's {@linkplain ExtraSection extra content} back in its place: after the typed content of
 * the section it is anchored to, loose content first, then each headed section. Built once per write.
 *
 * <p>In {@linkplain #ordered ordered} mode (a spec written under its author's headings, where a section
 * may come more than once and in any order) each call writes the extras of its section that come next in
 * the spec's list, and the last call for a section writes the rest of them, so the list reads back in
 * its order.
 */
final class ExtrasWriter {
    /** A list item opening a line, per bullet character: {@code - x}, {@code * x}, {@code + x}. */
    private static final Map<Character, Pattern> LIST_START = Map.of(
            '-', listStart('-'),
            '*', listStart('*'),
            '+', listStart('+'));

    private final Map<Section, String> loose = new EnumMap<>(Section.class);
    private final Map<Section, List<ExtraSection>> headed = new EnumMap<>(Section.class);
    /** Ordered mode: every extra in list order, those written, the next one, and which sections come again. */
    private final List<ExtraSection> all;

    private final boolean[] written;
    private int next;
    private Predicate<Section> later;

    /** A writer grouping the extras of {@code spec} by anchor, loose content first. */
    ExtrasWriter(FeatureSpec spec) {
        this(spec, null);
    }

    /**
     * A writer of the extras of {@code spec} in list order; {@code later} says whether a section's
     * extras will be asked for again further on.
     */
    static ExtrasWriter ordered(FeatureSpec spec, Predicate<Section> later) {
        return new ExtrasWriter(spec, later);
    }

    private ExtrasWriter(FeatureSpec spec, Predicate<Section> later) {
        this.later = later;
        this.all = later == null ? List.of() : spec.extraSections();
        this.written = new boolean[all.size()];
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
        if (later != null) {
            writeOrdered(out, section, false);
            return;
        }
        String l = loose.get(section);
        if (l != null && !l.isEmpty()) {
            out.block().raw(l);
        }
        for (ExtraSection extra : headed.getOrDefault(section, List.of())) {
            headed(out, extra);
        }
    }

    /**
     * Ordered mode: writes the extras of {@code section} that come next in the list (only headed ones
     * when {@code headedOnly}), then, unless {@code section} comes again, the rest of them.
     */
    void writeOrdered(BlockWriter out, Section section, boolean headedOnly) {
        while (next < all.size()
                && (written[next]
                        || (all.get(next).after() == section
                                && !(headedOnly && all.get(next).heading().isEmpty())))) {
            emit(out, next++);
        }
        if (!headedOnly && !later.test(section)) {
            for (int i = next; i < all.size(); i++) {
                if (all.get(i).after() == section) {
                    emit(out, i);
                }
            }
        }
    }

    private void emit(BlockWriter out, int i) {
        if (written[i]) {
            return;
        }
        written[i] = true;
        ExtraSection extra = all.get(i);
        if (extra.heading().isPresent()) {
            headed(out, extra);
        } else {
            String l = normalize(extra.markdown());
            if (!l.isEmpty()) {
                out.block().raw(l);
            }
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
