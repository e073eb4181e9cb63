package dev.featurespec.folder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeatureFolderTest {
    private static final Path CLEAN = Path.of("..", "testdata", "analyze", "clean");

    @Test
    void readsSpecTasksChecklistsAndPlan() throws IOException {
        FeatureFolder folder = FeatureFolder.read(CLEAN);
        assertThat(folder.spec().document().title()).isEqualTo("Team Invitations");
        assertThat(folder.tasks().orElseThrow().document().tasks()).hasSize(4);
        assertThat(folder.checklists()).hasSize(1);
        assertThat(folder.checklists().get(0).document().items()).hasSize(3);
        assertThat(folder.plan().orElseThrow().document()).startsWith("# Implementation Plan: Team Invitations");
    }

    @Test
    void aFolderWithoutSpecIsRefused(@TempDir Path dir) {
        assertThatThrownBy(() -> FeatureFolder.read(dir))
                .isInstanceOf(NoSuchFileException.class)
                .hasMessageContaining("spec.md");
    }

    @Test
    void onlySpecIsRequiredAndChecklistsAreReadInNameOrder(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("spec.md"), "# Feature Specification: X\n", StandardCharsets.UTF_8);
        Files.createDirectories(dir.resolve("checklists"));
        Files.writeString(dir.resolve("checklists/ux.md"), "# UX\n\n- [ ] A\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("checklists/api.md"), "# API\n\n- [x] B\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("checklists/notes.txt"), "not a checklist", StandardCharsets.UTF_8);
        FeatureFolder folder = FeatureFolder.read(dir);
        assertThat(folder.tasks()).isEmpty();
        assertThat(folder.plan()).isEmpty();
        assertThat(folder.checklists())
                .extracting(c -> c.path().getFileName().toString())
                .containsExactly("api.md", "ux.md");
        Analysis analysis = Traceability.create().analyze(folder);
        assertThat(analysis.findings()).isEmpty();
        assertThat(analysis.coverage()).isEmpty();
    }

    @Test
    void findGivesTheFolderItselfOrEveryFeatureFolderBelow(@TempDir Path root) throws IOException {
        for (String name : List.of("specs/002-b", "specs/001-a", "specs/001-a/nested", "other")) {
            Files.createDirectories(root.resolve(name));
        }
        Files.writeString(root.resolve("specs/001-a/spec.md"), "# A\n", StandardCharsets.UTF_8);
        Files.writeString(root.resolve("specs/002-b/spec.md"), "# B\n", StandardCharsets.UTF_8);
        Files.writeString(root.resolve("specs/001-a/nested/spec.md"), "# C\n", StandardCharsets.UTF_8);
        assertThat(FeatureFolder.find(root))
                .containsExactly(
                        root.resolve("specs/001-a"), root.resolve("specs/001-a/nested"), root.resolve("specs/002-b"));
        assertThat(FeatureFolder.find(root.resolve("specs/002-b"))).containsExactly(root.resolve("specs/002-b"));
        assertThat(FeatureFolder.find(root.resolve("other"))).isEmpty();
    }

    @Test
    void anUnreadableTaskListIsReportedNotThrown(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("spec.md"), "# Feature Specification: X\n", StandardCharsets.UTF_8);
        Files.write(
                dir.resolve("tasks.md"),
                new byte[] {'#', ' ', 'T', '\n', '-', ' ', '[', ' ', ']', ' ', (byte) 0xC3, '\n'});
        Analysis analysis = Traceability.create().analyze(FeatureFolder.read(dir));
        assertThat(analysis.findings()).extracting(f -> f.rule().id()).contains("FS051");
    }
}
