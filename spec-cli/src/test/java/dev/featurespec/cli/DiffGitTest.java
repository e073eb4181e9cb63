package dev.featurespec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.featurespec.cli.Cli.Run;
import dev.featurespec.testkit.SchemaAssert;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code featurespec diff --git REV} in a git repository each test creates: the command runs as its own
 * process (it works in its current folder, as a user runs it), with git from the PATH. Skipped when git
 * is not installed.
 */
class DiffGitTest {
    static final String SHARE = """
            # Feature Specification: Share

            ## Requirements *(mandatory)*

            ### Functional Requirements

            - **FR-001**: System MUST share reports by link.
            """;

    static final String PRINT = """
            # Feature Specification: Print

            ## Requirements *(mandatory)*

            ### Functional Requirements

            - **FR-001**: System SHOULD print reports.
            """;

    @TempDir
    Path repo;

    @BeforeAll
    static void gitIsInstalled() {
        boolean installed;
        try {
            installed = new ProcessBuilder("git", "--version").start().waitFor() == 0;
        } catch (IOException e) {
            installed = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            installed = false;
        }
        Assumptions.assumeTrue(installed, "git is not installed; skipping");
    }

    @BeforeEach
    void history() throws IOException {
        git("init", "-q");
        write("specs/001-export/spec.md", DiffCommandTest.OLD);
        write("specs/002-share/spec.md", SHARE);
        write("notes.md", "not a spec");
        write(".gitignore", "build/\n");
        git("add", "-A");
        git("commit", "-q", "-m", "specs");
        // the working tree: 001 edited, 002 deleted, 003 new and untracked, an ignored copy in build/
        write("specs/001-export/spec.md", DiffCommandTest.NEW);
        Files.delete(repo.resolve("specs/002-share/spec.md"));
        write("specs/003-print/spec.md", PRINT);
        write("build/spec.md", PRINT);
    }

    private void write(String path, String content) throws IOException {
        Path file = repo.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private void git(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                "git", "-c", "user.name=Test", "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command)
                .directory(repo.toFile())
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            assertThat(p.waitFor())
                    .as("git %s: %s", String.join(" ", args), out)
                    .isZero();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** Runs {@code featurespec args…} as a process in {@code dir}, with extra JVM system properties. */
    private Run featurespec(Path dir, Map<String, String> properties, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        properties.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), FeatureSpecCommand.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        // git must not find a repository above the test's repository (the system's temporary folder)
        pb.environment().put("GIT_CEILING_DIRECTORIES", repo.getParent().toString());
        Path out = Files.createTempFile("featurespec", ".out");
        Path err = Files.createTempFile("featurespec", ".err");
        try {
            Process p =
                    pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("featurespec " + String.join(" ", args) + " did not finish");
            }
            return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    @Test
    void comparesEverySpecAtTheRevisionWithTheWorkingTree() throws IOException {
        Run run = featurespec(repo, Map.of(), "diff", "--git", "HEAD");
        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out())
                .isEqualTo("specs/001-export/spec.md:5: changed metadata status \"Draft\" → \"Approved\"\n"
                        + "specs/001-export/spec.md:9: removed story 1 \"Export a report\" [breaking]\n"
                        + "specs/001-export/spec.md:9: moved story 1 (was story 2, priority P2 → P1) \"Share a report\" [promoted]\n"
                        + "specs/001-export/spec.md:17: changed FR-001 (text, level SHOULD → MUST) \"System MUST export CSV.\" [stricter]\n"
                        + "specs/001-export/spec.md:18: changed FR-002 (text) \"System MUST name the file after the report title.\" [clarified]\n"
                        + "specs/001-export/spec.md:21: added FR-004 \"System MUST NOT email exports.\" [stricter]\n"
                        + "specs/002-share/spec.md: deleted spec \"Share\" (1 requirement) [looser]\n"
                        + "specs/003-print/spec.md: new spec \"Print\" (1 requirement)\n"
                        + "3 specs: 10 changes (1 breaking, 2 stricter, 1 looser, 1 promoted, 1 clarified)\n");
    }

    @Test
    void pathsNarrowTheComparisonAndPrintRelativeToTheCurrentFolder() throws IOException {
        Run run = featurespec(repo.resolve("specs"), Map.of(), "diff", "--git", "HEAD", "003-print", "002-share");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out())
                .isEqualTo("002-share/spec.md: deleted spec \"Share\" (1 requirement) [looser]\n"
                        + "003-print/spec.md: new spec \"Print\" (1 requirement)\n"
                        + "2 specs: 4 changes (1 looser)\n");
        assertThat(run.out()).doesNotContain("001-export");
    }

    @Test
    void anUnchangedTreeHasNoChange() throws IOException {
        git("add", "-A");
        git("commit", "-q", "-m", "edits");
        Run run = featurespec(repo, Map.of(), "diff", "--git", "HEAD");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEqualTo("2 specs: no semantic change\n");
        Run before =
                featurespec(repo, Map.of(), "diff", "--git", "HEAD~1", "--fail-on", "breaking", "--format", "json");
        assertThat(before.exit()).isEqualTo(1);
        SchemaAssert.assertValidJson(DiffCommandTest.DIFF_SCHEMA, before.out());
        JsonNode specs = JsonMapper.builder().build().readTree(before.out()).get("specs");
        assertThat(specs.toString())
                .isEqualTo("[{\"path\":\"specs/001-export/spec.md\",\"oldPath\":\"specs/001-export/spec.md\","
                        + "\"status\":\"modified\",\"changes\":6},"
                        + "{\"path\":\"specs/002-share/spec.md\",\"oldPath\":\"specs/002-share/spec.md\","
                        + "\"status\":\"deleted\",\"changes\":2},"
                        + "{\"path\":\"specs/003-print/spec.md\",\"status\":\"added\",\"changes\":2}]");
    }

    @Test
    void anUnknownRevisionIsOneLineAndExit2() throws IOException {
        Run run = featurespec(repo, Map.of(), "diff", "--git", "no-such-branch");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("featurespec: unknown revision 'no-such-branch'\n");
    }

    @Test
    void outsideARepositoryIsOneLineAndExit2() throws IOException {
        Path plain = Files.createDirectories(repo.resolve("..").resolve(repo.getFileName() + "-plain"));
        try {
            Run run = featurespec(plain, Map.of(), "diff", "--git", "HEAD");
            assertThat(run.exit()).isEqualTo(2);
            assertThat(run.err())
                    .isEqualTo("featurespec: not inside a git repository (diff --git compares the working tree with a "
                            + "revision)\n");
        } finally {
            Files.delete(plain);
        }
    }

    @Test
    void withoutGitIsOneLineAndExit2() throws IOException {
        Run run = featurespec(repo, Map.of("featurespec.git", "/no/such/git"), "diff", "--git", "HEAD");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err())
                .isEqualTo("featurespec: cannot run git (/no/such/git): is it installed and on the PATH?\n");
    }
}
