package io.appaudit.crawler.evidence;

import io.appaudit.stores.StoreId;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Finds captured exchanges in the evidence folder by scanning WARC files, newest first: by record id, or the latest
 * capture of a URL (the fetched URL or the store URL a mirror stood in for).
 */
public final class EvidenceFinder {

    private final WarcArchive archive;

    public EvidenceFinder(WarcArchive archive) {
        this.archive = archive;
    }

    /** The response record with this id (with or without its angle brackets). */
    public Optional<CapturedExchange> byRecordId(List<StoreId> stores, String recordId) throws IOException {
        String id = recordId.startsWith("<") ? recordId : "<" + recordId + ">";
        for (Path file : files(stores)) {
            Optional<CapturedExchange> found = first(file, c -> c.recordId().equals(id));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** The record in a known file of a store. */
    public Optional<CapturedExchange> inFile(StoreId store, String file, String recordId) throws IOException {
        Path p = archive.folder(store).resolve(Path.of(file).getFileName().toString());
        return first(p, c -> c.recordId().equals(recordId));
    }

    /** The latest capture of a URL. */
    public Optional<CapturedExchange> latest(List<StoreId> stores, String url) throws IOException {
        for (Path file : files(stores)) {
            AtomicReference<CapturedExchange> last = new AtomicReference<>();
            WarcScanner.scan(file, c -> {
                if (c.targetUrl().equals(url) || c.storeUrl().equals(url)) {
                    last.set(c);
                }
                return true;
            });
            if (last.get() != null) {
                return Optional.of(last.get());
            }
        }
        return Optional.empty();
    }

    private Optional<CapturedExchange> first(Path file, java.util.function.Predicate<CapturedExchange> match)
            throws IOException {
        if (!java.nio.file.Files.isRegularFile(file)) {
            return Optional.empty();
        }
        AtomicReference<CapturedExchange> found = new AtomicReference<>();
        WarcScanner.scan(file, c -> {
            if (match.test(c)) {
                found.set(c);
                return false;
            }
            return true;
        });
        return Optional.ofNullable(found.get());
    }

    /** The stores' files, newest first across stores. */
    private List<Path> files(List<StoreId> stores) {
        List<Path> all = new ArrayList<>();
        stores.forEach(s -> all.addAll(archive.files(s)));
        all.sort((a, b) -> stamp(b).compareTo(stamp(a)));
        return all;
    }

    /** File names are appaudit-&lt;store&gt;-&lt;timestamp&gt;-…: the part after the store sorts by time. */
    private static String stamp(Path file) {
        String n = file.getFileName().toString();
        int first = n.indexOf('-');
        int second = first < 0 ? -1 : n.indexOf('-', first + 1);
        return second < 0 ? n : n.substring(second + 1);
    }
}
