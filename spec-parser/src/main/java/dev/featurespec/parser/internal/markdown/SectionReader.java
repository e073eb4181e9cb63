package dev.featurespec.parser.internal.markdown;

import org.commonmark.node.Node;

/**
 * Reads the blocks of one kind of template section into typed content, as commonmark-java has one
 * {@code BlockParser} per block kind: the {@link DocumentReader} walks the document and hands each
 * top-level block to the reader of the section it stands in. A block a reader cannot type it keeps as
 * loose content of its section, so nothing is lost. Not API.
 */
interface SectionReader {
    /** Reads top-level block {@code block}, which stands in {@code entry}, one of this reader's sections. */
    void read(Node block, Outline.Entry entry);

    /**
     * True when {@code block} looks like this reader's typed content wherever it stands (a list of
     * {@code FR-001} items holds requirements), so that a section whose heading says nothing can be read
     * by what it holds. A cheap check on the block's shape and first words; false by default.
     */
    default boolean recognises(Node block) {
        return false;
    }
}
