package dev.featurespec.writer.internal.layout;

import static dev.featurespec.writer.internal.markdown.BlockWriter.normalize;

import dev.featurespec.model.FeatureSpec;
import dev.featurespec.model.Metadata;
import dev.featurespec.model.Section;
import dev.featurespec.model.template.Term;
import dev.featurespec.writer.internal.markdown.BlockWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes the top of a spec: YAML front matter, the {@code # Feature Specification: …} title and the
 * metadata lines, hard-broken ({@code **Created**: 2026-02-03␠␠}) into one paragraph, then the extra
 * content before the first section.
 */
public final class MetadataWriter {
    private final MarkdownStyle style;

    /** A writer of the top of a spec in {@code style}. */
    public MetadataWriter(MarkdownStyle style) {
        this.style = style;
    }

    /** Writes the top of {@code context}'s spec. */
    void write(LayoutContext context) {
        FeatureSpec spec = context.spec();
        BlockWriter out = context.out();
        spec.frontMatter()
                .ifPresent(fm -> out.block().raw("---\n").raw(normalize(fm)).raw("\n---"));
        Metadata m = spec.metadata();
        // metadata lines are only metadata under a title, so an untitled spec with metadata gets an empty one
        if (!spec.title().isEmpty() || !m.isEmpty()) {
            title(out.block(), spec.title());
        }
        if (!m.isEmpty()) {
            out.block();
            metadata(out, m);
        }
        context.extras().write(out, Section.METADATA);
    }

    /** Writes the title line on the current line: {@code # Feature Specification: T}, or without a title. */
    public void title(BlockWriter out, String title) {
        out.raw("# ").raw(style.word(Term.TITLE)).raw(title.isEmpty() ? ":" : ": " + normalize(title));
    }

    /**
     * Writes the metadata lines from the current line on, each but the last ending with two spaces (a hard
     * line break): feature branch (in a code span), created, status, input, then the other names in order.
     */
    public void metadata(BlockWriter out, Metadata m) {
        List<Map.Entry<String, String>> lines = new ArrayList<>();
        m.featureBranch().ifPresent(v -> lines.add(Map.entry(style.word(Term.METADATA_FEATURE_BRANCH), branch(v))));
        m.created().ifPresent(v -> lines.add(Map.entry(style.word(Term.METADATA_CREATED), v)));
        m.status().ifPresent(v -> lines.add(Map.entry(style.word(Term.METADATA_STATUS), v)));
        m.input().ifPresent(v -> lines.add(Map.entry(style.word(Term.METADATA_INPUT), v)));
        lines.addAll(m.other().entrySet());
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                out.raw("  ").line();
            }
            metadataLine(out, lines.get(i).getKey(), lines.get(i).getValue());
        }
    }

    /**
     * A branch name as written: in a code span, as the template has it, unless the name holds a backtick
     * (an author's unclosed {@code `042-x}), which is written as it is: the parser only removes the
     * backticks of a value that is one code span.
     */
    static String branch(String name) {
        String v = normalize(name);
        return v.indexOf('`') >= 0 ? v : "`" + v + "`";
    }

    /** Writes one metadata line on the current line: {@code **Status**: Draft}. */
    public void metadataLine(BlockWriter out, String name, String value) {
        String v = normalize(value);
        out.raw(style.labelForm().label(name));
        if (!v.isEmpty()) {
            out.raw(" ").raw(v);
        }
    }
}
