package dev.featurespec.cli.internal;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A spec file read into memory: checked to be text and valid UTF-8.
 *
 * @param displayPath the path as the user sees it in diagnostics, {@code /}-separated; {@code <stdin>}
 *     for standard input
 * @param path the file, or {@code null} for standard input
 * @param byteOrderMark whether the file starts with a UTF-8 byte order mark
 * @param text the content decoded as UTF-8, without the byte order mark
 */
public record SourceFile(String displayPath, Path path, boolean byteOrderMark, String text) {
    public SourceFile {
        Objects.requireNonNull(displayPath, "SourceFile.displayPath must not be null");
        Objects.requireNonNull(text, "SourceFile.text must not be null");
    }

    /** The format the file's name says, Markdown for standard input. */
    public SpecFormat format() {
        return path == null ? SpecFormat.MARKDOWN : SpecFormat.of(path);
    }

    /** True when the text uses CRLF line endings. */
    public boolean usesCrlf() {
        int lf = text.indexOf('\n');
        return lf > 0 && text.charAt(lf - 1) == '\r';
    }

    /** True when the file's bytes are exactly {@code other} in UTF-8 (so no byte order mark). */
    public boolean sameBytesAs(String other) {
        return !byteOrderMark && text.equals(other);
    }
}
