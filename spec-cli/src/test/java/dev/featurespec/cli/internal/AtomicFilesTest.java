package dev.featurespec.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void replacesContentAndKeepsPermissions() throws IOException {
        Path file = dir.resolve("spec.md");
        Files.writeString(file, "old\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-x---"));
        AtomicFiles.write(file, "new\n");
        assertThat(file).hasContent("new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rwxr-x---");
    }

    @Test
    void failureLeavesTheOriginalAndNoTemporaryFile() throws IOException {
        Path file = dir.resolve("spec.md");
        Files.writeString(file, "original\n");
        assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
                    out.write("half of the new con");
                    throw new IOException("disk full");
                }))
                .isInstanceOf(IOException.class)
                .hasMessage("disk full");
        assertThat(file).hasContent("original");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void newFileGetsTheUmaskPermissionsLikeAnyNewFile() throws IOException {
        Path reference = dir.resolve("reference");
        Files.newOutputStream(reference).close();
        Path file = dir.resolve("out.json");
        AtomicFiles.write(file, "{}\n");
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(Files.getPosixFilePermissions(reference));
    }

    @Test
    void temporaryNamesStayWithinTheFileNameLimit() {
        assertThat(AtomicFiles.shorten("spec.md", 20)).isEqualTo("spec.md");
        assertThat(AtomicFiles.shorten("a".repeat(300), AtomicFiles.NAME_MAX)).hasSize(255);
        // whole code points only: "é" is two bytes, the emoji four
        assertThat(AtomicFiles.shorten("éé", 3)).isEqualTo("é");
        assertThat(AtomicFiles.shorten("a\uD83C\uDFAF", 4)).isEqualTo("a");
    }

    @Test
    void followLinksStopsAtALoop() throws IOException {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        Files.createSymbolicLink(a, b);
        Files.createSymbolicLink(b, a);
        assertThatThrownBy(() -> AtomicFiles.write(a, "x")).isInstanceOf(java.nio.file.FileSystemException.class);
        assertThat(Files.isSymbolicLink(a)).isTrue();
        assertThat(Files.isSymbolicLink(b)).isTrue();
    }
}
