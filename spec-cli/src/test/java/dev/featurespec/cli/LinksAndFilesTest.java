package dev.featurespec.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.featurespec.cli.Cli.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files featurespec replaces or creates, with real symbolic links in a temporary folder: {@code fmt
 * --write} writes through a link to its target and keeps the link (as {@code sed -i --follow-symlinks}
 * does), a folder walk follows no link, and replaced files keep their permissions, owner and group and
 * may have names as long as the file system allows.
 */
class LinksAndFilesTest {
    @TempDir
    Path dir;

    private String messy;
    private String canonical;

    @BeforeEach
    void texts() throws IOException {
        messy = Files.readString(Path.of("examples/with-mistakes/spec.md"));
        Path probe = Files.writeString(dir.resolve("probe.md"), messy);
        canonical = Cli.run("fmt", probe.toString()).out();
        Files.delete(probe);
        assertThat(canonical).isNotEqualTo(messy);
    }

    @Test
    void fmtWriteThroughALinkFormatsTheTargetAndKeepsTheLink() throws IOException {
        Path target =
                Files.writeString(Files.createDirectories(dir.resolve("real")).resolve("spec.md"), messy);
        Path link = Files.createSymbolicLink(dir.resolve("spec.md"), Path.of("real/spec.md"));

        Run run = Cli.run("fmt", "--write", link.toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEqualTo(link + "\n");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readSymbolicLink(link)).isEqualTo(Path.of("real/spec.md"));
        assertThat(Files.readString(target)).isEqualTo(canonical);
        try (Stream<Path> files = Files.list(target.getParent())) {
            assertThat(files).containsExactly(target); // no temporary file left behind
        }
    }

    @Test
    void fmtWriteFollowsAChainOfLinks() throws IOException {
        Path target = Files.writeString(dir.resolve("target.md"), messy);
        Path middle = Files.createSymbolicLink(dir.resolve("middle.md"), target);
        Path first = Files.createSymbolicLink(dir.resolve("first.md"), Path.of("middle.md"));

        Run run = Cli.run("fmt", "--write", first.toString());

        assertThat(run.exit()).isZero();
        assertThat(Files.isSymbolicLink(first)).isTrue();
        assertThat(Files.isSymbolicLink(middle)).isTrue();
        assertThat(Files.readString(target)).isEqualTo(canonical);
    }

    @Test
    void convertOutputThroughALinkWritesTheTarget() throws IOException {
        Path target = Files.writeString(dir.resolve("out-target.json"), "old\n");
        Path link = Files.createSymbolicLink(dir.resolve("out.json"), target);

        Run run = Cli.run("convert", "--to", "json", "-o", link.toString(), "examples/seed-format/spec.md");

        assertThat(run.exit()).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(target)).startsWith("{\n  \"formatVersion\": 1,");
    }

    @Test
    void convertIntoANamedPipeWritesIntoItAndLeavesItAPipe() throws Exception {
        Path fifo = dir.resolve("out.fifo");
        assumeTrue(InputLimitTest.mkfifo(fifo), "mkfifo is available");
        StringBuilder received = new StringBuilder();
        Thread reader = new Thread(() -> {
            try {
                received.append(Files.readString(fifo));
            } catch (IOException e) {
                received.append("failed: ").append(e);
            }
        });
        reader.start();

        Run run = Cli.run("convert", "--to", "yaml", "-o", fifo.toString(), "examples/seed-format/spec.md");
        reader.join(TimeUnit.SECONDS.toMillis(30));

        assertThat(run.exit()).isZero();
        assertThat(received.toString()).startsWith("formatVersion: 1\n");
        assertThat(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertThat(Files.exists(fifo, LinkOption.NOFOLLOW_LINKS)).isTrue();
    }

    @Test
    void convertOutputToAFolderIsOneLine() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("out"));

        Run run = Cli.run("convert", "--to", "json", "-o", folder.toString(), "examples/seed-format/spec.md");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("featurespec: " + folder + ": cannot write: is a folder\n");
    }

    @Test
    void aFolderWalkFollowsNoLink() throws IOException {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Path secret = Files.writeString(outside.resolve("spec.md"), messy);
        Path tree = Files.createDirectories(dir.resolve("tree"));
        Path own = Files.writeString(Files.createDirectories(tree.resolve("a")).resolve("spec.md"), messy);
        Files.createSymbolicLink(Files.createDirectories(tree.resolve("b")).resolve("spec.md"), secret);
        Files.createSymbolicLink(tree.resolve("c"), outside);
        Files.createSymbolicLink(tree.resolve("loop"), tree);

        Run check = Cli.run("fmt", "--check", tree.toString());
        Run write = Cli.run("fmt", "--write", tree.toString());

        assertThat(check.out()).isEqualTo(own + "\n");
        assertThat(write.out()).isEqualTo(own + "\n");
        assertThat(Files.readString(secret)).isEqualTo(messy);
        assertThat(Files.readString(own)).isEqualTo(canonical);
    }

    @Test
    void aFolderNamedThroughALinkIsWalked() throws IOException {
        Path real = Files.createDirectories(dir.resolve("real/001"));
        Files.writeString(real.resolve("spec.md"), messy);
        Path link = Files.createSymbolicLink(dir.resolve("specs"), dir.resolve("real"));

        Run run = Cli.run("fmt", "--check", link.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEqualTo(link.resolve("001/spec.md") + "\n");
    }

    @Test
    void fmtWriteKeepsOwnerAndGroupWhereItMay() throws IOException {
        Path file = Files.writeString(dir.resolve("spec.md"), messy);
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        assumeTrue(view != null, "POSIX file attributes");
        UserPrincipalLookupService users = file.getFileSystem().getUserPrincipalLookupService();
        UserPrincipal nobody;
        GroupPrincipal group;
        try {
            nobody = users.lookupPrincipalByName("nobody");
            group = view.readAttributes().group();
            view.setOwner(nobody); // only root may give a file away
        } catch (IOException e) {
            assumeTrue(false, "the test runs as root and user 'nobody' exists: " + e);
            return;
        }

        Run run = Cli.run("fmt", "--write", file.toString());

        assertThat(run.exit()).isZero();
        assertThat(Files.readString(file)).isEqualTo(canonical);
        assertThat(Files.getOwner(file)).isEqualTo(nobody);
        assertThat(view.readAttributes().group()).isEqualTo(group);
    }

    @Test
    void fmtWriteKeepsUnusualPermissions() throws IOException {
        Path file = Files.writeString(dir.resolve("spec.md"), messy);
        assumeTrue(Files.getFileAttributeView(file, PosixFileAttributeView.class) != null, "POSIX");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));

        Cli.run("fmt", "--write", file.toString());

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-r-----");
    }

    @Test
    void aNewFileGetsThePermissionsTheUmaskGives() throws IOException {
        Path reference = dir.resolve("reference.json");
        Files.newOutputStream(reference).close(); // created as the shell would: 0666 less the umask
        assumeTrue(Files.getFileAttributeView(reference, PosixFileAttributeView.class) != null, "POSIX");
        Path out = dir.resolve("out.json");

        Cli.run("convert", "--to", "json", "-o", out.toString(), "examples/seed-format/spec.md");

        assertThat(Files.getPosixFilePermissions(out)).isEqualTo(Files.getPosixFilePermissions(reference));
    }

    @Test
    void aFileWithTheLongestNameCanBeReplaced() throws IOException {
        // 255 bytes, the usual NAME_MAX: 126 two-byte characters and ".md"
        String name = "é".repeat(126) + ".md";
        assertThat(name.getBytes(StandardCharsets.UTF_8)).hasSize(255);
        Path file = Files.writeString(dir.resolve(name), messy);

        Run run = Cli.run("fmt", "--write", file.toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isZero();
        assertThat(Files.readString(file)).isEqualTo(canonical);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }
}
