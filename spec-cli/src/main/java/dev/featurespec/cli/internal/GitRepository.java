package dev.featurespec.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The git working tree {@code diff --git} compares with a revision, through the {@code git} command
 * (found on the PATH; the {@code featurespec.git} system property may name another executable). Every
 * failure is a {@link CliException} with one clear line: git missing, not a repository, an unknown
 * revision.
 */
final class GitRepository {
    /** The system property naming the git executable; {@code git} when unset. */
    static final String GIT_PROPERTY = "featurespec.git";

    private final String git;
    private final Path top;

    private GitRepository(String git, Path top) {
        this.git = git;
        this.top = top;
    }

    /** The repository whose working tree holds {@code dir}. */
    static GitRepository at(Path dir) {
        String git = System.getProperty(GIT_PROPERTY, "git");
        Result r = run(git, dir, List.of("rev-parse", "--show-toplevel"));
        if (r.exit != 0) {
            throw new CliException(
                    "not inside a git repository (diff --git compares the working tree with a revision)");
        }
        String top = new String(r.out, StandardCharsets.UTF_8).strip();
        return new GitRepository(git, Path.of(top));
    }

    /** The top folder of the working tree. */
    Path top() {
        return top;
    }

    /**
     * Checks that {@code rev} names a commit.
     *
     * @throws CliException when it does not
     */
    void verify(String rev) {
        if (rev.startsWith("-") || run(List.of("rev-parse", "--verify", "--quiet", rev + "^{commit}")).exit != 0) {
            throw new CliException("unknown revision '" + rev + "'");
        }
    }

    /** The files at {@code rev} below {@code pathspecs} (repository-relative; all files when none). */
    List<String> filesAt(String rev, List<String> pathspecs) {
        List<String> args = new ArrayList<>(List.of("ls-tree", "-r", "-z", "--name-only", "--full-tree", rev, "--"));
        args.addAll(pathspecs);
        return names(checked(args));
    }

    /** The working tree's files below {@code pathspecs}: tracked ones and untracked ones git does not ignore. */
    List<String> workingFiles(List<String> pathspecs) {
        List<String> args = new ArrayList<>(
                List.of("ls-files", "-z", "--full-name", "--cached", "--others", "--exclude-standard", "--"));
        args.addAll(pathspecs);
        return names(checked(args));
    }

    /** The content of {@code path} (repository-relative) at {@code rev}. */
    byte[] show(String rev, String path) {
        return checked(List.of("show", rev + ":" + path)).out;
    }

    private static List<String> names(Result r) {
        List<String> names = new ArrayList<>();
        for (String name : new String(r.out, StandardCharsets.UTF_8).split("\0")) {
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return names;
    }

    private record Result(int exit, byte[] out, String err) {}

    private Result checked(List<String> args) {
        Result r = run(args);
        if (r.exit != 0) {
            String reason = r.err.strip().lines().findFirst().orElse("exit code " + r.exit);
            throw new CliException("git " + args.get(0) + " failed: " + reason);
        }
        return r;
    }

    private Result run(List<String> args) {
        return run(git, top, args);
    }

    private static Result run(String git, Path dir, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(git);
        command.addAll(args);
        Process p;
        try {
            p = new ProcessBuilder(command).directory(dir.toFile()).start();
        } catch (IOException e) {
            throw new CliException("cannot run git (" + git + "): is it installed and on the PATH?", e);
        }
        try {
            p.getOutputStream().close();
            CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
            byte[] out = readAll(p.getInputStream());
            int exit = p.waitFor();
            return new Result(exit, out, new String(err.join(), StandardCharsets.UTF_8));
        } catch (IOException | UncheckedIOException e) {
            throw new CliException("git " + args.get(0) + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliException("interrupted while running git", e);
        }
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
