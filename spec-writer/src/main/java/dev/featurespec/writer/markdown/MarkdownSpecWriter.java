package dev.featurespec.writer.markdown;

import dev.featurespec.model.ExtraSection;
import dev.featurespec.model.FeatureSpec;
import dev.featurespec.model.Section;
import dev.featurespec.model.diagnostic.SourceDocument;
import dev.featurespec.model.template.Language;
import dev.featurespec.model.template.Languages;
import dev.featurespec.model.template.Profile;
import dev.featurespec.model.template.Profiles;
import dev.featurespec.model.template.Term;
import dev.featurespec.writer.LineEnding;
import dev.featurespec.writer.internal.faithful.FaithfulWriter;
import dev.featurespec.writer.internal.layout.MarkdownStyle;
import dev.featurespec.writer.internal.layout.TemplateLayout;
import dev.featurespec.writer.internal.markdown.BlockWriter;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes a {@link FeatureSpec} as canonical Markdown in the seed template's layout: title and metadata
 * block, {@code ## …} sections in {@link Section} order with the profile's {@code *(mandatory)*}
 * markers, stories with their bold labels separated by {@code ---}, numbered scenarios, FR and SC
 * bullets with bold ids, clarification sessions, and every {@link ExtraSection} back in its place.
 * A spec read from Markdown records how its author wrote it ({@link FeatureSpec#presentation()}): its
 * section headings, their order and its label words are written as the author wrote them, never
 * translated or reordered (unless {@link Builder#templateOrder(boolean)} asks for the template's order).
 *
 * <p>Text fields hold Markdown source, so they are written exactly as they are: the writer assembles
 * the template's block structure around them and never re-renders inline Markdown ({@code [NEEDS
 * CLARIFICATION: …]}, {@code &}, code spans and emphasis come out as they went in). The only change it
 * ever makes to a text is a backslash before a line that would otherwise start a block (a text line
 * {@code # x} at the start of a line); text read by the parser never needs one. For every spec the
 * parser produced, reading the output back gives an equal spec, and writing that again gives the same
 * bytes.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * MarkdownSpecWriter writer = MarkdownSpecWriter.builder().lineEnding(LineEnding.LF).build();
 * String markdown = writer.write(spec);
 * }</pre>
 */
public final class MarkdownSpecWriter {
    private final Profile profile;
    private final LineEnding lineEnding;
    private final boolean guidanceComments;
    private final boolean templateOrder;

    private MarkdownSpecWriter(Builder builder) {
        this.profile = builder.profile;
        this.lineEnding = builder.lineEnding;
        this.guidanceComments = builder.guidanceComments;
        this.templateOrder = builder.templateOrder;
    }

    /** A writer with every default: profile chosen per spec, LF line endings, no guidance comments. */
    public static MarkdownSpecWriter create() {
        return builder().build();
    }

    /** A builder with every default. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The spec as canonical Markdown, ending with one line ending.
     *
     * @throws NullPointerException when {@code spec} is null
     */
    public String write(FeatureSpec spec) {
        Objects.requireNonNull(spec, "spec must not be null");
        StringBuilder out = new StringBuilder(4096);
        render(spec, out);
        return out.toString();
    }

    /**
     * Appends the spec as canonical Markdown to {@code out}.
     *
     * @throws IOException when {@code out} throws it
     * @throws NullPointerException when an argument is null
     */
    public void write(FeatureSpec spec, Appendable out) throws IOException {
        Objects.requireNonNull(spec, "spec must not be null");
        Objects.requireNonNull(out, "out must not be null");
        StringBuilder document = new StringBuilder(4096);
        render(spec, document);
        out.append(document);
    }

    /**
     * The Markdown text {@code base} was read from, with {@code edited} written onto it: when {@code
     * edited} equals the base's spec, the text as it is, byte for byte (byte order mark, line endings,
     * trailing spaces, comments, wording and order included); else only the lines of the elements that
     * changed are rewritten, in the author's own style, and every other line keeps its bytes. A changed
     * field is replaced inside its element's own text; a new element is written after the last one of its
     * kind (a requirement after the last requirement, a Q/A at the end of its session, a story after the
     * last story), like its neighbours; a removed element takes its own lines with it. A scenario whose
     * text changed is written with that text; one whose {@code given}, {@code when} or {@code then} changed
     * under an unchanged text gets a text made from them.
     *
     * <p>An edit that has no place among the base's elements (a section the base lacks, a change to an
     * extended section, loose extra content, an element moved in its list) makes this writer write that
     * one section again canonically, as {@link #write(FeatureSpec)} writes it, in place of its own lines
     * (its heading to the next heading of its level or a higher one), or, for a section the base lacks,
     * after the nearest section before it in template order. Only when that cannot be done either (the
     * language or the front matter changed, the section stands twice or without any heading of its own
     * or its parent's, extra content after it would read back anchored elsewhere, or a new extra section
     * would not come after the others) is all of {@code edited} written canonically, with the base's line ending.
     * Either way, reading the result back gives {@code edited}, or, where the canonical writer itself
     * cannot express an edit, what reading its output gives.
     *
     * <pre>{@code
     * ParseResult result = MarkdownSpecParser.create().parse(Path.of("spec.md"));
     * SourceDocument base = result.document().orElseThrow();
     * FeatureSpec spec = base.spec();
     * FeatureSpec edited = spec.toBuilder()
     *         .metadata(spec.metadata().toBuilder().status("Approved").build())
     *         .build();
     * String markdown = MarkdownSpecWriter.create().writeOnto(base, edited);
     * }</pre>
     *
     * @throws NullPointerException when an argument is null
     */
    public String writeOnto(SourceDocument base, FeatureSpec edited) {
        Objects.requireNonNull(base, "base must not be null");
        Objects.requireNonNull(edited, "edited must not be null");
        return FaithfulWriter.write(base, edited)
                .map(FaithfulWriter.Written::text)
                .orElseGet(() -> {
                    String text = base.text();
                    LineEnding ending = text.contains("\r\n") ? LineEnding.CRLF : LineEnding.LF;
                    return toBuilder().lineEnding(ending).build().write(edited);
                });
    }

    private Builder toBuilder() {
        Builder b = new Builder();
        b.profile = profile;
        b.lineEnding = lineEnding;
        b.guidanceComments = guidanceComments;
        return b;
    }

    /** Appends the spec as canonical Markdown to {@code out}. */
    private void render(FeatureSpec spec, StringBuilder out) {
        Profile chosen = profile != null ? profile : Profiles.forSpec(spec);
        Language language = spec.language().flatMap(Languages::forCode).orElseGet(Languages::english);
        MarkdownStyle.Builder style = MarkdownStyle.canonical(language).toBuilder();
        spec.presentation().words().forEach((key, word) -> Term.forKey(key).ifPresent(term -> style.word(term, word)));
        new TemplateLayout(chosen, style.build(), guidanceComments, templateOrder)
                .write(spec, new BlockWriter(out, lineEnding.chars()));
    }

    /** The profile set on the builder, if any; without one the writer chooses per spec. */
    public Optional<Profile> profile() {
        return Optional.ofNullable(profile);
    }

    /** The line ending written. */
    public LineEnding lineEnding() {
        return lineEnding;
    }

    /** Whether the template's guidance comments are written. */
    public boolean guidanceComments() {
        return guidanceComments;
    }

    /** Whether sections are written in the template's order and headings whatever the spec records. */
    public boolean templateOrder() {
        return templateOrder;
    }

    /** Builds a {@link MarkdownSpecWriter}; not thread-safe. */
    public static final class Builder {
        private Profile profile;
        private LineEnding lineEnding = LineEnding.LF;
        private boolean guidanceComments;
        private boolean templateOrder;

        private Builder() {}

        /**
         * The profile giving heading levels and {@code *(mandatory)*} markers. Default: none, which
         * means {@code extended} for a spec with any of the four extended sections, else {@code
         * speckit}; {@code null} restores the default.
         */
        public Builder profile(Profile profile) {
            this.profile = profile;
            return this;
        }

        /** The line ending. Default {@link LineEnding#LF}. */
        public Builder lineEnding(LineEnding lineEnding) {
            this.lineEnding = Objects.requireNonNull(lineEnding, "lineEnding must not be null");
            return this;
        }

        /**
         * Whether to write the template's HTML guidance comments under the sections that have them.
         * Default {@code false}: the comments are not part of the spec, and a spec read back from
         * output written with them holds them as extra sections.
         */
        public Builder guidanceComments(boolean guidanceComments) {
            this.guidanceComments = guidanceComments;
            return this;
        }

        /**
         * Whether to write the sections in the template's order under the template's headings, even for a
         * spec that records its author's ({@link FeatureSpec#presentation()}). Default {@code false}: a
         * spec read from Markdown comes back in its author's order and headings. A spec that records no
         * headings is written in the template's order either way.
         */
        public Builder templateOrder(boolean templateOrder) {
            this.templateOrder = templateOrder;
            return this;
        }

        /** The writer. */
        public MarkdownSpecWriter build() {
            return new MarkdownSpecWriter(this);
        }
    }
}
