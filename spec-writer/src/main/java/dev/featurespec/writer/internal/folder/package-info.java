/**
 * The feature folder's writers' parts ({@code tasks.md} and checklists), shared by {@code writer.tasks}
 * and {@code writer.checklist}: {@link dev.featurespec.writer.internal.folder.FolderMarkdown} writes their
 * Markdown on a {@link dev.featurespec.writer.internal.markdown.BlockWriter}; {@link
 * dev.featurespec.writer.internal.folder.JsonOutput} writes JSON and YAML text with Jackson's streaming
 * generator and {@link dev.featurespec.writer.internal.folder.FolderJson} the parts of the trees the
 * documents share. <strong>Not API</strong>: not exported, may change in any release.
 */
package dev.featurespec.writer.internal.folder;
