package dev.featurespec.cli.internal;

import dev.featurespec.model.checklist.Checklist;
import dev.featurespec.model.diagnostic.Diagnostic;
import dev.featurespec.model.tasks.TaskList;
import dev.featurespec.parser.ReadResult;
import dev.featurespec.parser.checklist.JsonChecklistReader;
import dev.featurespec.parser.checklist.MarkdownChecklistParser;
import dev.featurespec.parser.checklist.YamlChecklistReader;
import dev.featurespec.parser.tasks.JsonTasksReader;
import dev.featurespec.parser.tasks.MarkdownTasksParser;
import dev.featurespec.parser.tasks.YamlTasksReader;
import dev.featurespec.writer.checklist.JsonChecklistWriter;
import dev.featurespec.writer.checklist.MarkdownChecklistWriter;
import dev.featurespec.writer.checklist.YamlChecklistWriter;
import dev.featurespec.writer.tasks.JsonTasksWriter;
import dev.featurespec.writer.tasks.MarkdownTasksWriter;
import dev.featurespec.writer.tasks.YamlTasksWriter;
import java.util.List;
import java.util.Optional;

/** {@code convert} for task lists and checklists: read in one format, write in another. */
final class FolderConvert {
    private FolderConvert() {}

    /** The converted text, or empty when the input could not be read (its errors in {@code errors}). */
    static Optional<String> convert(
            DocumentKind kind, SourceFile file, SpecFormat from, SpecFormat to, List<Diagnostic> errors) {
        if (kind == DocumentKind.TASKS) {
            ReadResult<TaskList> r = switch (from) {
                case MARKDOWN -> MarkdownTasksParser.create().parse(file.text());
                case JSON -> JsonTasksReader.create().parse(file.text());
                case YAML -> YamlTasksReader.create().parse(file.text());
            };
            if (r.unreadable()) {
                r.diagnostics().stream().filter(Diagnostic::isError).forEach(errors::add);
                return Optional.empty();
            }
            return Optional.of(
                    switch (to) {
                        case MARKDOWN -> MarkdownTasksWriter.create().write(r.document());
                        case JSON -> JsonTasksWriter.create().write(r.document());
                        case YAML -> YamlTasksWriter.create().write(r.document());
                    });
        }
        ReadResult<Checklist> r = switch (from) {
            case MARKDOWN -> MarkdownChecklistParser.create().parse(file.text());
            case JSON -> JsonChecklistReader.create().parse(file.text());
            case YAML -> YamlChecklistReader.create().parse(file.text());
        };
        if (r.unreadable()) {
            r.diagnostics().stream().filter(Diagnostic::isError).forEach(errors::add);
            return Optional.empty();
        }
        return Optional.of(
                switch (to) {
                    case MARKDOWN -> MarkdownChecklistWriter.create().write(r.document());
                    case JSON -> JsonChecklistWriter.create().write(r.document());
                    case YAML -> YamlChecklistWriter.create().write(r.document());
                });
    }
}
