package dev.featurespec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.featurespec.folder.Analysis;
import dev.featurespec.folder.Coverage;
import dev.featurespec.folder.FeatureFolder;
import dev.featurespec.folder.Traceability;
import dev.featurespec.model.tasks.Task;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README's feature-folder example, compiled and run, and its {@code analyze} output, which must be
 * what the command prints for {@code examples/speckit-format} today.
 */
class ReadmeAnalyzeTest {
    @Test
    void analyzeAFeatureFolder() throws IOException {
        // README: analyze-folder
        FeatureFolder folder = FeatureFolder.read(Path.of("examples/speckit-format"));
        List<Task> tasks = folder.tasks().orElseThrow().document().tasks();
        long done = tasks.stream().filter(Task::done).count();
        System.out.println(tasks.size() + " tasks, " + done + " done");
        Analysis analysis = Traceability.create().analyze(folder);
        analysis.findings().forEach(System.out::println); // "…/tasks.md:36:1: error: T006 cites FR-006, … [FS202]"
        analysis.coverage().stream()
                .filter(c -> c.status() != Coverage.Status.COVERED)
                .forEach(c -> System.out.println(c.id() + " " + c.status().label())); // "FR-005 uncovered", …

        assertThat(tasks).hasSize(6);
        assertThat(analysis.findings()).hasSize(6);
        assertThat(analysis.coverage())
                .filteredOn(c -> c.status() != Coverage.Status.COVERED)
                .extracting(Coverage::id)
                .containsExactly("FR-005", "SC-001", "SC-002", "FR-006");
    }

    @Test
    void readmeShowsTheExampleAndTheRealOutput() throws IOException {
        String readme = Files.readString(ReadmeExampleTest.README);
        assertThat(readme)
                .contains(ReadmeExampleTest.snippet(
                        Path.of("spec-cli/src/test/java/dev/featurespec/cli/ReadmeAnalyzeTest.java"),
                        "analyze-folder"));
        Cli.Run run = Cli.run("analyze", "examples/speckit-format");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(readme).contains("```text\n" + run.out() + "```");
        assertThat(Files.readString(Path.of("docs/cli.md"))).contains("```text\n" + run.out() + "```");
    }
}
