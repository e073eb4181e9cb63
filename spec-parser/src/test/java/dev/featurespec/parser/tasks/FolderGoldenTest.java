package dev.featurespec.parser.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.featurespec.model.diagnostic.Diagnostic;
import dev.featurespec.model.validation.SpecValidator;
import dev.featurespec.parser.ReadResult;
import dev.featurespec.parser.checklist.MarkdownChecklistParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Walks the repository's {@code testdata/tasks} and {@code testdata/checklists}: each {@code case.md}
 * beside its expected {@code case.json} (the model) and {@code case.diagnostics.txt} (the reader's
 * diagnostics and the model's constraints, one {@link Diagnostic#toString()} per line, empty when none).
 * Adding a case is adding three files; run with {@code -Dfeaturespec.updateGolden=true} to write the
 * expected files from the actual output, then read them before committing. Every case also keeps every
 * word of its source in its model.
 */
class FolderGoldenTest {
    static final Path TASKS = Path.of("..", "testdata", "tasks");
    static final Path CHECKLISTS = Path.of("..", "testdata", "checklists");
    private static final boolean UPDATE = Boolean.getBoolean("featurespec.updateGolden");

    static Stream<Path> cases() throws IOException {
        List<Path> all = new ArrayList<>();
        for (Path dir : List.of(TASKS, CHECKLISTS)) {
            try (Stream<Path> files = Files.list(dir)) {
                files.filter(p -> p.getFileName().toString().endsWith(".md"))
                        .sorted()
                        .forEach(all::add);
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void caseReadsToExpectedModelAndDiagnostics(Path md) throws IOException {
        String name = md.getFileName().toString().replaceFirst("\\.md$", "");
        byte[] input = Files.readAllBytes(md);
        Object document;
        List<Diagnostic> diagnostics = new ArrayList<>();
        if (md.startsWith(TASKS)) {
            ReadResult<dev.featurespec.model.tasks.TaskList> r =
                    MarkdownTasksParser.create().parse(input);
            document = r.document();
            diagnostics.addAll(r.diagnostics());
            diagnostics.addAll(SpecValidator.create().validate(r.document(), r.sourceMap()));
        } else {
            ReadResult<dev.featurespec.model.checklist.Checklist> r =
                    MarkdownChecklistParser.create().parse(input);
            document = r.document();
            diagnostics.addAll(r.diagnostics());
            diagnostics.addAll(SpecValidator.create().validate(r.document(), r.sourceMap()));
        }
        String json = FolderJson.write(document);
        String actualDiagnostics = diagnostics.stream()
                .sorted(Diagnostic.BY_POSITION)
                .map(Diagnostic::toString)
                .map(s -> s + "\n")
                .collect(Collectors.joining());
        Path expectedJson = md.resolveSibling(name + ".json");
        Path expectedDiagnostics = md.resolveSibling(name + ".diagnostics.txt");
        if (UPDATE) {
            Files.writeString(expectedJson, json, StandardCharsets.UTF_8);
            Files.writeString(expectedDiagnostics, actualDiagnostics, StandardCharsets.UTF_8);
        }
        assertThat(json).as("%s.json", name).isEqualTo(Files.readString(expectedJson, StandardCharsets.UTF_8));
        assertThat(actualDiagnostics)
                .as("%s.diagnostics.txt", name)
                .isEqualTo(Files.readString(expectedDiagnostics, StandardCharsets.UTF_8));
        assertThat(FolderJson.missingWords(new String(input, StandardCharsets.UTF_8), document))
                .as("words of %s missing from its model", md)
                .isEmpty();
    }
}
