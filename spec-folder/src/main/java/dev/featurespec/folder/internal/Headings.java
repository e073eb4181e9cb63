package dev.featurespec.folder.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * The section headings of a Markdown document and whether a checklist reference ({@code Spec §Edge Cases},
 * {@code Plan §Data flow}, {@code Spec §成功标准2}) names one. Headings and references are compared as
 * plain text (emphasis and code marks gone), without a leading section number ({@code 2.1}),
 * lower-case, spaces collapsed; a heading also matches without its trailing parenthesised markers
 * ({@code *(mandatory)*}, {@code (Priority: P1)}); a reference also matches a heading it starts with
 * when a number follows ({@code 成功标准2}: item 2 under {@code 成功标准}). Not API.
 */
final class Headings {
    private static final Parser PARSER = Parser.builder().build();
    private static final Pattern TRAILING_MARKERS = Pattern.compile("(?:\\s*[*_]*\\([^()]*\\)[*_]*)+\\s*$");

    private final List<String> headings;

    private Headings(List<String> headings) {
        this.headings = headings;
    }

    /** The headings of {@code markdown}. */
    static Headings of(String markdown) {
        List<String> out = new ArrayList<>();
        PARSER.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                StringBuilder sb = new StringBuilder();
                collect(heading, sb);
                String plain = Normalizer.normalize(sb.toString(), Normalizer.Form.NFKC);
                String h = normalised(plain);
                out.add(h);
                String bare = normalised(TRAILING_MARKERS.matcher(plain).replaceAll(""));
                if (!bare.equals(h) && !bare.isEmpty()) {
                    out.add(bare);
                }
            }
        });
        return new Headings(List.copyOf(out));
    }

    /** True when {@code reference} names one of the headings. */
    boolean has(String reference) {
        String r = normalised(reference);
        if (r.isEmpty()) {
            return false;
        }
        for (String h : headings) {
            if (h.equals(r)) {
                return true;
            }
            if (r.startsWith(h) && r.length() > h.length() && !h.isEmpty()) {
                String rest = r.substring(h.length()).strip();
                if (!rest.isEmpty() && rest.chars().allMatch(c -> Character.isDigit(c) || c == '.')) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void collect(Node node, StringBuilder sb) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Text t) {
                sb.append(t.getLiteral());
            } else if (n instanceof Code c) {
                sb.append(c.getLiteral());
            } else {
                collect(n, sb);
            }
        }
    }

    /** {@code text} in the compared form. */
    private static String normalised(String text) {
        String t = Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[*_`]", " ");
        t = t.replaceAll("^\\s*\\d+(?:\\.\\d+)*\\.?\\s+", "");
        return t.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
