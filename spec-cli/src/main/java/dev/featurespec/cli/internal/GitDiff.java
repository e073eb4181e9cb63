package dev.featurespec.cli.internal;

import dev.featurespec.diff.SpecDiff;
import dev.featurespec.model.diagnostic.SourceMap;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code diff --git REV [PATH…]}: every {@code spec.md} at {@code REV} (read with {@code git show})
 * compared with the same path in the working tree, specs only at {@code REV} as deleted and specs only in
 * the working tree (tracked, or untracked and not ignored) as new. A PATH narrows the comparison to a
 * file or folder; a file named explicitly is compared whatever its name.
 */
final class GitDiff {
    private GitDiff() {}

    /**
     * Adds the comparisons to {@code compared}.
     *
     * @return true when some spec could not be read (reported on {@code err}), so the exit code is 2
     */
    static boolean compare(
            String rev, List<String> paths, DiffCommand command, List<ComparedSpec> compared, PrintWriter err) {
        Path cwd = Path.of("").toAbsolutePath();
        GitRepository repo = GitRepository.at(cwd);
        repo.verify(rev);
        Path top = real(repo.top());
        Path here = real(cwd);
        List<String> pathspecs = new ArrayList<>();
        Set<String> named = new TreeSet<>();
        for (String p : paths) {
            String relative =
                    top.relativize(here.resolve(p).normalize()).toString().replace('\\', '/');
            if (relative.startsWith("..")) {
                throw new CliException(p + ": outside the repository " + SpecFiles.display(top));
            }
            pathspecs.add(":(literal)" + (relative.isEmpty() ? "." : relative));
            named.add(relative);
        }
        Set<String> old = specs(repo.filesAt(rev, pathspecs), named);
        Set<String> now = new TreeSet<>();
        for (String f : specs(repo.workingFiles(pathspecs), named)) {
            if (Files.isRegularFile(top.resolve(f))) {
                now.add(f); // a tracked file deleted from the working tree is not there
            }
        }
        Set<String> all = new TreeSet<>(old);
        all.addAll(now);
        boolean trouble = false;
        for (String file : all) {
            String shown = SpecFiles.display(here.relativize(top.resolve(file)));
            try {
                Optional<SourceFile> before =
                        old.contains(file) ? Optional.of(source(shown, file, repo.show(rev, file))) : Optional.empty();
                Optional<SourceFile> after = now.contains(file)
                        ? Optional.of(SpecFiles.read(top.resolve(file)))
                                .map(f -> new SourceFile(shown, f.path(), f.byteOrderMark(), f.text()))
                        : Optional.empty();
                if (before.isPresent()
                        && after.isPresent()
                        && before.get().text().equals(after.get().text())) {
                    compared.add(new ComparedSpec(
                            Optional.of(shown),
                            Optional.of(shown),
                            new SpecDiff(List.of()),
                            SourceMap.empty(),
                            SourceMap.empty()));
                    continue;
                }
                Optional<ComparedSpec> c = command.compare(before, after, err);
                c.ifPresent(compared::add);
                trouble |= c.isEmpty();
            } catch (CliException e) {
                err.println("featurespec: " + e.getMessage());
                err.flush();
                trouble = true;
            }
        }
        return trouble;
    }

    /** The files named {@code spec.md}, and any file named explicitly. */
    private static Set<String> specs(List<String> files, Set<String> named) {
        Set<String> out = new TreeSet<>();
        for (String f : files) {
            if (f.equals(SpecFiles.SPEC_FILE_NAME) || f.endsWith("/" + SpecFiles.SPEC_FILE_NAME) || named.contains(f)) {
                out.add(f);
            }
        }
        return out;
    }

    /** The version of {@code file} at the revision, checked like a file read from disk. */
    private static SourceFile source(String shown, String file, byte[] bytes) {
        return SpecFiles.source(shown, Path.of(file), bytes);
    }

    private static Path real(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }
}
