/**
 * Writes {@link dev.featurespec.model.checklist.Checklist}s: canonical Markdown ({@link
 * dev.featurespec.writer.checklist.MarkdownChecklistWriter}), JSON ({@link
 * dev.featurespec.writer.checklist.JsonChecklistWriter}) and YAML ({@link
 * dev.featurespec.writer.checklist.YamlChecklistWriter}).
 *
 * <pre>{@code
 * String markdown = MarkdownChecklistWriter.create().write(checklist);
 * String yaml = YamlChecklistWriter.create().write(checklist);
 * }</pre>
 */
package dev.featurespec.writer.checklist;
