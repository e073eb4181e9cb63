package dev.featurespec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.featurespec.cli.Cli.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code convert --to markdown --base ORIGINAL.md}: an edited spec written onto its original file. */
class ConvertBaseTest {
    private static final Path CRLF = Path.of("testdata", "good", "crlf.md");
    private static final Path BOM = Path.of("testdata", "good", "bom.md");

    @TempDir
    Path dir;

    private Path json(Path md) throws IOException {
        Run run = Cli.run("convert", "--to", "json", md.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        return Files.writeString(dir.resolve("spec.json"), run.out());
    }

    @Test
    void anUneditedSpecComesBackByteForByte() throws IOException {
        for (Path md : new Path[] {CRLF, BOM}) {
            Path out = dir.resolve("out.md");
            Run run = Cli.run(
                    "convert", "--to", "markdown", "--base", md.toString(), json(md).toString(), "-o", out.toString());

            assertThat(run.exit()).as(run.err()).isZero();
            assertThat(Files.readAllBytes(out)).as(md.toString()).isEqualTo(Files.readAllBytes(md));
        }
    }

    @Test
    void anEditChangesOnlyItsOwnLineAndKeepsTheLineEndings() throws IOException {
        String json = Files.readString(json(CRLF))
                .replace("System MUST keep a list of shelves.", "System MUST keep a sorted list of shelves.");
        Path edited = Files.writeString(dir.resolve("edited.json"), json);

        Run run = Cli.run("convert", "--to", "markdown", "--base", CRLF.toString(), edited.toString());

        String original = Files.readString(CRLF, StandardCharsets.UTF_8);
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out())
                .isEqualTo(original.replace(
                        "System MUST keep a list of shelves.", "System MUST keep a sorted list of shelves."));
        assertThat(run.out()).contains("of shelves.\r\n");
    }

    @Test
    void readsTheEditedSpecFromStandardInput() throws IOException {
        String json = Files.readString(json(CRLF)).replace("\"Kettle timer\"", "\"Kettle timer v2\"");

        Run run =
                Cli.runWithStdin(json, "convert", "--from", "json", "--to", "markdown", "--base", CRLF.toString(), "-");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("# Feature Specification: Kettle timer v2\r\n");
    }

    @Test
    void removingTheOnlyElementWrittenWithAnAuthorsWordTakesTheWordWithIt() throws IOException {
        // lang-pt names its branch **Feature Branch** (presentation.words), the Portuguese template another
        Path pt = Path.of("testdata", "good", "lang-pt.md");
        String json = Files.readString(json(pt)).replace("\"featureBranch\": \"009-kettle\",", "");
        assertThat(json).contains("\"metadata.featureBranch\": \"Feature Branch\"");
        Path edited = Files.writeString(dir.resolve("edited.json"), json);

        Run run = Cli.run("convert", "--to", "markdown", "--base", pt.toString(), edited.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out())
                .isEqualTo(Files.readString(pt, StandardCharsets.UTF_8)
                        .replace("**Feature Branch**: `009-kettle`  \n", ""));
    }

    @Test
    void aResultThatWouldNotReadBackIsNeverWritten() throws IOException {
        // a title ending in spaces: a heading's text never does, so no Markdown reads back as this spec
        String json = Files.readString(json(CRLF)).replace("\"Kettle timer\"", "\"Kettle timer  \"");
        Path edited = Files.writeString(dir.resolve("edited.json"), json);
        Path out = dir.resolve("out.md");

        Run run = Cli.run(
                "convert", "--to", "markdown", "--base", CRLF.toString(), edited.toString(), "-o", out.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).contains("would not read back as the edited spec");
        assertThat(out).doesNotExist();
    }

    @Test
    void baseNeedsMarkdownOutput() throws IOException {
        Run run = Cli.run(
                "convert", "--to", "yaml", "--base", CRLF.toString(), json(CRLF).toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--base needs --to markdown");
    }
}
