package io.appaudit.indexer.node;

import io.appaudit.indexer.ElasticException;
import io.appaudit.indexer.OwnerOnly;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Elasticsearch distribution published on Maven Central as
 * {@code org.elasticsearch.distribution.integ-test-zip:elasticsearch:<version>:zip}: found in the local Maven
 * repository or downloaded (checked against its published SHA-1), then unpacked once.
 */
final class Distribution {

    private static final Logger log = LoggerFactory.getLogger(Distribution.class);
    private static final String GROUP_PATH = "org/elasticsearch/distribution/integ-test-zip/elasticsearch";

    private final String version;
    private final URI repository;
    private final Path downloads;

    Distribution(String version, URI repository, Path downloads) {
        this.version = version;
        this.repository = repository;
        this.downloads = downloads;
    }

    /** The unpacked distribution under {@code dir}, unpacking (and downloading) it first when needed. */
    Path unpackInto(Path dir) throws IOException {
        Path home = dir.resolve("elasticsearch-" + version);
        if (Files.isExecutable(home.resolve("bin/elasticsearch")) && Files.exists(home.resolve(".appaudit-complete"))) {
            return home;
        }
        Path zip = zip();
        Path tmp = Files.createTempDirectory(dir, ".unpack-");
        log.info("Unpacking Elasticsearch {} into {}", version, home);
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                Path target = tmp.resolve(e.getName()).normalize();
                if (!target.startsWith(tmp)) {
                    throw new IOException("Refusing zip entry outside the target folder: " + e.getName());
                }
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        Path unpacked = tmp.resolve("elasticsearch-" + version);
        if (!Files.isDirectory(unpacked)) {
            throw new ElasticException("The distribution " + zip + " does not contain elasticsearch-" + version
                    + "/: delete it and run again to download it afresh");
        }
        try (var bins = Files.list(unpacked.resolve("bin"))) {
            for (Path p : (Iterable<Path>) bins::iterator) {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
        Files.createFile(unpacked.resolve(".appaudit-complete"));
        if (Files.exists(home)) {
            deleteTree(home);
        }
        Files.move(unpacked, home);
        deleteTree(tmp);
        return home;
    }

    private Path zip() throws IOException {
        String file = "elasticsearch-" + version + ".zip";
        Path m2 = Path.of(System.getProperty("user.home"), ".m2", "repository", GROUP_PATH, version, file);
        if (Files.isReadable(m2)) {
            return m2;
        }
        Path local = downloads.resolve(file);
        if (Files.isReadable(local)) {
            return local;
        }
        OwnerOnly.createFolders(downloads);
        String base = repository.toString().replaceAll("/+$", "") + "/" + GROUP_PATH + "/" + version + "/" + file;
        log.info("Downloading Elasticsearch {} (about 100 MB) from {}", version, base);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        try {
            HttpResponse<String> sha = http.send(HttpRequest.newBuilder(URI.create(base + ".sha1")).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.US_ASCII));
            if (sha.statusCode() != 200) {
                throw new ElasticException("Could not download " + base + ".sha1 (HTTP " + sha.statusCode()
                        + "): set elastic.embedded.repository to a reachable Maven repository, or elastic.urls to a cluster");
            }
            Path part = Files.createTempFile(downloads, file, ".part");
            HttpResponse<InputStream> r = http.send(HttpRequest.newBuilder(URI.create(base)).build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            if (r.statusCode() != 200) {
                throw new ElasticException("Could not download " + base + " (HTTP " + r.statusCode() + ")");
            }
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            try (InputStream in = r.body(); var out = Files.newOutputStream(part)) {
                byte[] buf = new byte[1 << 16];
                for (int n; (n = in.read(buf)) > 0; ) {
                    sha1.update(buf, 0, n);
                    out.write(buf, 0, n);
                }
            }
            String want = sha.body().trim().split("\\s+")[0];
            String got = HexFormat.of().formatHex(sha1.digest());
            if (!got.equalsIgnoreCase(want)) {
                Files.deleteIfExists(part);
                throw new ElasticException("The download of " + base + " is corrupt (SHA-1 " + got + ", expected "
                        + want + "): run again");
            }
            Files.move(part, local, StandardCopyOption.ATOMIC_MOVE);
            return local;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while downloading " + base, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 missing from this JDK", e);
        } catch (IOException e) {
            throw new ElasticException("Could not download Elasticsearch from " + base + ": " + e.getMessage()
                    + ". Set elastic.embedded.repository to a reachable Maven repository, or elastic.urls to a cluster", e);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var s = Files.walk(root)) {
            for (Path p : (Iterable<Path>) s.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }
}
