/**
 * The {@code tasks.md} reader: Markdown → {@link dev.featurespec.model.tasks.TaskList}, on commonmark-java
 * with source spans. {@link dev.featurespec.parser.tasks.MarkdownTasksParser} is the entry point; the
 * JSON and YAML form is read by {@link dev.featurespec.parser.tasks.JsonTasksReader}.
 *
 * <pre>{@code
 * ReadResult<TaskList> result = MarkdownTasksParser.create().parse(Path.of("tasks.md"));
 * }</pre>
 */
package dev.featurespec.parser.tasks;
