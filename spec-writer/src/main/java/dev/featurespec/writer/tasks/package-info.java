/**
 * Writes {@link dev.featurespec.model.tasks.TaskList}s: canonical Markdown ({@link
 * dev.featurespec.writer.tasks.MarkdownTasksWriter}), JSON ({@link
 * dev.featurespec.writer.tasks.JsonTasksWriter}) and YAML ({@link dev.featurespec.writer.tasks.YamlTasksWriter}).
 *
 * <pre>{@code
 * String markdown = MarkdownTasksWriter.create().write(tasks);
 * String json = JsonTasksWriter.create().write(tasks);
 * }</pre>
 */
package dev.featurespec.writer.tasks;
