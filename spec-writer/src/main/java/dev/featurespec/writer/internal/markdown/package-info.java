/**
 * Low-level Markdown output: {@link dev.featurespec.writer.internal.markdown.BlockWriter} writes blocks,
 * list items, headings and table rows with a given line separator, and {@link
 * dev.featurespec.model.template.internal.LineStarts} (shared with the model's checks) keeps text from
 * starting a block. They know
 * Markdown, not the template. <strong>Not API</strong>: not exported, may change in any release.
 */
package dev.featurespec.writer.internal.markdown;
