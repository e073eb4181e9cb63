package dev.featurespec.model.diagnostic;

import dev.featurespec.model.FeatureSpec;
import dev.featurespec.model.template.TemplateSection;
import java.util.Objects;

/**
 * A spec together with the exact text it was read from and where each of its elements stands in that
 * text: what a writer needs to put an edited spec back onto the author's own file, changing only the
 * lines of the elements that changed. The Markdown parser gives one with every result ({@code
 * ParseResult.document()}); {@code MarkdownSpecWriter.writeOnto(document, edited)} writes onto it.
 *
 * <pre>{@code
 * SourceDocument base = MarkdownSpecParser.create().parse(Path.of("spec.md")).document().orElseThrow();
 * FeatureSpec spec = base.spec();
 * FeatureSpec edited = spec.toBuilder()
 *         .metadata(spec.metadata().toBuilder().status("Approved").build())
 *         .build();
 * String markdown = MarkdownSpecWriter.create().writeOnto(base, edited);
 * }</pre>
 *
 * @param text the text as read, byte order mark and line endings ({@code \r\n}, {@code \r}) included
 * @param spec the spec read from {@code text}
 * @param extents JSON pointer → the lines the element's whole text takes, for every element the reader
 *     placed: a story from its heading to its last block, a clarification session from its heading to its
 *     last entry, a list item with its continuation lines and nested lists, a metadata line, a heading;
 *     and under {@link #sectionKey} and {@link #extraSectionKey}, each section from its heading to the last
 *     block before the next heading of its level or a higher one.
 *     Line numbers count {@code \r\n}, {@code \r} and {@code \n} each as one line ending.
 */
public record SourceDocument(String text, FeatureSpec spec, SourceMap extents) {
    public SourceDocument {
        Objects.requireNonNull(text, "SourceDocument.text must not be null");
        Objects.requireNonNull(spec, "SourceDocument.spec must not be null");
        Objects.requireNonNull(extents, "SourceDocument.extents must not be null");
    }

    /**
     * The key of {@code section}'s whole extent in {@link #extents()}, from its heading to the last block
     * before the next heading of its level or a higher one; absent when the text lacks the section or has
     * it twice.
     */
    public static String sectionKey(TemplateSection section) {
        return "section:" + section.key();
    }

    /** The key of the whole extent of headed extra section {@code index} in {@link #extents()}. */
    public static String extraSectionKey(int index) {
        return "section:extraSections/" + index;
    }
}
