package dev.featurespec.parser.internal.markdown;

import dev.featurespec.model.FeatureSpec;
import dev.featurespec.model.Metadata;
import dev.featurespec.model.Section;
import dev.featurespec.model.diagnostic.Rule;
import dev.featurespec.model.diagnostic.SourceRange;
import dev.featurespec.model.template.Term;
import dev.featurespec.model.template.internal.Syntax;
import dev.featurespec.model.template.internal.Vocabulary;
import dev.featurespec.parser.internal.SourceText;
import java.util.HashSet;
import java.util.Set;
import org.commonmark.node.Heading;
import org.commonmark.node.Paragraph;

/**
 * Reads the title block: front matter, the {@code #} title, and the bold metadata lines under it
 * ({@code **Feature Branch**: `001-x`}, also hard-broken over lines or several in one paragraph). A label
 * given twice keeps its first value; the second is kept as loose metadata text. One per parse; not
 * thread-safe. Not API.
 */
final class MetadataReader {
    private final AssemblyContext ctx;
    private final ExtraReader extras;
    private final Metadata.Builder metadata = Metadata.builder();
    private final Set<String> labels = new HashSet<>();
    private String title;
    private Heading titleNode;
    private String frontMatter;

    MetadataReader(AssemblyContext ctx, ExtraReader extras) {
        this.ctx = ctx;
        this.extras = extras;
    }

    /** Keeps the front matter's YAML, which ends on 0-based line {@code fenceEndLine}. */
    void frontMatter(String yaml, int fenceEndLine) {
        this.frontMatter = yaml;
        ctx.put(Pointer.of("frontMatter"), SourceRange.of(1, 1, fenceEndLine + 1, 4));
    }

    boolean hasTitle() {
        return title != null;
    }

    /** Where the title is, or the document's start when it has none. */
    SourceRange titleRange() {
        return titleNode != null ? SourceText.range(titleNode) : SourceRange.of(1, 1, 1, 1);
    }

    /**
     * Takes {@code h} (stripped text {@code text}) as the title when the document has none yet and
     * returns true; else reports a second title and returns false.
     */
    boolean title(Heading h, String text, HeadingKind.Title kind) {
        if (title == null) {
            title = kind.title();
            ctx.count(kind.language());
            if (kind.prefix() != null) {
                ctx.presentation().word(Term.TITLE, kind.prefix());
            }
            titleNode = h;
            ctx.put(Pointer.of("title"), SourceText.range(h));
            return true;
        }
        ctx.report(
                Rule.DUPLICATE_TITLE,
                "Second title '" + text + "' (the first is at line "
                        + SourceText.range(titleNode).start().line() + ")",
                Pointer.of("title"),
                SourceText.range(h));
        return false;
    }

    /**
     * Reads a paragraph of the title block as metadata lines and returns true, or returns false when its
     * first line is no bold label (reported when it starts bold).
     */
    boolean paragraph(Paragraph p) {
        String[] lines = ctx.src().spanLines(p).split("\n", -1);
        if (Syntax.boldLabel(lines[0]) == null) {
            if (Syntax.startsBold(lines[0])) {
                ctx.report(
                        Rule.UNPARSEABLE_METADATA,
                        "Metadata line '" + AssemblyContext.abbreviate(lines[0].strip())
                                + "' is not of the form **Label**: value",
                        Pointer.of("metadata"),
                        SourceText.range(p));
            }
            return false;
        }
        int startLine = SourceText.first(p).getLineIndex();
        String label = null;
        StringBuilder value = null;
        int valueLine = 0;
        for (int i = 0; i < lines.length; i++) {
            Syntax.BoldLabel bold = Syntax.boldLabel(lines[i]);
            if (bold != null) {
                if (label != null) {
                    put(label, value.toString(), startLine + valueLine);
                }
                label = bold.label().strip();
                value = new StringBuilder(lines[i].substring(bold.end()).strip());
                valueLine = i;
            } else {
                value.append('\n').append(lines[i].strip());
            }
        }
        put(label, value.toString(), startLine + valueLine);
        return true;
    }

    private void put(String label, String value, int line) {
        String v = value.strip();
        Vocabulary.Hit hit = ctx.vocab().metadata(label);
        SourceRange range = ctx.src().lineRange(line);
        if (!labels.add(hit != null ? hit.term().shortKey() : label)) {
            ctx.report(
                    Rule.UNPARSEABLE_METADATA,
                    "Metadata '" + label + "' is given twice; the second value is kept as an extra",
                    Pointer.of("metadata"),
                    range);
            extras.addLoose(Section.METADATA, "**" + label + "**: " + v);
            return;
        }
        if (hit == null) {
            metadata.put(label, v);
            ctx.put(Pointer.of("metadata", "other", label), range);
            return;
        }
        ctx.count(hit.language());
        ctx.presentation().word(hit.term(), label);
        String property;
        switch (hit.term()) {
            case METADATA_FEATURE_BRANCH -> {
                metadata.featureBranch(unquoted(v));
                property = "featureBranch";
            }
            case METADATA_CREATED -> {
                metadata.created(v);
                property = "created";
            }
            case METADATA_STATUS -> {
                metadata.status(v);
                property = "status";
            }
            case METADATA_INPUT -> {
                metadata.input(v);
                property = "input";
            }
            default -> throw new IllegalStateException("not a metadata term: " + hit.term());
        }
        ctx.put(Pointer.of("metadata", property), range);
    }

    /** A branch name without the backticks around it, when it is one code span. */
    private static String unquoted(String branch) {
        String b = branch;
        if (b.length() >= 2 && b.startsWith("`") && b.endsWith("`") && b.indexOf('`', 1) == b.length() - 1) {
            b = b.substring(1, b.length() - 1);
        }
        return b;
    }

    /** Adds the front matter and the metadata to {@code b}. */
    void build(FeatureSpec.Builder b) {
        b.frontMatter(frontMatter);
        b.metadata(metadata.build());
    }

    /** The title; when the document has none, reports that and gives {@code ""}. */
    String checkedTitle() {
        if (title == null) {
            ctx.report(
                    Rule.MISSING_TITLE,
                    "The document has no '# Feature Specification: …' title",
                    Pointer.of("title"),
                    SourceRange.of(1, 1, 1, 1));
            return "";
        }
        return title;
    }
}
