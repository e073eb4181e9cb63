package dev.featurespec.cli.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Set;

/**
 * Replaces a file's content atomically, as {@code sed -i --follow-symlinks} would: writes a temporary
 * file beside the file, forces it to disk, gives it the original's permissions (and owner and group where
 * the process may), then moves it over the original in one step. On any failure the original is untouched
 * and the temporary file is removed.
 *
 * <ul>
 *   <li>A symbolic link is followed to the file it names, which is replaced; the link stays a link.
 *   <li>A new file gets the permissions the process's umask gives ({@code rw-r--r--} under the usual
 *       {@code 022}), like a file the shell creates.
 *   <li>A target that is not a regular file ({@code /dev/null}, a named pipe) is written in place, never
 *       replaced; a folder is refused.
 *   <li>The temporary file's name ({@code .NAME.XXXXXXXX.tmp}) is shortened to stay within the 255-byte
 *       file name limit, so a file with a long name can be replaced.
 * </ul>
 */
public final class AtomicFiles {
    /** Writes content to a writer; may fail. */
    @FunctionalInterface
    public interface Content {
        /** Writes the new content. */
        void writeTo(Writer out) throws IOException;
    }

    /** The longest file name, in bytes, on the file systems in common use (NAME_MAX). */
    static final int NAME_MAX = 255;

    /** How many symbolic links are followed before giving up, as Linux does (ELOOP). */
    private static final int MAX_LINKS = 40;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String TEMP_SUFFIX = ".tmp";
    private static final int RANDOM_CHARS = 8;

    private AtomicFiles() {}

    /** Replaces (or creates) {@code target} with {@code text}, UTF-8. */
    public static void write(Path target, String text) throws IOException {
        write(target, out -> out.write(text));
    }

    /** Replaces (or creates) {@code target} with what {@code content} writes, UTF-8. */
    public static void write(Path target, Content content) throws IOException {
        BasicFileAttributes existing = attributes(target);
        if (existing != null && existing.isDirectory()) {
            throw new FileSystemException(target.toString(), null, "is a folder");
        }
        if (existing != null && !existing.isRegularFile()) {
            writeInPlace(target, content);
            return;
        }
        replace(followLinks(target.toAbsolutePath()), existing != null, content);
    }

    /** The file's attributes, following links; null when there is no such file. */
    private static BasicFileAttributes attributes(Path path) throws IOException {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    /**
     * The file {@code path} names once every symbolic link in its last component is followed (the folders
     * above need no following: the temporary file goes into the same folder either way).
     */
    static Path followLinks(Path path) throws IOException {
        Path p = path;
        for (int i = 0; Files.isSymbolicLink(p); i++) {
            if (i == MAX_LINKS) {
                throw new FileSystemException(path.toString(), null, "too many levels of symbolic links");
            }
            Path link = Files.readSymbolicLink(p);
            p = p.resolveSibling(link); // not normalised: ".." in a link is resolved by the system
        }
        return p;
    }

    private static void writeInPlace(Path target, Content content) throws IOException {
        try (OutputStream os = Files.newOutputStream(target, StandardOpenOption.WRITE);
                Writer out = new OutputStreamWriter(os, StandardCharsets.UTF_8)) {
            content.writeTo(out);
        }
    }

    private static void replace(Path file, boolean exists, Content content) throws IOException {
        PosixFileAttributes original = exists ? posixAttributes(file) : null;
        // an existing file's content is never readable by more people than the file itself is, even for a
        // moment: its copy starts private and gets the original's permissions before the move; a new file
        // is created with the defaults (0666 less the umask)
        FileAttribute<?>[] attributes = original != null
                ? new FileAttribute<?>[] {
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))
                }
                : new FileAttribute<?>[0];
        Temp temp = createTemp(file.getParent(), file.getFileName().toString(), attributes);
        boolean moved = false;
        try {
            try (FileChannel channel = temp.channel()) {
                Writer out = Channels.newWriter(channel, StandardCharsets.UTF_8);
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            if (original != null) {
                copyOwnerAndPermissions(original, temp.path());
            }
            try {
                Files.move(temp.path(), file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp.path(), file, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp.path());
            }
        }
    }

    /** A temporary file, created and open for writing. */
    private record Temp(Path path, FileChannel channel) {}

    private static Temp createTemp(Path dir, String name, FileAttribute<?>... attributes) throws IOException {
        Set<OpenOption> options = Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        String prefix = "." + shorten(name, NAME_MAX - 2 - RANDOM_CHARS - TEMP_SUFFIX.length()) + ".";
        for (int attempt = 1; ; attempt++) {
            Path path = dir.resolve(prefix + randomChars() + TEMP_SUFFIX);
            try {
                return new Temp(path, FileChannel.open(path, options, attributes));
            } catch (FileAlreadyExistsException e) {
                if (attempt == 100) {
                    throw e;
                }
            }
        }
    }

    /** The longest start of {@code name} that is at most {@code maxBytes} in UTF-8, whole code points. */
    static String shorten(String name, int maxBytes) {
        int bytes = 0;
        int end = 0;
        while (end < name.length()) {
            int cp = name.codePointAt(end);
            int size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (bytes + size > maxBytes) {
                break;
            }
            bytes += size;
            end += Character.charCount(cp);
        }
        return name.substring(0, end);
    }

    private static String randomChars() {
        String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
        StringBuilder sb = new StringBuilder(RANDOM_CHARS);
        for (int i = 0; i < RANDOM_CHARS; i++) {
            sb.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    private static PosixFileAttributes posixAttributes(Path file) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        return view == null ? null : view.readAttributes();
    }

    /** Permissions always; owner and group where the process may set them (as root, or its own group). */
    private static void copyOwnerAndPermissions(PosixFileAttributes original, Path temp) throws IOException {
        PosixFileAttributeView view =
                Files.getFileAttributeView(temp, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        try {
            if (!Files.getOwner(temp).equals(original.owner())) {
                view.setOwner(original.owner());
            }
        } catch (IOException | SecurityException e) {
            // like sed -i: a file whose owner cannot be kept still gets its content
        }
        try {
            if (!view.readAttributes().group().equals(original.group())) {
                view.setGroup(original.group());
            }
        } catch (IOException | SecurityException e) {
            // likewise for the group
        }
        view.setPermissions(original.permissions());
    }
}
