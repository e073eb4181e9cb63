package dev.featurespec.parser.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.featurespec.model.checklist.Checklist;
import dev.featurespec.model.checklist.ChecklistItem;
import dev.featurespec.model.diagnostic.Diagnostic;
import dev.featurespec.model.tasks.Task;
import dev.featurespec.model.tasks.TaskList;
import dev.featurespec.parser.ReadResult;
import dev.featurespec.parser.checklist.MarkdownChecklistParser;
import dev.featurespec.testkit.Corpus;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@code tasks.md} and checklist of the 42 corpus feature folders reads without an error and with
 * every word of its source in its model, and gives the counts pinned in {@code folder-corpus.tsv}: tasks,
 * done tasks, checklist items, checked items and distinct requirement ids the tasks cite. The pinned counts
 * were derived from the files with grep and awk (the TSV's header says how), not from this parser. Skips
 * when the corpus is absent.
 */
class FolderCorpusTest {
    private static final MarkdownTasksParser TASKS = MarkdownTasksParser.create();
    private static final MarkdownChecklistParser CHECKLISTS = MarkdownChecklistParser.create();

    /** One pinned row. */
    record Expected(String folder, int tasks, int done, int items, int checked, int taskIds) {
        @Override
        public String toString() {
            return folder;
        }
    }

    static Stream<Expected> folders() throws IOException {
        Corpus.foldersOrSkip();
        List<Expected> rows = new ArrayList<>();
        try (InputStream in = FolderCorpusTest.class.getResourceAsStream("/folder-corpus.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("#") || line.startsWith("folder\t") || line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t");
                rows.add(new Expected(
                        f[0],
                        Integer.parseInt(f[1]),
                        Integer.parseInt(f[2]),
                        Integer.parseInt(f[3]),
                        Integer.parseInt(f[4]),
                        Integer.parseInt(f[5])));
            }
        }
        return rows.stream();
    }

    @org.junit.jupiter.api.Test
    void everyCorpusFolderIsPinned() throws IOException {
        List<String> pinned = folders().map(Expected::folder).toList();
        List<String> present = Corpus.foldersOrSkip().stream()
                .map(p -> p.getFileName().toString())
                .toList();
        assertThat(pinned).containsExactlyElementsOf(present).hasSize(42);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("folders")
    void folderReadsWithThePinnedCounts(Expected expected) throws IOException {
        Path dir = Corpus.folderOrSkip(expected.folder());
        Path tasksFile = dir.resolve("tasks.md");
        ReadResult<TaskList> tasks = TASKS.parse(tasksFile);
        assertThat(tasks.diagnostics().stream().filter(Diagnostic::isError))
                .as("errors in %s", tasksFile)
                .isEmpty();
        List<Task> all = tasks.document().tasks();
        Set<String> ids = new TreeSet<>();
        all.forEach(t -> ids.addAll(t.requirements()));
        assertThat(FolderJson.missingWords(Files.readString(tasksFile), tasks.document()))
                .as("words of %s missing from its model", tasksFile)
                .isEmpty();

        int items = 0;
        int checked = 0;
        Path checklistDir = dir.resolve("checklists");
        if (Files.isDirectory(checklistDir)) {
            try (Stream<Path> files = Files.list(checklistDir)) {
                for (Path file : files.sorted().toList()) {
                    ReadResult<Checklist> checklist = CHECKLISTS.parse(file);
                    assertThat(checklist.diagnostics())
                            .as("diagnostics of %s", file)
                            .isEmpty();
                    List<ChecklistItem> list = checklist.document().items();
                    items += list.size();
                    checked += (int) list.stream().filter(ChecklistItem::done).count();
                    assertThat(FolderJson.missingWords(Files.readString(file), checklist.document()))
                            .as("words of %s missing from its model", file)
                            .isEmpty();
                }
            }
        }
        assertThat(List.of(all.size(), (int) all.stream().filter(Task::done).count(), items, checked, ids.size()))
                .as("tasks, done, items, checked, task ids of %s", expected.folder())
                .containsExactly(
                        expected.tasks(), expected.done(), expected.items(), expected.checked(), expected.taskIds());
    }
}
