package io.appaudit.crawler.cli;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The common file-system failures as sentences for a person: the path, what is wrong, what to do. */
final class IoFailureText {

    /** How {@code FileOutputStream} and friends word a failure: {@code "<path> (<reason>)"}. */
    private static final Pattern PATH_AND_REASON = Pattern.compile("(.+) \\(([^()]+)\\)");

    private IoFailureText() {
    }

    /** The I/O failure behind {@code e} (itself, or a cause), if there is one. */
    static Optional<IOException> find(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UncheckedIOException u) {
                return Optional.of(u.getCause());
            }
            if (t instanceof IOException io) {
                return Optional.of(io);
            }
        }
        return Optional.empty();
    }

    /** A sentence for the failure, without Java class names. */
    static String describe(IOException e) {
        if (e instanceof FileAlreadyExistsException f) {
            return f.getFile() + " already exists: choose another --out or delete it";
        }
        if (e instanceof NoSuchFileException f) {
            return f.getFile() + " does not exist" + (f.getReason() == null ? "" : " (" + f.getReason() + ")")
                    + ": check the path";
        }
        if (e instanceof AccessDeniedException f) {
            return f.getFile() + " cannot be used: permission denied. Choose a path you may write to, or change "
                    + "its permissions";
        }
        if (e instanceof NotDirectoryException f) {
            return f.getFile() + " is a file, a folder is needed";
        }
        if (e instanceof DirectoryNotEmptyException f) {
            return f.getFile() + " is a folder that is not empty: choose another or empty it";
        }
        if (e instanceof FileSystemException f && f.getFile() != null) {
            return byReason(f.getFile(), f.getReason());
        }
        if (e instanceof FileNotFoundException && e.getMessage() != null) {
            Matcher m = PATH_AND_REASON.matcher(e.getMessage());
            if (m.matches()) {
                return byReason(m.group(1), m.group(2));
            }
        }
        String message = e.getMessage();
        if (message != null && !message.isBlank() && !byReason("", message).startsWith(": ")) {
            return byReason("a path given", message); // e.g. "Is a directory", which names no path
        }
        return "an input/output operation failed" + (message == null || message.isBlank() ? "" : ": " + message);
    }

    private static String byReason(String path, String reason) {
        String r = reason == null ? "" : reason.toLowerCase(Locale.ROOT);
        if (r.contains("is a directory")) {
            return path + " is a folder, a file is needed";
        }
        if (r.contains("not a directory")) {
            return path + ": a part of this path is a file, a folder is needed there";
        }
        if (r.contains("no such file")) {
            return path + " does not exist: check the path";
        }
        if (r.contains("permission denied")) {
            return path + " cannot be used: permission denied. Choose a path you may write to, or change its "
                    + "permissions";
        }
        if (r.contains("no space left")) {
            return "the disk holding " + path + " is full: free some space and run again";
        }
        if (r.contains("read-only file system")) {
            return path + " is on a read-only file system: choose a path you may write to";
        }
        return path + ": " + (reason == null ? "cannot be read or written" : reason);
    }
}
