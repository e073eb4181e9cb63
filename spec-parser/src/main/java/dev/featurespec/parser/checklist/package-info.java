/**
 * The checklist reader: Markdown → {@link dev.featurespec.model.checklist.Checklist}, on commonmark-java
 * with source spans. {@link dev.featurespec.parser.checklist.MarkdownChecklistParser} is the entry point;
 * the JSON form is read by {@link dev.featurespec.parser.checklist.JsonChecklistReader}, the YAML form by
 * {@link dev.featurespec.parser.checklist.YamlChecklistReader}.
 *
 * <pre>{@code
 * ReadResult<Checklist> result = MarkdownChecklistParser.create().parse(Path.of("checklists/requirements.md"));
 * }</pre>
 */
package dev.featurespec.parser.checklist;
