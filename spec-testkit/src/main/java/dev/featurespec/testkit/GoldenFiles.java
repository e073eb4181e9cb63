package dev.featurespec.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Expected files of the golden tests, rewritten from the actual output when the tests run with {@code
 * -Dfeaturespec.updateGolden=true}. Read what was written before committing it: it becomes the pinned
 * behaviour.
 *
 * <pre>{@code
 * String actual = render(goldenCase);
 * assertThat(actual).isEqualTo(GoldenFiles.expected(goldenCase.json(), actual));
 * }</pre>
 */
public final class GoldenFiles {
    /** The system property that makes the golden tests rewrite their expected files. */
    public static final String UPDATE_PROPERTY = "featurespec.updateGolden";

    private GoldenFiles() {}

    /** True when the golden tests rewrite their expected files. */
    public static boolean updating() {
        return Boolean.getBoolean(UPDATE_PROPERTY);
    }

    /**
     * The content of the expected file {@code file} (UTF-8), after writing {@code actual} to it when
     * {@linkplain #updating() updating}. A missing file reads as {@code null}, which no actual text equals.
     */
    public static String expected(Path file, String actual) {
        try {
            if (updating()) {
                Files.writeString(file, actual, StandardCharsets.UTF_8);
            }
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
