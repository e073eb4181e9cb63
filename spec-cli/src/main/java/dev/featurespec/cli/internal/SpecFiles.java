package dev.featurespec.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Finds spec files below folders and reads them as checked UTF-8 text. */
public final class SpecFiles {
    /** The file name looked for below folders. */
    public static final String SPEC_FILE_NAME = "spec.md";

    /** Larger files are refused before reading (the parser has its own, configurable limit below this). */
    static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

    private SpecFiles() {}

    /**
     * The files to process, in order: a file argument is taken whatever its name; a folder contributes
     * every {@code spec.md} below it, sorted by path. Duplicates are dropped.
     *
     * @throws CliException when an argument does not exist, or a folder holds no {@code spec.md}
     */
    public static List<Path> discover(List<Path> arguments) {
        Set<Path> found = new LinkedHashSet<>();
        for (Path arg : arguments) {
            if (Files.isDirectory(arg)) {
                List<Path> specs = specsBelow(arg);
                if (specs.isEmpty()) {
                    throw new CliException(display(arg) + ": no " + SPEC_FILE_NAME + " found in this folder");
                }
                found.addAll(specs);
            } else if (Files.exists(arg)) {
                found.add(arg);
            } else {
                throw new CliException(display(arg) + ": no such file or folder");
            }
        }
        return new ArrayList<>(found);
    }

    private static List<Path> specsBelow(Path dir) {
        // symbolic links are not followed, so a link cycle cannot make the walk endless
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.getFileName() != null
                            && p.getFileName().toString().equals(SPEC_FILE_NAME)
                            && Files.isRegularFile(p))
                    .sorted(Comparator.comparing(SpecFiles::display))
                    .toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new CliException(display(dir) + ": cannot list folder: " + reason(e), e);
        }
    }

    /** The path as shown in output: as given, {@code /}-separated. */
    public static String display(Path path) {
        String s = path.normalize().toString().replace('\\', '/');
        return s.isEmpty() ? "." : s;
    }

    /**
     * Reads {@code path} as a spec.
     *
     * @throws CliException when it cannot be read, is binary or is not valid UTF-8
     */
    public static SourceFile read(Path path) {
        String shown = display(path);
        byte[] bytes;
        try {
            if (Files.isDirectory(path)) {
                throw new CliException(shown + ": is a folder");
            }
            if (Files.size(path) > MAX_FILE_BYTES) {
                throw new CliException(shown + ": file too large (over " + (MAX_FILE_BYTES >> 20) + " MiB)");
            }
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new CliException(shown + ": no such file or folder", e);
        } catch (AccessDeniedException e) {
            throw new CliException(shown + ": cannot read: permission denied", e);
        } catch (IOException e) {
            throw new CliException(shown + ": cannot read: " + reason(e), e);
        }
        return new SourceFile(shown, path, bytes, decode(shown, bytes));
    }

    /**
     * Reads all of {@code in} (standard input) as a spec.
     *
     * @throws CliException when it cannot be read, is binary or is not valid UTF-8
     */
    public static SourceFile read(InputStream in) {
        String shown = "<stdin>";
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
        } catch (IOException e) {
            throw new CliException(shown + ": cannot read: " + reason(e), e);
        }
        if (bytes.length > MAX_FILE_BYTES) {
            throw new CliException(shown + ": input too large (over " + (MAX_FILE_BYTES >> 20) + " MiB)");
        }
        return new SourceFile(shown, null, bytes, decode(shown, bytes));
    }

    /** Decodes strict UTF-8, dropping a byte order mark; a NUL byte means binary. */
    static String decode(String shown, byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new CliException(shown + ": binary file (NUL byte at offset " + i + "), not a spec");
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            int line = 1;
            for (int i = 0; i < offset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new CliException(String.format(
                    "%s:%d: not valid UTF-8 (byte 0x%02X at offset %d); save the file as UTF-8",
                    shown, line, bytes[offset] & 0xFF, offset));
        }
        try {
            result = decoder.flush(out);
            if (result.isError()) {
                result.throwException();
            }
        } catch (CharacterCodingException e) {
            throw new CliException(shown + ": not valid UTF-8; save the file as UTF-8", e);
        }
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    static String reason(Exception e) {
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }
}
