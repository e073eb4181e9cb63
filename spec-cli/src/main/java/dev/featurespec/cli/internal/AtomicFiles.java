package dev.featurespec.cli.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Replaces a file's content atomically: writes a temporary file beside it, gives it the original's POSIX
 * permissions, then moves it over the original in one step. On any failure the original is untouched and
 * the temporary file is removed.
 */
public final class AtomicFiles {
    /** Writes content to a writer; may fail. */
    @FunctionalInterface
    public interface Content {
        /** Writes the new content. */
        void writeTo(Writer out) throws IOException;
    }

    private AtomicFiles() {}

    /** Replaces (or creates) {@code target} with {@code text}, UTF-8. */
    public static void write(Path target, String text) throws IOException {
        write(target, out -> out.write(text));
    }

    /** Replaces (or creates) {@code target} with what {@code content} writes, UTF-8. */
    public static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        String name = absolute.getFileName().toString();
        Path temp = Files.createTempFile(dir, "." + name + ".", ".tmp");
        boolean moved = false;
        try {
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                content.writeTo(out);
            }
            copyPermissions(absolute, temp);
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
    }

    private static void copyPermissions(Path from, Path to) throws IOException {
        PosixFileAttributeView target = Files.getFileAttributeView(to, PosixFileAttributeView.class);
        if (target == null) {
            return;
        }
        if (!Files.exists(from)) {
            // a temporary file is private (rw-------); a new file gets the usual rw-r--r--
            target.setPermissions(PosixFilePermissions.fromString("rw-r--r--"));
            return;
        }
        PosixFileAttributeView source = Files.getFileAttributeView(from, PosixFileAttributeView.class);
        if (source != null) {
            Set<PosixFilePermission> permissions = source.readAttributes().permissions();
            target.setPermissions(permissions);
        }
    }
}
