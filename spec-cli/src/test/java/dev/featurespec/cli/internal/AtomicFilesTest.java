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
    void newFileIsReadableByOthers() throws IOException {
        Path file = dir.resolve("out.json");
        AtomicFiles.write(file, "{}\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-r--r--");
    }
}
