package dev.featurespec.cli.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * I/O failures in plain words. Java's exceptions name the class ({@code java.nio.file.AccessDeniedException:
 * specs/x}), repeat the path, or say nothing a user understands ({@code Input length = 2}); the command
 * says {@code permission denied}, {@code no such file or folder}, {@code not valid UTF-8}, or the
 * operating system's own words ({@code no space left on device}).
 */
final class IoErrors {
    /** A leading {@code java.nio.file.AccessDeniedException: } (any qualified exception class name). */
    private static final Pattern CLASS_PREFIX =
            Pattern.compile("^(?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*(?:Exception|Error)(?::\\s*|$)");

    private IoErrors() {}

    /** What went wrong, in lower-case words, without the path or a Java class name. */
    static String reason(Throwable e) {
        Throwable t = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        if (t instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (t instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (t instanceof NotDirectoryException) {
            return "not a folder";
        }
        if (t instanceof DirectoryNotEmptyException) {
            return "folder not empty";
        }
        if (t instanceof FileAlreadyExistsException) {
            return "already exists";
        }
        if (t instanceof FileSystemLoopException) {
            return "symbolic link loop";
        }
        if (t instanceof NotLinkException) {
            return "not a symbolic link";
        }
        if (t instanceof CharacterCodingException) {
            return "not valid UTF-8";
        }
        if (t instanceof FileSystemException f
                && f.getReason() != null
                && !f.getReason().isBlank()) {
            return plain(f.getReason());
        }
        String message = t.getMessage();
        if (message == null || message.isBlank() || !(t instanceof IOException)) {
            return "input/output error";
        }
        return plain(message);
    }

    /** {@code message} without a leading exception class name, its first letter in lower case. */
    static String plain(String message) {
        String m = CLASS_PREFIX.matcher(message.strip()).replaceFirst("");
        if (m.isEmpty()) {
            return "input/output error";
        }
        // "No space left on device" -> "no space left on device", but "UTF-8" and "I/O error" stay
        boolean capitalised =
                m.length() > 1 && Character.isUpperCase(m.charAt(0)) && Character.isLowerCase(m.charAt(1));
        return capitalised ? m.substring(0, 1).toLowerCase(Locale.ROOT) + m.substring(1) : m;
    }
}
