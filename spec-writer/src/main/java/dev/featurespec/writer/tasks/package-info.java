/**
 * Writes {@link dev.featurespec.model.tasks.TaskList}s: canonical Markdown ({@link
 * dev.featurespec.writer.tasks.MarkdownTasksWriter}) and JSON or YAML ({@link
 * dev.featurespec.writer.tasks.JsonTasksWriter}).
 *
 * <pre>{@code
 * String markdown = MarkdownTasksWriter.create().write(tasks);
 * String json = JsonTasksWriter.json().write(tasks);
 * }</pre>
 */
package dev.featurespec.writer.tasks;
