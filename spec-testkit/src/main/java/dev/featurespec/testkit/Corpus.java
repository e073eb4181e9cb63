package dev.featurespec.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * The shared corpus of real Spec Kit specs, read in place: never copied into the project. Its folder is
 * the {@code featurespec.corpus} system property (Maven sets it to {@code ../shared/corpus} beside the
 * repository) and tests that need it skip cleanly when it is absent.
 *
 * <pre>{@code
 * @Test
 * void everyCorpusSpecParses() {
 *     for (Path spec : Corpus.specsOrSkip()) { … }
 * }
 * }</pre>
 */
public final class Corpus {
    /** The system property naming the corpus folder. */
    public static final String PROPERTY = "featurespec.corpus";

    private Corpus() {}

    /** The corpus folder, when it exists. */
    public static Optional<Path> dir() {
        String configured = System.getProperty(PROPERTY);
        Path dir = configured != null ? Path.of(configured) : Path.of("..", "..", "shared", "corpus");
        return Files.isDirectory(dir.resolve("speckit"))
                ? Optional.of(dir.toAbsolutePath().normalize())
                : Optional.empty();
    }

    /** Every {@code *.md} file of {@code corpus/speckit}, sorted by name; empty when the corpus is absent. */
    public static List<Path> specs() {
        return dir().map(d -> list(d.resolve("speckit"))).orElse(List.of());
    }

    /** Every corpus spec, or a skipped test (JUnit assumption) when the corpus is absent. */
    public static List<Path> specsOrSkip() {
        List<Path> specs = specs();
        Assumptions.assumeFalse(specs.isEmpty(), "shared corpus not found (set -D" + PROPERTY + "=DIR); skipping");
        return specs;
    }

    /**
     * Every real {@code spec.md} of the corpus: the specs, each feature folder's spec and both sides of
     * every revision; empty when the corpus is absent.
     */
    public static List<Path> everySpec() {
        return dir().map(d -> {
                    List<Path> all = new java.util.ArrayList<>(list(d.resolve("speckit")));
                    Path folders = d.resolve("speckit-folders");
                    if (Files.isDirectory(folders)) {
                        subfolders(folders).stream()
                                .map(f -> f.resolve("spec.md"))
                                .filter(Files::isRegularFile)
                                .forEach(all::add);
                    }
                    Path revisions = d.resolve("speckit-revisions");
                    if (Files.isDirectory(revisions)) {
                        all.addAll(list(revisions));
                    }
                    return List.copyOf(all);
                })
                .orElse(List.of());
    }

    /** {@link #everySpec()}, or a skipped test (JUnit assumption) when the corpus is absent. */
    public static List<Path> everySpecOrSkip() {
        List<Path> specs = everySpec();
        Assumptions.assumeFalse(specs.isEmpty(), "shared corpus not found (set -D" + PROPERTY + "=DIR); skipping");
        return specs;
    }

    /** The corpus spec named {@code fileName}, or a skipped test when the corpus is absent. */
    public static Path specOrSkip(String fileName) {
        Optional<Path> dir = dir();
        Assumptions.assumeTrue(dir.isPresent(), "shared corpus not found (set -D" + PROPERTY + "=DIR); skipping");
        Path p = dir.get().resolve("speckit").resolve(fileName);
        if (!Files.isRegularFile(p)) {
            throw new IllegalArgumentException("no corpus spec named " + fileName);
        }
        return p;
    }

    /**
     * Every feature folder of {@code corpus/speckit-folders} (a {@code spec.md} with its {@code tasks.md},
     * {@code plan.md} and {@code checklists/}), sorted by name; empty when the corpus is absent.
     */
    public static List<Path> folders() {
        return dir().map(d -> d.resolve("speckit-folders"))
                .filter(Files::isDirectory)
                .map(Corpus::subfolders)
                .orElse(List.of());
    }

    /** Every corpus feature folder, or a skipped test (JUnit assumption) when the corpus is absent. */
    public static List<Path> foldersOrSkip() {
        List<Path> folders = folders();
        Assumptions.assumeFalse(
                folders.isEmpty(), "shared corpus folders not found (set -D" + PROPERTY + "=DIR); skipping");
        return folders;
    }

    /** The corpus feature folder named {@code name}, or a skipped test when the corpus is absent. */
    public static Path folderOrSkip(String name) {
        Optional<Path> dir = dir();
        Assumptions.assumeTrue(dir.isPresent(), "shared corpus not found (set -D" + PROPERTY + "=DIR); skipping");
        Path p = dir.get().resolve("speckit-folders").resolve(name);
        if (!Files.isDirectory(p)) {
            throw new IllegalArgumentException("no corpus feature folder named " + name);
        }
        return p;
    }

    private static List<Path> subfolders(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".md"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
