package dev.featurespec.writer.tasks;

import dev.featurespec.model.checklist.Checklist;
import dev.featurespec.model.tasks.TaskList;
import dev.featurespec.parser.ReadResult;
import dev.featurespec.parser.checklist.MarkdownChecklistParser;
import dev.featurespec.parser.tasks.MarkdownTasksParser;
import dev.featurespec.testkit.Corpus;
import dev.featurespec.testkit.SourceWords;
import dev.featurespec.writer.checklist.MarkdownChecklistWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The feature-folder documents the writer tests run over: every case of {@code testdata/tasks} and
 * {@code testdata/checklists}, and every {@code tasks.md} and checklist of the corpus folders (when the
 * corpus is there); with the readers and writers for each kind.
 */
final class FolderDocuments {
    static final MarkdownTasksParser TASKS = MarkdownTasksParser.create();
    static final MarkdownChecklistParser CHECKLISTS = MarkdownChecklistParser.create();
    private static final SourceWords WORDS = SourceWords.structural(List.of());
    private static final Pattern ORDERED_ITEM = Pattern.compile("^[\\s>]*(\\d{1,9})[.)]\\s");

    private FolderDocuments() {}

    /** A document: where it is and whether it is a task list (else a checklist). */
    record Doc(Path path, boolean tasks) {
        @Override
        public String toString() {
            Path parent = path.getParent();
            return (parent == null ? "" : parent.getFileName() + "/") + path.getFileName();
        }

        String source() {
            try {
                return Files.readString(path);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The model read from {@code markdown}. */
        Object read(String markdown) {
            return tasks
                    ? TASKS.parse(markdown).document()
                    : CHECKLISTS.parse(markdown).document();
        }

        /** The diagnostics of reading {@code markdown}. */
        ReadResult<?> result(String markdown) {
            return tasks ? TASKS.parse(markdown) : CHECKLISTS.parse(markdown);
        }

        /** The canonical Markdown of a model read from this kind of document. */
        String write(Object model) {
            return tasks
                    ? MarkdownTasksWriter.create().write((TaskList) model)
                    : MarkdownChecklistWriter.create().write((Checklist) model);
        }
    }

    static Stream<Doc> all() throws IOException {
        List<Doc> docs = new ArrayList<>();
        for (String kind : List.of("tasks", "checklists")) {
            try (Stream<Path> files = Files.list(Path.of("..", "testdata", kind))) {
                files.filter(p -> p.toString().endsWith(".md"))
                        .sorted()
                        .forEach(p -> docs.add(new Doc(p, kind.equals("tasks"))));
            }
        }
        for (Path dir : Corpus.folders()) {
            docs.add(new Doc(dir.resolve("tasks.md"), true));
            Path checklists = dir.resolve("checklists");
            if (Files.isDirectory(checklists)) {
                try (Stream<Path> files = Files.list(checklists)) {
                    files.sorted().forEach(p -> docs.add(new Doc(p, false)));
                }
            }
        }
        return docs.stream();
    }

    /**
     * The words of {@code source} missing from {@code written}: none may be, except the {@code x} of a
     * checked box and the numbers of ordered list items.
     */
    static Set<String> missingWords(String source, String written) {
        Set<String> markers = new HashSet<>(Set.of("x"));
        source.lines().forEach(line -> {
            var o = ORDERED_ITEM.matcher(line);
            if (o.lookingAt()) {
                SourceWords.add(o.group(1), markers);
            }
        });
        return WORDS.missing(source, SourceWords.of(written), markers);
    }
}
