package io.appaudit.crawler.evidence;

import io.appaudit.indexer.OwnerOnly;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Keeps a crawl from filling its data folder's disk: a crawl starts only when the folder is writable and has
 * data.min-free-space free, and evidence is written only while that much stays free. Stopping with room to spare
 * lets the crawl state and the frontier commit, so the run stops cleanly and resumes later, instead of failing
 * half-written when the disk is full.
 */
public final class SpaceGuard {

    /** Free space is looked up at most this often: a statfs per WARC record would be wasted on a roomy disk. */
    private static final long CHECK_EVERY_NANOS = 1_000_000_000L;

    private final Path folder;
    private final long minFree;
    private long checkedAt;
    private boolean roomy;

    public SpaceGuard(Path folder, long minFree) {
        this.folder = folder;
        this.minFree = minFree;
    }

    /** A guard that never refuses (for reading evidence, and tests that do not care). */
    public static SpaceGuard none(Path folder) {
        return new SpaceGuard(folder, 0);
    }

    public Path folder() {
        return folder;
    }

    /** The free space the crawl keeps (data.min-free-space). */
    public long minFree() {
        return minFree;
    }

    /** Checks the folder can be created and written and has the room a crawl needs. */
    public void requireWritable() throws DataFolderException {
        try {
            OwnerOnly.createFolders(folder);
            // a file of this check's own: the stores of a crawl check the same folder at the same time
            Path probe = Files.createTempFile(folder, ".appaudit-write-check-", "");
            Files.write(probe, new byte[] {1});
            Files.delete(probe);
        } catch (IOException e) {
            throw new DataFolderException("The data folder " + folder + " is not writable (" + reason(e) + "): make "
                    + "it writable for user " + System.getProperty("user.name") + ", or point data.dir (or --data-dir) "
                    + "at another folder", e);
        }
        synchronized (this) {
            checkedAt = 0;
        }
        requireRoom();
    }

    /** Refuses when the folder's disk has less than data.min-free-space free (looked up at most once a second). */
    public synchronized void requireRoom() throws DataFolderException {
        if (minFree <= 0) {
            return;
        }
        long now = System.nanoTime();
        if (roomy && now - checkedAt < CHECK_EVERY_NANOS) {
            return;
        }
        long free;
        try {
            free = Files.getFileStore(existing(folder)).getUsableSpace();
        } catch (IOException e) {
            throw new DataFolderException("Cannot tell the free space of the data folder " + folder + " ("
                    + reason(e) + "): check that it exists and is readable, or point data.dir at another folder", e);
        }
        checkedAt = now;
        roomy = free >= minFree;
        if (!roomy) {
            throw full(free);
        }
    }

    /** The error for a write that failed: a full disk, a read-only or foreign folder, said as such. */
    public DataFolderException writeFailed(String what, IOException e) {
        String r = reason(e);
        if (r.contains("No space left") || r.contains("Disk quota exceeded")) {
            return new DataFolderException("The data folder " + folder + " is full: could not write " + what + " ("
                    + r + "). Free space on its disk, or point data.dir (or --data-dir) at another disk, then run the "
                    + "crawl again: it resumes where it stopped", e);
        }
        return new DataFolderException("Could not write " + what + " to the data folder " + folder + " (" + r
                + "): make it writable for user " + System.getProperty("user.name") + ", or point data.dir (or "
                + "--data-dir) at another folder, then run the crawl again: it resumes where it stopped", e);
    }

    private DataFolderException full(long free) {
        return new DataFolderException("The data folder " + folder + " has " + mib(free) + " free, less than "
                + "data.min-free-space (" + mib(minFree) + "): free space on its disk, or point data.dir (or "
                + "--data-dir) at another disk, then run the crawl again: it resumes where it stopped");
    }

    private static String mib(long bytes) {
        return bytes >= 10L << 20 ? (bytes >> 20) + " MiB" : String.format(java.util.Locale.ROOT, "%.1f MiB",
                bytes / 1048576.0);
    }

    /** The folder, or its nearest ancestor that exists (a crawl creates its folders as it goes). */
    private static Path existing(Path p) {
        Path a = p.toAbsolutePath();
        while (a.getParent() != null && !Files.exists(a)) {
            a = a.getParent();
        }
        return a;
    }

    /** What went wrong, in the operating system's words where it gave them. */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return String.valueOf(e.getMessage());
    }
}
