package dev.featurespec.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecFilesTest {
    @TempDir
    Path dir;

    @Test
    void folderGivesEverySpecMdBelowItSorted() throws IOException {
        for (String p : List.of("b/spec.md", "a/2/spec.md", "a/1/spec.md", "a/notes.md", "c/SPEC.md.bak")) {
            Path f = dir.resolve(p);
            Files.createDirectories(f.getParent());
            Files.writeString(f, "# x\n");
        }
        assertThat(SpecFiles.discover(List.of(dir)))
                .containsExactly(dir.resolve("a/1/spec.md"), dir.resolve("a/2/spec.md"), dir.resolve("b/spec.md"));
    }

    @Test
    void fileIsTakenWhateverItsNameAndOnlyOnce() throws IOException {
        Path f = Files.writeString(dir.resolve("draft.markdown"), "# x\n");
        assertThat(SpecFiles.discover(List.of(f, f))).containsExactly(f);
    }

    @Test
    void byteOrderMarkIsDropped() throws IOException {
        Path f = dir.resolve("spec.md");
        Files.write(f, "\uFEFF# Title\n".getBytes(StandardCharsets.UTF_8));
        assertThat(SpecFiles.read(f).text()).isEqualTo("# Title\n");
    }

    @Test
    void formatComesFromTheExtension() {
        assertThat(SpecFormat.of(Path.of("a/spec.json"))).isEqualTo(SpecFormat.JSON);
        assertThat(SpecFormat.of(Path.of("a/spec.YML"))).isEqualTo(SpecFormat.YAML);
        assertThat(SpecFormat.of(Path.of("a/spec.yaml"))).isEqualTo(SpecFormat.YAML);
        assertThat(SpecFormat.of(Path.of("a/spec.txt"))).isEqualTo(SpecFormat.MARKDOWN);
    }
}
