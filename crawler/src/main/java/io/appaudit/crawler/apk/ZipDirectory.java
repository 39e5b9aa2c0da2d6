package io.appaudit.crawler.apk;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A zip's end-of-central-directory record (and its ZIP64 form) and its central directory, read from the end of the
 * file: where the directory starts (the APK Signing Block ends there) and each entry's place and size.
 *
 * @param cdOffset where the central directory starts
 * @param entries  the entries, in directory order
 */
record ZipDirectory(long cdOffset, long cdSize, List<ZipEntryRef> entries) {

    /** The EOCD record's fixed part; its comment is at most 65535 bytes. */
    static final int EOCD_SIZE = 22;
    /** The last bytes of a zip that always hold its EOCD record. */
    static final int TAIL = EOCD_SIZE + 0xFFFF;
    /** A directory of more entries than this is not an APK we read (a real one has thousands at most). */
    static final int MAX_ENTRIES = 200_000;

    private static final int EOCD_SIG = 0x06054b50;
    private static final int ZIP64_LOCATOR_SIG = 0x07064b50;
    private static final int ZIP64_EOCD_SIG = 0x06064b50;
    private static final int CD_SIG = 0x02014b50;

    ZipDirectory {
        entries = List.copyOf(entries);
    }

    Optional<ZipEntryRef> entry(String name) {
        return entries.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    /**
     * The directory of the file behind {@code w}, whose tail {@code tail} was read first. A directory not in the
     * tail is read in one request together with the {@code before} bytes that precede it (where the APK Signing
     * Block ends).
     */
    static ZipDirectory read(ByteWindow w, byte[] tail, int before) throws ApkReadException {
        long tailStart = w.size() - tail.length;
        int at = eocdIn(tail);
        ByteBuffer eocd = le(tail, at, EOCD_SIZE);
        long entries = eocd.getShort(10) & 0xFFFF;
        long cdSize = eocd.getInt(12) & 0xFFFFFFFFL;
        long cdOffset = eocd.getInt(16) & 0xFFFFFFFFL;
        long cdEndLimit = tailStart + at;
        if (entries == 0xFFFF || cdSize == 0xFFFFFFFFL || cdOffset == 0xFFFFFFFFL) {
            if (tailStart + at < 20) {
                throw ApkReadException.unreadable("a ZIP64 directory without its locator");
            }
            ByteBuffer loc = le(w.bytes(tailStart + at - 20, 20), 0, 20);
            if (loc.getInt(0) != ZIP64_LOCATOR_SIG) {
                throw ApkReadException.unreadable("the end record asks for ZIP64 but has no ZIP64 locator");
            }
            long recAt = loc.getLong(8);
            if (recAt < 0 || recAt + 56 > tailStart + at - 20) {
                throw ApkReadException.unreadable("the ZIP64 locator points outside the file");
            }
            ByteBuffer rec = le(w.bytes(recAt, 56), 0, 56);
            if (rec.getInt(0) != ZIP64_EOCD_SIG) {
                throw ApkReadException.unreadable("no ZIP64 end record where its locator points");
            }
            entries = rec.getLong(32);
            cdSize = rec.getLong(40);
            cdOffset = rec.getLong(48);
            cdEndLimit = recAt;
        }
        if (entries < 0 || entries > MAX_ENTRIES) {
            throw ApkReadException.unreadable("the zip declares " + entries + " entries");
        }
        if (cdOffset < 0 || cdSize < 0 || cdOffset + cdSize > cdEndLimit) {
            throw ApkReadException.unreadable("the central directory (" + cdSize + " bytes at " + cdOffset
                    + ") does not end before the end record at " + cdEndLimit + ": the file is cut short or is "
                    + "not what its end says");
        }
        if (cdSize > Integer.MAX_VALUE) {
            throw new ApkReadException(ApkStatus.OVER_BUDGET, "a central directory of " + cdSize + " bytes");
        }
        if (!w.holds(cdOffset, (int) cdSize)) {
            long from = Math.max(0, cdOffset - before);
            w.bytes(from, (int) (cdOffset + cdSize - from));
        }
        byte[] cd = w.bytes(cdOffset, (int) cdSize);
        return new ZipDirectory(cdOffset, cdSize, parse(cd, (int) entries));
    }

    /** The EOCD record's position in the tail: the last signature whose comment runs exactly to the end. */
    static int eocdIn(byte[] tail) throws ApkReadException {
        ByteBuffer b = le(tail, 0, tail.length);
        for (int i = tail.length - EOCD_SIZE; i >= 0; i--) {
            if (b.getInt(i) == EOCD_SIG && (b.getShort(i + 20) & 0xFFFF) == tail.length - i - EOCD_SIZE) {
                return i;
            }
        }
        throw ApkReadException.notAnApk("no zip end-of-central-directory record in the last " + tail.length
                + " bytes: not a zip");
    }

    private static List<ZipEntryRef> parse(byte[] cd, int count) throws ApkReadException {
        ByteBuffer b = le(cd, 0, cd.length);
        List<ZipEntryRef> out = new ArrayList<>(Math.min(count, 4096));
        int p = 0;
        for (int i = 0; i < count; i++) {
            if (p + 46 > cd.length || b.getInt(p) != CD_SIG) {
                throw ApkReadException.unreadable("central directory entry " + i + " is missing or damaged");
            }
            int method = b.getShort(p + 10) & 0xFFFF;
            long comp = b.getInt(p + 20) & 0xFFFFFFFFL;
            long uncomp = b.getInt(p + 24) & 0xFFFFFFFFL;
            int nameLen = b.getShort(p + 28) & 0xFFFF;
            int extraLen = b.getShort(p + 30) & 0xFFFF;
            int commentLen = b.getShort(p + 32) & 0xFFFF;
            long local = b.getInt(p + 42) & 0xFFFFFFFFL;
            int end = p + 46 + nameLen + extraLen + commentLen;
            if (end > cd.length) {
                throw ApkReadException.unreadable("central directory entry " + i + " runs past the directory");
            }
            String name = new String(cd, p + 46, nameLen, StandardCharsets.UTF_8);
            long[] sizes = zip64(b, p + 46 + nameLen, extraLen, uncomp, comp, local);
            out.add(new ZipEntryRef(name, method, sizes[1], sizes[0], sizes[2], extraLen));
            p = end;
        }
        return out;
    }

    /** Uncompressed size, compressed size and local offset, from the ZIP64 extra field where they overflow. */
    private static long[] zip64(ByteBuffer b, int at, int len, long uncomp, long comp, long local)
            throws ApkReadException {
        long[] v = {uncomp, comp, local};
        if (uncomp != 0xFFFFFFFFL && comp != 0xFFFFFFFFL && local != 0xFFFFFFFFL) {
            return v;
        }
        int p = at;
        while (p + 4 <= at + len) {
            int id = b.getShort(p) & 0xFFFF;
            int size = b.getShort(p + 2) & 0xFFFF;
            if (id == 0x0001) {
                int q = p + 4;
                for (int i = 0; i < 3; i++) {
                    if (v[i] == 0xFFFFFFFFL) {
                        if (q + 8 > p + 4 + size) {
                            throw ApkReadException.unreadable("a short ZIP64 extra field");
                        }
                        v[i] = b.getLong(q);
                        q += 8;
                    }
                }
                return v;
            }
            p += 4 + size;
        }
        throw ApkReadException.unreadable("an entry's size overflows without a ZIP64 extra field");
    }

    static ByteBuffer le(byte[] bytes, int offset, int length) {
        return ByteBuffer.wrap(bytes, offset, length).slice().order(ByteOrder.LITTLE_ENDIAN);
    }
}
