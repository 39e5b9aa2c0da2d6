package io.appaudit.crawler.chaos;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A small tmpfs file system mounted for a test, so that a disk can really fill up or be read-only (mounting needs
 * root, which the tests have here and in CI; without it the test is skipped, saying so). Unmounted on close.
 */
final class Tmpfs implements AutoCloseable {

    private final Path at;

    private Tmpfs(Path at) {
        this.at = at;
    }

    /** Mounts a tmpfs of {@code size} (like {@code 64m}) at {@code at}, read-only when asked. */
    static Tmpfs mount(Path at, String size, boolean readOnly) throws IOException, InterruptedException {
        Files.createDirectories(at);
        int code = run("mount", "-t", "tmpfs", "-o", "size=" + size + (readOnly ? ",ro" : ""), "tmpfs",
                at.toString());
        Assumptions.assumeTrue(code == 0, "mounting a tmpfs needs root (mount exited with " + code + "): skipped");
        return new Tmpfs(at);
    }

    Path path() {
        return at;
    }

    long free() throws IOException {
        return Files.getFileStore(at).getUsableSpace();
    }

    /** Fills the file system with a file of its own until only {@code leave} bytes are free; returns the file. */
    Path fillLeaving(long leave) throws IOException {
        Path filler = at.resolve("filler.bin");
        long size = Math.max(0, free() - leave + (Files.exists(filler) ? Files.size(filler) : 0));
        byte[] chunk = new byte[1 << 16];
        try (var out = Files.newOutputStream(filler)) {
            for (long written = 0; written < size; written += chunk.length) {
                out.write(chunk, 0, (int) Math.min(chunk.length, size - written));
            }
        }
        return filler;
    }

    /** Gives the file system another size (a full disk that was given room). */
    void resize(String size) throws IOException, InterruptedException {
        if (run("mount", "-o", "remount,size=" + size, at.toString()) != 0) {
            throw new IOException("Could not resize the tmpfs at " + at + " to " + size);
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (run("umount", at.toString()) != 0) {
            run("umount", "-l", at.toString());
        }
    }

    private static int run(String... cmd) throws IOException, InterruptedException {
        List<String> c = new ArrayList<>(List.of(cmd));
        Process p = new ProcessBuilder(c).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return -1;
        }
        return p.exitValue();
    }
}
