package dev.featurespec.folder;

import static org.assertj.core.api.Assertions.assertThat;

import dev.featurespec.model.diagnostic.SourceRange;
import dev.featurespec.testkit.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@code analyze} over all 42 corpus feature folders in one process, with one {@link Traceability}: every
 * folder is read and analysed; every finding names a file of its folder and a position inside that file;
 * findings come sorted; every story, requirement and criterion the spec declares has exactly one coverage
 * entry; a second run gives the same result. Three folders' findings are pinned by {@link
 * AnalysisGoldenTest}. Skips when the corpus is absent.
 */
class CorpusAnalysisTest {
    @Test
    void allCorpusFoldersAnalyseConsistently() throws IOException {
        List<Path> dirs = Corpus.foldersOrSkip();
        assertThat(dirs).hasSize(42);
        Traceability traceability = Traceability.create();
        List<String> first = new ArrayList<>();
        for (Path dir : dirs) {
            FeatureFolder folder = FeatureFolder.read(dir);
            Analysis analysis = traceability.analyze(folder);
            first.add(AnalysisText.of(analysis));
            assertThat(analysis.findings()).isSortedAccordingTo(Finding.BY_PATH_AND_POSITION);
            Map<Path, Integer> lines = new HashMap<>();
            lines.put(folder.spec().path(), folder.spec().text().split("\n", -1).length);
            folder.tasks().ifPresent(t -> lines.put(t.path(), t.text().split("\n", -1).length));
            folder.checklists().forEach(c -> lines.put(c.path(), c.text().split("\n", -1).length));
            for (Finding f : analysis.findings()) {
                assertThat(lines).as("file of %s", f).containsKey(f.path());
                SourceRange range = f.range().orElseThrow(() -> new AssertionError("no position: " + f));
                assertThat(range.start().line()).as("line of %s", f).isBetween(1, lines.get(f.path()));
            }
            Set<String> ids = new HashSet<>();
            for (Coverage c : analysis.coverage()) {
                assertThat(ids.add(c.kind() + c.id()))
                        .as("coverage of %s in %s", c.id(), dir)
                        .isTrue();
            }
            long declared = analysis.coverage().stream()
                    .filter(c -> c.status() != Coverage.Status.ORPHANED)
                    .count();
            var spec = folder.spec().document();
            long expected = spec.userStories().size()
                    + spec.functionalRequirements().stream()
                            .filter(r -> r.id().isPresent())
                            .map(r -> r.id().get())
                            .distinct()
                            .count()
                    + spec.successCriteria().stream()
                            .filter(c -> c.id().isPresent())
                            .map(c -> c.id().get())
                            .distinct()
                            .count();
            assertThat(declared).as("declared entries of %s", dir).isEqualTo(expected);
            assertThat(Files.isRegularFile(dir.resolve("tasks.md")))
                    .isEqualTo(folder.tasks().isPresent());
        }
        List<String> second = new ArrayList<>();
        for (Path dir : dirs) {
            second.add(AnalysisText.of(traceability.analyze(FeatureFolder.read(dir))));
        }
        assertThat(second).as("a second run").isEqualTo(first);
    }
}
