package dev.featurespec.parser.internal.markdown;

import dev.featurespec.model.ExtraSection;
import dev.featurespec.model.FeatureSpec;
import dev.featurespec.model.Section;
import dev.featurespec.model.diagnostic.SourceDocument;
import dev.featurespec.parser.internal.SourceText;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;

/**
 * Keeps what the model has no field for, so that nothing is lost: sections under headings the template
 * does not know ({@link Headed}), and blocks a template section holds beside its typed content ({@link
 * Loose}, one per section). Each is placed after the template section it was found in. One per parse;
 * not thread-safe. Not API.
 */
final class ExtraReader {
    /** One extra section being read. */
    private sealed interface Extra permits Headed, Loose {
        ExtraSection build();
    }

    /** A section under a heading the template does not know: the heading and the blocks below it. */
    static final class Headed implements Extra {
        private final String heading;
        private final Heading node;
        private final Section after;
        private final Outline.Entry parent;
        private final SourceText src;
        private Node first;
        private Node last;

        private Headed(String heading, Heading node, Section after, Outline.Entry parent, SourceText src) {
            this.heading = heading;
            this.node = node;
            this.after = after;
            this.parent = parent;
            this.src = src;
        }

        /** The heading's text, stripped. */
        String heading() {
            return heading;
        }

        Heading node() {
            return node;
        }

        /** The entry that was open when the heading came, or null. */
        Outline.Entry parent() {
            return parent;
        }

        /** True while no block has been added under the heading. */
        boolean empty() {
            return first == null;
        }

        @Override
        public ExtraSection build() {
            String md = first == null ? "" : src.raw(first, last).strip();
            return ExtraSection.headed(heading, Math.max(1, Math.min(6, node.getLevel())), md, after);
        }
    }

    /** Blocks of a template section that are not typed content, joined by blank lines. */
    private static final class Loose implements Extra {
        private final Section after;
        private final List<String> parts = new ArrayList<>();

        private Loose(Section after) {
            this.after = after;
        }

        @Override
        public ExtraSection build() {
            StringBuilder sb = new StringBuilder();
            parts.forEach(part -> Blocks.appendParagraph(sb, part));
            return ExtraSection.loose(sb.toString(), after);
        }
    }

    private final AssemblyContext ctx;
    private final List<Extra> extras = new ArrayList<>();
    private final Map<Section, Loose> loose = new EnumMap<>(Section.class);
    private Headed open;
    private Section after = Section.METADATA;

    ExtraReader(AssemblyContext ctx) {
        this.ctx = ctx;
    }

    /** Extra sections opened from now on are placed after {@code section}. */
    void placeAfter(Section section) {
        this.after = section;
    }

    /** The number of extra sections so far: the index the next one gets. */
    int size() {
        return extras.size();
    }

    /** Opens an extra section under heading {@code h}, whose stripped text is {@code text}, inside {@code parent} or null. */
    void open(Heading h, String text, Outline.Entry parent) {
        open = new Headed(text, h, after, parent, ctx.src());
        extras.add(open);
    }

    /** The extra section open now, or null. */
    Headed current() {
        return open;
    }

    /** Adds {@code n}, a block or a sub-heading, to the open extra section. */
    void add(Node n) {
        if (open.first == null) {
            open.first = n;
        }
        open.last = n;
    }

    /**
     * Takes back the open extra section, still empty, to read its heading as something else: it is
     * removed from the extras and closed.
     */
    void reclaim() {
        extras.remove(extras.size() - 1);
        open = null;
    }

    void close() {
        open = null;
    }

    /** Keeps block {@code n} of {@code section} as written, in that section's loose extra. */
    void addLoose(Section section, Node n) {
        Loose lb = loose.get(section);
        if (lb == null) {
            ctx.put(Pointer.of("extraSections", extras.size()), SourceText.range(n));
            lb = loose(section);
        }
        lb.parts.add(ctx.blocks().raw(n));
    }

    /** Keeps {@code markdown} in {@code section}'s loose extra. */
    void addLoose(Section section, String markdown) {
        loose(section).parts.add(markdown);
    }

    private Loose loose(Section section) {
        return loose.computeIfAbsent(section, s -> {
            Loose lb = new Loose(s);
            extras.add(lb);
            return lb;
        });
    }

    /** Adds the extra sections to {@code b}, recording where each headed one starts. */
    void build(FeatureSpec.Builder b) {
        for (int i = 0; i < extras.size(); i++) {
            Extra e = extras.get(i);
            if (e instanceof Headed h) {
                ctx.put(Pointer.of("extraSections", i), SourceText.range(h.node));
                // its whole text: the heading to its last block, which ends before any heading it does not own
                ctx.extend(
                        SourceDocument.extraSectionKey(i), SourceText.range(h.node, h.last != null ? h.last : h.node));
            }
            b.addExtraSection(e.build());
        }
    }
}
