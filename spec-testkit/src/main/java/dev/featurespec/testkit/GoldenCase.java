package dev.featurespec.testkit;

import dev.featurespec.model.template.Profile;
import dev.featurespec.model.template.Profiles;
import dev.featurespec.model.validation.ReadyForPlanning;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One case of the repository's golden test data, {@code testdata/} at its root: an input document
 * beside the files that pin what featurespec makes of it. Adding a case is adding its input and running
 * the golden tests once with {@code -Dfeaturespec.updateGolden=true} (see {@link GoldenFiles}), then
 * reading what they wrote.
 *
 * <pre>
 * testdata/good/&lt;case&gt;.md                 a spec that reads without errors
 * testdata/good/&lt;case&gt;.json               the model it reads as
 * testdata/good/&lt;case&gt;.diagnostics.txt    its diagnostics (warnings; empty when there are none)
 * testdata/good/&lt;case&gt;.canonical.md       what the Markdown writer writes for it (the input itself when
 *                                       the input is canonical)
 * testdata/bad/&lt;case&gt;.md|.json|.yaml      a document with problems
 * testdata/bad/&lt;case&gt;.diagnostics.txt     its diagnostics
 * testdata/*&#47;&lt;case&gt;.options              optional: how the case is read and checked
 * </pre>
 *
 * <p>An options file is a properties file with these keys, each optional:
 *
 * <ul>
 *   <li>{@code group}: {@code ReadyForPlanning} to check the constraints in that group instead of {@code
 *       Default};
 *   <li>{@code maxBytes}: the reader's input size limit;
 *   <li>{@code profile}: a built-in profile ({@code speckit}, {@code extended}) for reading and writing,
 *       instead of the one chosen per document.
 * </ul>
 *
 * <pre>{@code
 * static Stream<GoldenCase> goodCases() { return GoldenCase.goodCases().stream(); }
 * }</pre>
 *
 * @param name the case's name: its input's file name without extension
 * @param input the input document
 * @param good true for a case of {@code testdata/good}
 * @param options how the case is read and checked
 */
public record GoldenCase(String name, Path input, boolean good, Options options) {
    /** The system property naming the test data folder; default {@code ../testdata}. */
    public static final String PROPERTY = "featurespec.testdata";

    /** The file name endings of inputs. */
    private static final List<String> INPUTS = List.of(".md", ".json", ".yaml");
    /** The file name endings of expected outputs, never inputs. */
    private static final List<String> OUTPUTS = List.of(".canonical.md", ".diagnostics.txt", ".options");

    /** The test data folder. */
    public static Path root() {
        Path root =
                Path.of(System.getProperty(PROPERTY, Path.of("..", "testdata").toString()));
        if (!Files.isDirectory(root.resolve("good")) || !Files.isDirectory(root.resolve("bad"))) {
            throw new IllegalStateException("no testdata/good and testdata/bad under " + root.toAbsolutePath()
                    + " (set -D" + PROPERTY + "=DIR)");
        }
        return root;
    }

    /** The good cases: each {@code *.md} of {@code testdata/good} but the canonical outputs, by name. */
    public static List<GoldenCase> goodCases() {
        return cases("good", Set.of(".md"));
    }

    /** The bad cases: each {@code *.md}, {@code *.json} and {@code *.yaml} of {@code testdata/bad}, by name. */
    public static List<GoldenCase> badCases() {
        return cases("bad", Set.copyOf(INPUTS));
    }

    /** The input's extension without its dot: {@code md}, {@code json} or {@code yaml}. */
    public String extension() {
        String file = input.getFileName().toString();
        return file.substring(file.lastIndexOf('.') + 1);
    }

    /** The input's bytes. */
    public byte[] bytes() {
        try {
            return Files.readAllBytes(input);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The expected model of a good case, as JSON. */
    public Path json() {
        return sibling(".json");
    }

    /** The expected diagnostics, one per line. */
    public Path diagnostics() {
        return sibling(".diagnostics.txt");
    }

    /** The expected canonical Markdown of a good case. */
    public Path canonical() {
        return sibling(".canonical.md");
    }

    /** The file beside the input named after the case with {@code suffix}, e.g. {@code .json}. */
    public Path sibling(String suffix) {
        return input.resolveSibling(name + suffix);
    }

    /** {@code good/name} or {@code bad/name.ext}: how the case shows in test names. */
    @Override
    public String toString() {
        return (good ? "good/" : "bad/") + input.getFileName();
    }

    private static List<GoldenCase> cases(String folder, Set<String> endings) {
        try (Stream<Path> files = Files.list(root().resolve(folder))) {
            return files.filter(p -> isInput(p.getFileName().toString(), endings))
                    .sorted()
                    .map(p -> of(p, folder.equals("good")))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isInput(String file, Set<String> endings) {
        return OUTPUTS.stream().noneMatch(file::endsWith) && endings.stream().anyMatch(file::endsWith);
    }

    private static GoldenCase of(Path input, boolean good) {
        String file = input.getFileName().toString();
        String name = file.substring(0, file.lastIndexOf('.'));
        return new GoldenCase(name, input, good, Options.read(input.resolveSibling(name + ".options")));
    }

    /**
     * How a case is read and checked, from its {@code .options} file.
     *
     * @param group the Bean Validation group the constraints are checked in, instead of {@code Default}
     * @param maxBytes the reader's input size limit, instead of its default
     * @param profile the built-in profile to read and write with, instead of the one chosen per document
     */
    public record Options(Optional<Class<?>> group, OptionalLong maxBytes, Optional<Profile> profile) {
        /** No options: every default. */
        public static final Options NONE = new Options(Optional.empty(), OptionalLong.empty(), Optional.empty());

        /** The options in {@code file}; {@link #NONE} when it does not exist. */
        static Options read(Path file) {
            if (!Files.exists(file)) {
                return NONE;
            }
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (String key : p.stringPropertyNames()) {
                if (!Set.of("group", "maxBytes", "profile").contains(key)) {
                    throw new IllegalArgumentException(file + ": unknown option " + key);
                }
            }
            Optional<Class<?>> group = Optional.ofNullable(p.getProperty("group"))
                    .map(g -> switch (g) {
                        case "ReadyForPlanning" -> ReadyForPlanning.class;
                        default -> throw new IllegalArgumentException(file + ": unknown group " + g);
                    });
            String maxBytes = p.getProperty("maxBytes");
            Optional<Profile> profile =
                    Optional.ofNullable(p.getProperty("profile")).map(Profiles::builtIn);
            return new Options(
                    group,
                    maxBytes == null ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(maxBytes)),
                    profile);
        }
    }
}
