package dev.featurespec.cli.internal;

import dev.featurespec.model.diagnostic.Rule;
import dev.featurespec.parser.internal.ControlCharacters;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Finds spec files below folders and reads them as checked UTF-8 text, within the input size limit. */
public final class SpecFiles {
    /** The file name looked for below folders. */
    public static final String SPEC_FILE_NAME = "spec.md";

    /**
     * The largest input the command reads, 7 MiB, in every format and from every source (files, standard
     * input, pipes, devices): what a 256 MB Java heap was measured to hold for every command on specs of
     * that size shaped like real ones (a 200,000-requirement spec is 6.4 MB). {@code SECURITY.md} lists
     * the measurements. Larger inputs are refused while reading, after at most this many bytes plus one.
     */
    public static final int MAX_INPUT_BYTES = 7 << 20;

    private SpecFiles() {}

    /**
     * What {@link #discoverAll(List)} found: the files, and the folders below an argument that could not
     * be listed (each a failure to report; the walk went on without them).
     *
     * @param files the files to process, in order
     * @param problems one per folder that could not be listed
     */
    public record Discovered(List<Path> files, List<CliException> problems) {
        public Discovered {
            files = List.copyOf(files);
            problems = List.copyOf(problems);
        }
    }

    /**
     * The files to process, in order: a file argument is taken whatever its name; a folder contributes
     * every {@code spec.md} below it, sorted by path. Duplicates are dropped.
     *
     * @throws CliException when an argument does not exist, a folder holds no {@code spec.md}, or a folder
     *     below an argument cannot be listed
     */
    public static List<Path> discover(List<Path> arguments) {
        Discovered found = discoverAll(arguments);
        if (!found.problems().isEmpty()) {
            throw found.problems().get(0);
        }
        return found.files();
    }

    /**
     * Like {@link #discover(List)}, but a folder below an argument that cannot be listed is returned as a
     * problem instead of ending the run.
     *
     * <p>Symbolic links named on the command line are followed, to a file or a folder. Below a folder no
     * link is followed, to a file or to a folder: a {@code spec.md} link is not read, a link to a folder
     * is not entered, so a walk never leaves the tree it was given and never loops.
     *
     * @throws CliException when an argument does not exist or a folder holds no {@code spec.md}
     */
    public static Discovered discoverAll(List<Path> arguments) {
        Set<Path> found = new LinkedHashSet<>();
        List<CliException> problems = new ArrayList<>();
        for (Path arg : arguments) {
            if (Files.isDirectory(arg)) {
                List<Path> specs = specsBelow(arg, problems);
                if (specs.isEmpty() && problems.isEmpty()) {
                    throw new CliException(display(arg) + ": no " + SPEC_FILE_NAME + " found in this folder");
                }
                found.addAll(specs);
            } else if (Files.exists(arg)) {
                found.add(arg);
            } else {
                throw new CliException(display(arg) + ": no such file or folder");
            }
        }
        return new Discovered(new ArrayList<>(found), problems);
    }

    private static List<Path> specsBelow(Path dir, List<CliException> problems) {
        List<Path> specs = new ArrayList<>();
        // "dir/." makes a folder named through a symbolic link the start of the walk; below it, nothing
        // is followed (no FOLLOW_LINKS), and only regular files count
        Path start = Files.isSymbolicLink(dir) ? dir.resolve(".") : dir;
        try {
            Files.walkFileTree(start, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile()
                            && file.getFileName() != null
                            && file.getFileName().toString().equals(SPEC_FILE_NAME)) {
                        specs.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    problems.add(CliException.unreadable(
                            display(file), Rule.UNREADABLE_FILE, "cannot list folder: " + IoErrors.reason(e), 0, e));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path folder, IOException e) {
                    if (e != null) {
                        problems.add(CliException.unreadable(
                                display(folder),
                                Rule.UNREADABLE_FILE,
                                "cannot list folder: " + IoErrors.reason(e),
                                0,
                                e));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new CliException(display(dir) + ": cannot list folder: " + IoErrors.reason(e), e);
        }
        specs.sort(Comparator.comparing(SpecFiles::display));
        return specs;
    }

    /** The path as shown in output: as given, {@code /}-separated. */
    public static String display(Path path) {
        String s = path.normalize().toString().replace('\\', '/');
        return s.isEmpty() ? "." : s;
    }

    /**
     * Reads {@code path} as a spec: at most {@link #MAX_INPUT_BYTES} bytes are read, whatever size the
     * file says it has ({@code /dev/zero}, a named pipe, a file that grows).
     *
     * @throws CliException when it cannot be read, is too large, is binary or is not valid UTF-8
     */
    public static SourceFile read(Path path) {
        String shown = display(path);
        byte[] bytes;
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            if (attributes.isDirectory()) {
                throw CliException.unreadable(shown, Rule.UNREADABLE_FILE, "is a folder, not a file", 0, null);
            }
            if (attributes.isRegularFile() && attributes.size() > MAX_INPUT_BYTES) {
                throw tooLarge(shown, attributes.size());
            }
            try (InputStream in = Files.newInputStream(path)) {
                bytes = readBounded(shown, in);
            }
        } catch (IOException e) {
            throw CliException.unreadable(shown, Rule.UNREADABLE_FILE, "cannot read: " + IoErrors.reason(e), 0, e);
        }
        return source(shown, path, bytes);
    }

    /**
     * Reads {@code in} (standard input) as a spec, at most {@link #MAX_INPUT_BYTES} bytes.
     *
     * @throws CliException when it cannot be read, is too large, is binary or is not valid UTF-8
     */
    public static SourceFile read(InputStream in) {
        String shown = "<stdin>";
        byte[] bytes;
        try {
            bytes = readBounded(shown, in);
        } catch (IOException e) {
            throw CliException.unreadable(shown, Rule.UNREADABLE_FILE, "cannot read: " + IoErrors.reason(e), 0, e);
        }
        return source(shown, null, bytes);
    }

    /** All of {@code in}, counted while reading: one byte over the limit and reading stops. */
    static byte[] readBounded(String shown, InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_INPUT_BYTES + 1);
        if (bytes.length > MAX_INPUT_BYTES) {
            throw tooLarge(shown, -1);
        }
        return bytes;
    }

    /** {@code size} is the input's size in bytes, or -1 when reading stopped at the limit. */
    static CliException tooLarge(String shown, long size) {
        String limit = "the limit is " + MAX_INPUT_BYTES + " bytes (" + (MAX_INPUT_BYTES >> 20) + " MiB)";
        String problem = size >= 0 ? "too large: " + size + " bytes; " + limit : "too large: " + limit;
        return CliException.unreadable(shown, Rule.INPUT_TOO_LARGE, problem, 0, null);
    }

    /** {@code bytes} checked and decoded as a spec read from {@code path}, shown as {@code shown}. */
    static SourceFile source(String shown, Path path, byte[] bytes) {
        if (bytes.length > MAX_INPUT_BYTES) {
            throw tooLarge(shown, bytes.length);
        }
        boolean bom = bytes.length >= 3
                && (bytes[0] & 0xFF) == 0xEF
                && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF;
        String text = decode(shown, bytes);
        return new SourceFile(shown, path, bom, bom ? text.substring(1) : text);
    }

    /**
     * Decodes strict UTF-8, after refusing binary input by the parsers' rule ({@link ControlCharacters}:
     * a NUL among at least two control bytes that make up at least 1 in 100 of the file). A stray NUL is
     * left to the parser, which reads it as U+FFFD with a warning. The byte order mark, if any, is kept
     * (the caller drops it). The common case costs one decode and two scans of the text: the JDK's
     * decoder replaces malformed input with U+FFFD, so a text with neither U+FFFD nor U+0000 was valid
     * and NUL-free. Only a text with either is checked again, byte by byte.
     */
    static String decode(String shown, byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\0') < 0 && text.indexOf('\uFFFD') < 0) {
            return text;
        }
        checkStrictly(shown, bytes);
        return text;
    }

    /**
     * Throws when {@code bytes} are binary or not strict UTF-8. Checks in small steps, so no buffer twice
     * the input's size is made.
     */
    private static void checkStrictly(String shown, byte[] bytes) {
        String binary = ControlCharacters.binaryReason(bytes);
        if (binary != null) {
            throw CliException.unreadable(
                    shown, Rule.INVALID_ENCODING, "binary file (" + binary + "), not a spec", 0, null);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                throw invalidUtf8(shown, bytes, in.position());
            }
            out.clear();
            if (result.isUnderflow()) {
                break;
            }
        }
        if (decoder.flush(out).isError()) {
            throw invalidUtf8(shown, bytes, bytes.length);
        }
    }

    private static CliException invalidUtf8(String shown, byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        String problem = offset < bytes.length
                ? String.format(
                        "not valid UTF-8 (byte 0x%02X at offset %d); save the file as UTF-8",
                        bytes[offset] & 0xFF, offset)
                : "not valid UTF-8 (the last character is cut off); save the file as UTF-8";
        return CliException.unreadable(shown, Rule.INVALID_ENCODING, problem, line, null);
    }
}
