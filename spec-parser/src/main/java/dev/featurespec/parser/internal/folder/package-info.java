/**
 * The feature folder's readers' parts ({@code tasks.md} and checklists), shared by {@code parser.tasks}
 * and {@code parser.checklist}. Markdown: {@link dev.featurespec.parser.internal.folder.MarkdownInput}
 * (size cap, UTF-8, front matter, commonmark), {@link dev.featurespec.parser.internal.folder.Outline}
 * (the document cut at its headings), {@link dev.featurespec.parser.internal.folder.SectionBody} (one
 * section's blocks as items and notes), {@link dev.featurespec.parser.internal.folder.Checkbox} and
 * {@link dev.featurespec.parser.internal.folder.ItemText} (a checkbox item's line, details and nested
 * bullets), {@link dev.featurespec.parser.internal.folder.FolderWords} and {@link
 * dev.featurespec.parser.internal.folder.IdScanner} (the requirement ids and stories texts cite, in the
 * words of every language), and {@link dev.featurespec.parser.internal.folder.DocumentContext}
 * (source, diagnostics and source map of one parse). Both forms record diagnostics and source map alike,
 * in a {@link dev.featurespec.parser.internal.folder.ReadRecord}. JSON and YAML: {@link
 * dev.featurespec.parser.internal.folder.FolderTreeReader} (input, walk, strict mode) over a {@link
 * dev.featurespec.parser.internal.folder.StreamCursor}, and {@link
 * dev.featurespec.parser.internal.folder.FolderJsonReads} for what the documents' trees share. Every
 * reader's builder checks its byte limit with {@link dev.featurespec.parser.internal.folder.ReaderLimits}.
 * <strong>Not API</strong>: not exported, may change in any release.
 */
package dev.featurespec.parser.internal.folder;
