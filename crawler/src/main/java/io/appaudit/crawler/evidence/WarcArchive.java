package io.appaudit.crawler.evidence;

import io.appaudit.stores.StoreId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The evidence folder: one sub-folder of WARC files per store ({@code <data.dir>/warc/<store>/}). Writes append to
 * the store's current file; reads go straight to a record's offset.
 */
public final class WarcArchive implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(WarcArchive.class);

    private final Path root;
    private final long maxFileSize;
    private final SpaceGuard space;
    private final Map<StoreId, WarcFiles> files = new EnumMap<>(StoreId.class);

    /** An archive that writes while {@code space} allows it. */
    public WarcArchive(Path root, long maxFileSize, SpaceGuard space) {
        this.root = root;
        this.maxFileSize = maxFileSize;
        this.space = space;
    }

    /** An archive for reading, or for writing without a free-space floor. */
    public WarcArchive(Path root, long maxFileSize) {
        this(root, maxFileSize, SpaceGuard.none(root));
    }

    public Path folder(StoreId store) {
        return root.resolve(store.id());
    }

    /**
     * Writes one exchange (response, then request) to the store's current file. A write that fails leaves no torn
     * record behind where it can help it (see {@link WarcFiles}).
     *
     * @throws DataFolderException when the disk is short of data.min-free-space, full, or the folder not writable
     */
    public WarcLocation write(StoreId store, Capture capture) throws DataFolderException {
        space.requireRoom();
        WarcFiles f;
        synchronized (files) {
            f = files.computeIfAbsent(store, s -> new WarcFiles(folder(s), s.id(), maxFileSize));
        }
        try {
            return f.write(capture);
        } catch (IOException e) {
            throw space.writeFailed("the evidence of " + capture.fetchedUrl() + " (in " + folder(store) + ")", e);
        }
    }

    /** True when the record's file exists and reaches past its offset. */
    public boolean holds(StoreId store, WarcLocation at) {
        Path p = folder(store).resolve(at.file());
        try {
            return Files.isRegularFile(p) && Files.size(p) > at.offset();
        } catch (IOException e) {
            return false;
        }
    }

    /** The exchange at a location; empty (and logged) when the file is gone or the record is not readable there. */
    public Optional<CapturedExchange> read(StoreId store, WarcLocation at) {
        Path p = folder(store).resolve(at.file());
        if (!holds(store, at)) {
            return Optional.empty();
        }
        try (FileChannel ch = FileChannel.open(p)) {
            ch.position(at.offset());
            WarcReader reader = new WarcReader(ch);
            Optional<WarcRecord> first = reader.next();
            if (first.isEmpty() || !(first.get() instanceof WarcResponse response)
                    || !at.recordId().equals("<" + response.id() + ">")) {
                log.warn("No response record {} at {}@{}", at.recordId(), at.file(), at.offset());
                return Optional.empty();
            }
            CapturedExchange c = WarcRecords.exchange(at.file(), response, Optional.empty());
            Optional<String> request = Optional.empty();
            try {
                Optional<WarcRecord> second = reader.next();
                if (second.isPresent()) {
                    request = WarcRecords.requestFor(second.get(), response.id());
                }
            } catch (IOException | RuntimeException e) {
                log.debug("The request record after {} is unreadable: {}", at, e.toString());
            }
            return Optional.of(new CapturedExchange(c.file(), c.offset(), c.recordId(), c.date(), c.targetUrl(),
                    c.canonicalUrl(), c.status(), c.reason(), c.headers(), c.payload(), c.truncated(), request));
        } catch (IOException | RuntimeException e) {
            log.warn("Unreadable WARC record at {}@{}: {}", at.file(), at.offset(), e.toString());
            return Optional.empty();
        }
    }

    /** The store's WARC files, newest first. */
    public List<Path> files(StoreId store) {
        Path dir = folder(store);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> out = new ArrayList<>(s.filter(f -> f.getFileName().toString().endsWith(".warc.gz")).toList());
            out.sort(Comparator.comparing((Path f) -> f.getFileName().toString()).reversed());
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + dir, e);
        }
    }

    @Override
    public void close() throws IOException {
        synchronized (files) {
            IOException first = null;
            for (WarcFiles f : files.values()) {
                try {
                    f.close();
                } catch (IOException e) {
                    first = first == null ? e : first;
                }
            }
            files.clear();
            if (first != null) {
                throw first;
            }
        }
    }
}
