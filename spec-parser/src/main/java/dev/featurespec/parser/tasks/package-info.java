/**
 * The {@code tasks.md} reader: Markdown → {@link dev.featurespec.model.tasks.TaskList}, on commonmark-java
 * with source spans. {@link dev.featurespec.parser.tasks.MarkdownTasksParser} is the entry point; the
 * JSON form is read by {@link dev.featurespec.parser.tasks.JsonTasksReader}, the YAML form by {@link
 * dev.featurespec.parser.tasks.YamlTasksReader}.
 *
 * <pre>{@code
 * ReadResult<TaskList> result = MarkdownTasksParser.create().parse(Path.of("tasks.md"));
 * }</pre>
 */
package dev.featurespec.parser.tasks;
