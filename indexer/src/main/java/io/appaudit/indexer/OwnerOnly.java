package io.appaudit.indexer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Folders and files only their owner can read: the data folder holds evidence, crawl state and Elasticsearch data,
 * which no other local user may read or change. On a file system without POSIX permissions (Windows) these calls
 * fall back to the platform's defaults.
 */
public final class OwnerOnly {

    /** rwx------ */
    public static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    /** rw------- */
    public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private OwnerOnly() {
    }

    /** Creates {@code folder} and its missing parents as rwx------ (an existing folder is left as it is). */
    public static Path createFolders(Path folder) throws IOException {
        if (!posix(folder)) {
            return Files.createDirectories(folder);
        }
        return Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(FOLDER));
    }

    /** The attribute that creates a file rw------- on POSIX, none elsewhere (for {@code Files.createFile} & co). */
    public static FileAttribute<?>[] fileAttribute(Path inFolder) {
        return posix(inFolder) ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE)}
                : new FileAttribute<?>[0];
    }

    /** Makes an existing file rw------- (no-op off POSIX). */
    public static void restrictFile(Path file) throws IOException {
        if (posix(file)) {
            Files.setPosixFilePermissions(file, FILE);
        }
    }

    /**
     * Closes an existing folder to everyone but its owner (rwx------), which protects everything under it.
     *
     * @return what it allowed before, in {@code ls -l} form, when it was open to others; empty when it was already
     *         closed, is missing, or the file system has no POSIX permissions
     */
    public static Optional<String> close(Path folder) throws IOException {
        if (!Files.isDirectory(folder) || !posix(folder)) {
            return Optional.empty();
        }
        Set<PosixFilePermission> before = Files.getPosixFilePermissions(folder);
        if (before.stream().noneMatch(OTHERS::contains)) {
            return Optional.empty();
        }
        Files.setPosixFilePermissions(folder, FOLDER);
        return Optional.of(PosixFilePermissions.toString(before));
    }

    private static boolean posix(Path p) {
        return p.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
