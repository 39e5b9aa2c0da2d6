package io.appaudit.crawler.apk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.appaudit.indexer.DocumentMapper;
import io.appaudit.indexer.docs.ListingDocument;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The APKs already read, kept across crawl runs in the data folder ({@code apk/reads.jsonl}, one read a line,
 * appended): each read is found again by any of its keys (its final URL, its size with its ETag or Last-Modified,
 * a store-published MD5 or SHA-256 of the file), so an unchanged catalogue is not read again. Reads that failed on
 * the network ({@code failed}) are not kept: the next crawl tries again.
 */
public final class ApkCache {

    private static final Logger log = LoggerFactory.getLogger(ApkCache.class);
    static final String FILE = "reads.jsonl";
    private static final ObjectMapper JSON = DocumentMapper.create();

    /** One read: the keys it is found by, the snapshot it was read for, and what was read. */
    public record Entry(List<String> keys, String snapshotId, ListingDocument.Apk apk) {
        public Entry {
            keys = List.copyOf(keys);
            Objects.requireNonNull(snapshotId, "snapshotId");
            Objects.requireNonNull(apk, "apk");
        }
    }

    private final Optional<Path> file;
    private final Map<String, Entry> byKey = new HashMap<>();

    private ApkCache(Optional<Path> file) {
        this.file = file;
    }

    /** A cache that lives as long as the run (tests, benchmarks). */
    public static ApkCache inMemory() {
        return new ApkCache(Optional.empty());
    }

    /** The cache kept in {@code folder}, with the reads of earlier runs; an unreadable line is skipped, named. */
    public static ApkCache open(Path folder) {
        ApkCache c = new ApkCache(Optional.of(folder.resolve(FILE)));
        Path f = folder.resolve(FILE);
        if (Files.exists(f)) {
            try {
                int n = 0;
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    n++;
                    if (line.isBlank()) {
                        continue;
                    }
                    try {
                        c.index(JSON.readValue(line, Entry.class));
                    } catch (JsonProcessingException | IllegalArgumentException | NullPointerException e) {
                        log.warn("Skipping line {} of {}: not an APK read ({})", n, f, e.getClass().getSimpleName());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Reading the APK cache " + f + " failed", e);
            }
        }
        return c;
    }

    /** The read kept under any of {@code keys}. */
    public synchronized Optional<Entry> find(List<String> keys) {
        return keys.stream().map(byKey::get).filter(Objects::nonNull).findFirst();
    }

    /** Keeps a read under its keys (and those of an earlier read it replaces), on disk when the cache has a file. */
    public synchronized void put(List<String> keys, String snapshotId, ListingDocument.Apk apk) {
        Set<String> all = new LinkedHashSet<>(keys);
        Entry e = new Entry(new ArrayList<>(all), snapshotId, apk);
        index(e);
        if (file.isPresent()) {
            try {
                Files.createDirectories(file.get().getParent());
                try (BufferedWriter w = Files.newBufferedWriter(file.get(), StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
                    w.write(JSON.writeValueAsString(e));
                    w.write('\n');
                }
            } catch (IOException ex) {
                log.warn("Keeping an APK read in {} failed: {}; it will be read again next run", file.get(),
                        ex.toString());
            }
        }
    }

    public synchronized int size() {
        return (int) byKey.values().stream().distinct().count();
    }

    private void index(Entry e) {
        e.keys().forEach(k -> byKey.put(k, e));
    }
}
