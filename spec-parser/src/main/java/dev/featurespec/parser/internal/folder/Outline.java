package dev.featurespec.parser.internal.folder;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;

/**
 * A document cut at its headings: the title (the first {@code #} heading, when no other heading comes
 * before it), the blocks before the first other heading (the preamble), and one flat section per other
 * heading with the blocks up to the next heading. Recognises nothing else; the assemblers decide what
 * the sections are. Not API.
 *
 * @param title the title heading, or null
 * @param preamble the blocks before the first section, title excluded
 * @param sections the sections, in document order
 */
public record Outline(Heading title, List<Node> preamble, List<Section> sections) {

    /** A heading and the blocks under it, up to the next heading of any level. */
    public record Section(Heading heading, List<Node> blocks) {
        public int level() {
            return heading.getLevel();
        }
    }

    /** Cuts {@code document}, commonmark's tree of a whole document. */
    public static Outline of(Node document) {
        Heading title = null;
        List<Node> preamble = new ArrayList<>();
        List<Section> sections = new ArrayList<>();
        List<Node> current = preamble;
        for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading h) {
                if (title == null && sections.isEmpty() && h.getLevel() == 1) {
                    title = h;
                    continue;
                }
                Section s = new Section(h, new ArrayList<>());
                sections.add(s);
                current = s.blocks();
            } else {
                current.add(n);
            }
        }
        return new Outline(title, preamble, sections);
    }
}
