package io.appaudit.crawler.audit;

import io.appaudit.indexer.OwnerOnly;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The demo shipped inside the program: a recorded replay of the five stores (about 50 apps each, with planted
 * problems of every family), its configuration and its user files, as in the repository's {@code demo/} folder.
 */
public final class DemoBundle {

    /** Where the build puts the repository's demo/ folder on the class path. */
    static final String ROOT = "appaudit-demo";
    /** The demo's configuration file inside the bundle. */
    public static final String CONFIG = "appaudit-demo.yaml";
    /** This quarter's replay inside the bundle. */
    public static final String REPLAY = "replay";
    /** The notice batch the demo imports, whose follow-up the demo's crawls feed. */
    public static final String NOTICE_BATCH = "notice-batch.csv";
    /** The previous quarter's replay inside the bundle: the same stores a quarter earlier. */
    public static final String PREVIOUS_REPLAY = "replay-previous";

    private DemoBundle() {
    }

    /** Copies the bundled demo into {@code dir} (replacing what a previous demo left there) and returns it. */
    public static Path extractTo(Path dir) {
        URL marker = DemoBundle.class.getClassLoader().getResource(ROOT + "/" + CONFIG);
        if (marker == null) {
            throw new IllegalStateException("The demo is missing from the program: rebuild it with ./mvnw package");
        }
        try {
            deleteTree(dir);
            OwnerOnly.createFolders(dir);
            URI uri = marker.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                boolean opened = false;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                    opened = true;
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                try {
                    copyTree(fs.getPath("/" + ROOT), dir);
                } finally {
                    if (opened) {
                        fs.close();
                    }
                }
            } else {
                copyTree(Path.of(uri).getParent(), dir);
            }
            return dir;
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("Could not unpack the demo into " + dir + ": " + e.getMessage(), e);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    OwnerOnly.createFolders(target);
                } else {
                    try (InputStream in = Files.newInputStream(p)) {
                        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
