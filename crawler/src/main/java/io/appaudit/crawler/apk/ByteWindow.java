package io.appaudit.crawler.apk;

import java.util.Map;
import java.util.TreeMap;

/**
 * The parts of one file read so far, within a budget of requests and bytes: asking for bytes fetches only what is
 * not already held (one request for the gap), and adjacent or overlapping parts are merged, so parts that sit next
 * to each other cost one request.
 */
final class ByteWindow {

    private final RangeSource source;
    private final int maxRequests;
    private final long maxBytes;
    private final TreeMap<Long, byte[]> parts = new TreeMap<>();
    private long size = -1;
    private int requests;
    private long bytesRead;

    ByteWindow(RangeSource source, int maxRequests, long maxBytes) {
        if (maxRequests < 1 || maxBytes < 1) {
            throw new IllegalArgumentException("an APK budget allows at least one request and one byte");
        }
        this.source = source;
        this.maxRequests = maxRequests;
        this.maxBytes = maxBytes;
    }

    /** Reads the file's last {@code length} bytes (the first request) and learns its size. */
    byte[] openTail(int length) throws ApkReadException {
        spend(length);
        RangeSource.Tail t = source.tail(length);
        bytesRead += t.bytes().length - length;
        size = t.size();
        put(size - t.bytes().length, t.bytes());
        return t.bytes();
    }

    long size() {
        if (size < 0) {
            throw new IllegalStateException("the tail is read first");
        }
        return size;
    }

    /** Bytes {@code [offset, offset + length)}, fetched (the missing part only) when not already held. */
    byte[] bytes(long offset, int length) throws ApkReadException {
        if (offset < 0 || length < 0 || offset + length > size()) {
            throw ApkReadException.unreadable("the zip points at bytes " + offset + "-" + (offset + length)
                    + " of a " + size + "-byte file");
        }
        if (!holds(offset, length)) {
            long from = offset;
            long to = offset + length;
            Map.Entry<Long, byte[]> before = parts.floorEntry(offset);
            if (before != null && before.getKey() + before.getValue().length > offset) {
                from = before.getKey() + before.getValue().length;
            }
            Map.Entry<Long, byte[]> after = parts.floorEntry(to - 1);
            if (after != null && after.getKey() > from && after.getKey() < to) {
                to = after.getKey();
            }
            int n = Math.toIntExact(to - from);
            spend(n);
            put(from, source.range(from, n));
        }
        Map.Entry<Long, byte[]> e = parts.floorEntry(offset);
        byte[] out = new byte[length];
        System.arraycopy(e.getValue(), Math.toIntExact(offset - e.getKey()), out, 0, length);
        return out;
    }

    /** True when {@code [offset, offset + length)} is already held. */
    boolean holds(long offset, int length) {
        Map.Entry<Long, byte[]> e = parts.floorEntry(offset);
        return e != null && e.getKey() + e.getValue().length >= offset + length;
    }

    int requests() {
        return requests;
    }

    long bytesRead() {
        return bytesRead;
    }

    private void spend(long n) throws ApkReadException {
        if (requests + 1 > maxRequests) {
            throw new ApkReadException(ApkStatus.OVER_BUDGET, "reading the APK needs more than apk.max-requests ("
                    + maxRequests + ") range requests");
        }
        if (bytesRead + n > maxBytes) {
            throw new ApkReadException(ApkStatus.OVER_BUDGET, "reading the APK needs more than apk.max-bytes ("
                    + maxBytes + " bytes; " + bytesRead + " read, " + n + " more needed)");
        }
        requests++;
        bytesRead += n;
    }

    /** Adds a part and merges it with the parts it touches or overlaps. */
    private void put(long offset, byte[] bytes) {
        long from = offset;
        long to = offset + bytes.length;
        Map.Entry<Long, byte[]> e = parts.floorEntry(to);
        while (e != null && e.getKey() + e.getValue().length >= from) {
            from = Math.min(from, e.getKey());
            to = Math.max(to, e.getKey() + e.getValue().length);
            e = parts.lowerEntry(e.getKey());
        }
        byte[] merged = new byte[Math.toIntExact(to - from)];
        for (Map.Entry<Long, byte[]> p : parts.subMap(from, true, to, true).entrySet()) {
            System.arraycopy(p.getValue(), 0, merged, Math.toIntExact(p.getKey() - from), p.getValue().length);
        }
        System.arraycopy(bytes, 0, merged, Math.toIntExact(offset - from), bytes.length);
        parts.subMap(from, true, to, true).clear();
        parts.put(from, merged);
    }
}
