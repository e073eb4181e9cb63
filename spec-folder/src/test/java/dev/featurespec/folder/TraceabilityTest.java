package dev.featurespec.folder;

import static org.assertj.core.api.Assertions.assertThat;

import dev.featurespec.folder.internal.ReadinessCheck;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TraceabilityTest {
    @Test
    void aStatusIsReadyWhenItStartsWithAReadyWord() {
        List<String> words = Traceability.DEFAULT_READY_STATUSES;
        assertThat(ReadinessCheck.isReady("Ready for Planning", words)).isTrue();
        assertThat(ReadinessCheck.isReady("approved", words)).isTrue();
        assertThat(ReadinessCheck.isReady("Implementado (Fase 1)", words)).isTrue();
        assertThat(ReadinessCheck.isReady("已完成", words)).isTrue();
        assertThat(ReadinessCheck.isReady("Draft", words)).isFalse();
        assertThat(ReadinessCheck.isReady("Not ready", words)).isFalse();
        assertThat(ReadinessCheck.isReady("Readying", words)).isFalse();
    }

    @Test
    void readyWordsCanBeConfigured() throws IOException {
        Path dir = Path.of("..", "testdata", "analyze", "ready-open-items");
        FeatureFolder folder = FeatureFolder.read(dir);
        assertThat(Traceability.create().analyze(folder).findings())
                .extracting(f -> f.rule().id())
                .containsOnly("FS207");
        Analysis strictWords = Traceability.builder()
                .readyStatuses(List.of("Approved"))
                .build()
                .analyze(folder);
        assertThat(strictWords.findings()).isEmpty();
    }

    @Test
    void aFindingNamesItsFileAndLine() throws IOException {
        Path dir = Path.of("..", "testdata", "analyze", "dangling");
        Finding first = Traceability.create()
                .analyze(FeatureFolder.read(dir))
                .findings()
                .get(0);
        assertThat(first.toString())
                .isEqualTo(dir.resolve("tasks.md") + ":6:1: error: T002 cites US3, which the spec does not declare"
                        + " (its stories are US1, US2) [FS201]");
        assertThat(first.diagnostic().pointer()).isEqualTo("/phases/0/tasks/1");
    }

    @Test
    void anUnreadableSpecGivesOnlyItsReadingErrors(@TempDir Path dir) throws IOException {
        Files.write(dir.resolve("spec.md"), new byte[] {'#', ' ', (byte) 0xFF, '\n'});
        Files.writeString(
                dir.resolve("tasks.md"), "# Tasks: X\n\n- [ ] T001 [US9] Do it (FR-404)\n", StandardCharsets.UTF_8);
        Analysis analysis = Traceability.create().analyze(FeatureFolder.read(dir));
        assertThat(analysis.findings()).extracting(f -> f.rule().id()).containsExactly("FS051");
        assertThat(analysis.coverage()).isEmpty();
        assertThat(analysis.hasErrors()).isTrue();
    }
}
