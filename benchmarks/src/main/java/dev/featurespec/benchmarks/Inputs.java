package dev.featurespec.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The benchmark inputs: a typical ~10 KB spec shipped with the benchmarks, every corpus spec
 * concatenated (from the folder in the {@code featurespec.corpus} system property, which run.sh sets to
 * {@code ../shared/corpus}; a generated stand-in of the same size when it is absent), and generated
 * specs of a given size.
 */
public final class Inputs {
    /** The system property naming the corpus folder (the one holding {@code speckit/}). */
    public static final String CORPUS_PROPERTY = "featurespec.corpus";

    /** Size of the stand-in used when the corpus is absent: about what the 84 corpus specs weigh. */
    private static final int CORPUS_STAND_IN_CHARS = 1_300_000;

    private Inputs() {}

    /** The input named {@code name}: {@code typical}, {@code corpus}, or a size such as {@code 50MB}. */
    public static String named(String name) {
        return switch (name) {
            case "typical" -> typical();
            case "corpus" -> corpus();
            default -> GeneratedSpecs.markdown(parseSize(name), 42);
        };
    }

    /** The typical ~10 KB spec. */
    public static String typical() {
        try (InputStream in = Inputs.class.getResourceAsStream("typical-spec.md")) {
            if (in == null) {
                throw new IllegalStateException("typical-spec.md is missing from the benchmarks jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every corpus spec, concatenated in name order, or a generated stand-in when there is no corpus. */
    public static String corpus() {
        List<Path> specs = corpusSpecs();
        if (specs.isEmpty()) {
            System.err.println("# corpus not found (-D" + CORPUS_PROPERTY + "): using a generated stand-in");
            return GeneratedSpecs.markdown(CORPUS_STAND_IN_CHARS, 7);
        }
        StringBuilder sb = new StringBuilder();
        for (Path spec : specs) {
            try {
                sb.append(Files.readString(spec, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            sb.append("\n\n");
        }
        return sb.toString();
    }

    /** The corpus specs, sorted by name; empty when the corpus is absent. */
    public static List<Path> corpusSpecs() {
        String dir = System.getProperty(CORPUS_PROPERTY);
        if (dir == null) {
            return List.of();
        }
        Path speckit = Path.of(dir).resolve("speckit");
        if (!Files.isDirectory(speckit)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(speckit)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".md"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code 1KB} → 1024, {@code 50MB} → 52428800, {@code 500} → 500. */
    public static int parseSize(String size) {
        String s = size.trim().toUpperCase(Locale.ROOT);
        long factor = 1;
        if (s.endsWith("KB")) {
            factor = 1024;
            s = s.substring(0, s.length() - 2);
        } else if (s.endsWith("MB")) {
            factor = 1024 * 1024;
            s = s.substring(0, s.length() - 2);
        }
        return Math.toIntExact(Long.parseLong(s) * factor);
    }
}
