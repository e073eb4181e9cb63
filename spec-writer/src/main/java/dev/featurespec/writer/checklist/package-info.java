/**
 * Writes {@link dev.featurespec.model.checklist.Checklist}s: canonical Markdown ({@link
 * dev.featurespec.writer.checklist.MarkdownChecklistWriter}) and JSON or YAML ({@link
 * dev.featurespec.writer.checklist.JsonChecklistWriter}).
 *
 * <pre>{@code
 * String markdown = MarkdownChecklistWriter.create().write(checklist);
 * String yaml = JsonChecklistWriter.yaml().write(checklist);
 * }</pre>
 */
package dev.featurespec.writer.checklist;
