package io.appaudit.crawler.apk;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Reads an APK's facts from byte ranges of it, within a budget of requests and bytes: the tail (the end record and,
 * usually, the central directory), the APK Signing Block just before the directory (read with the directory when the
 * directory is not in the tail), and the AndroidManifest.xml entry; the v1 signature blocks only when the APK has no
 * v2/v3 signature. See docs/apk.md.
 */
public final class ApkReader {

    /** Read with a directory that is not in the tail: room for a typical signing block (v2 + v3, 4 KiB pages). */
    static final int SIGNING_BLOCK_GUESS = 16 * 1024;
    /** Extra bytes read after an entry's local header and name, for a local extra field longer than the CD's. */
    static final int LOCAL_SLACK = 64;
    /** The largest manifest unpacked (real ones are tens of kilobytes). */
    static final int MAX_MANIFEST = 4 * 1024 * 1024;
    /** v1 signature blocks read at most (one per signer). */
    static final int MAX_V1_BLOCKS = 2;
    private static final int LOCAL_SIG = 0x04034b50;

    private final int maxRequests;
    private final long maxBytes;

    public ApkReader(int maxRequests, long maxBytes) {
        if (maxRequests < 1 || maxBytes < 1) {
            throw new IllegalArgumentException("an APK budget allows at least one request and one byte");
        }
        this.maxRequests = maxRequests;
        this.maxBytes = maxBytes;
    }

    ApkFacts read(RangeSource source) throws ApkReadException {
        ByteWindow w = new ByteWindow(source, maxRequests, maxBytes);
        byte[] tail = w.openTail(ZipDirectory.TAIL);
        ZipDirectory dir = ZipDirectory.read(w, tail, SIGNING_BLOCK_GUESS);
        ZipEntryRef m = dir.entry("AndroidManifest.xml").orElseThrow(
                () -> ApkReadException.notAnApk("a zip without AndroidManifest.xml: not an APK"));
        Signers signers = signingBlock(w, dir.cdOffset());
        Manifest manifest = BinaryXml.manifest(data(w, m, MAX_MANIFEST, dir.cdOffset()));
        List<ZipEntryRef> v1 = dir.entries().stream().filter(e -> V1Signature.isSignatureBlock(e.name())).toList();
        if (!v1.isEmpty()) {
            List<String> schemes = new ArrayList<>(List.of("v1"));
            schemes.addAll(signers.schemes());
            if (signers.signerSha256().isEmpty()) {
                Set<String> certs = new LinkedHashSet<>();
                for (ZipEntryRef e : v1.subList(0, Math.min(v1.size(), MAX_V1_BLOCKS))) {
                    certs.addAll(V1Signature.signers(data(w, e, 256 * 1024, dir.cdOffset())));
                }
                signers = new Signers(schemes, List.copyOf(certs), List.of());
            } else {
                signers = new Signers(schemes, signers.signerSha256(), signers.lineageSha256());
            }
        }
        return new ApkFacts(manifest, signers);
    }

    /** The v2/v3 signers of the APK Signing Block ending at the directory; none without a block. */
    private static Signers signingBlock(ByteWindow w, long cdOffset) throws ApkReadException {
        if (cdOffset < 32) {
            return Signers.NONE;
        }
        long size = SigningBlock.sizeFromFooter(w.bytes(cdOffset - SigningBlock.FOOTER, SigningBlock.FOOTER));
        if (size < 0) {
            return Signers.NONE;
        }
        if (size < SigningBlock.FOOTER + 8 || size > cdOffset - 8) {
            throw ApkReadException.unreadable("an APK Signing Block of " + size + " bytes before a directory at "
                    + cdOffset);
        }
        if (size + 8 > Integer.MAX_VALUE) {
            throw new ApkReadException(ApkStatus.OVER_BUDGET, "an APK Signing Block of " + size + " bytes");
        }
        byte[] block = w.bytes(cdOffset - size - 8, (int) (size + 8));
        if (ByteBuffer.wrap(block).order(ByteOrder.LITTLE_ENDIAN).getLong(0) != size) {
            throw ApkReadException.unreadable("the APK Signing Block's two size fields differ");
        }
        return SigningBlock.signers(SigningBlock.pairs(block));
    }

    /** An entry's data, unpacked (stored or deflated), read through its local header. */
    private static byte[] data(ByteWindow w, ZipEntryRef e, int max, long cdOffset) throws ApkReadException {
        if (e.uncompressedSize() > max || e.compressedSize() > max) {
            throw ApkReadException.unreadable(e.name() + " declares " + e.uncompressedSize() + " bytes, more than "
                    + max + " an entry of its kind has");
        }
        long at = e.localHeaderOffset();
        int nameLen = e.name().getBytes(StandardCharsets.UTF_8).length;
        long guess = Math.min(30L + nameLen + e.extraLength() + e.compressedSize() + LOCAL_SLACK, cdOffset - at);
        if (guess < 30) {
            throw ApkReadException.unreadable(e.name() + "'s local header is not before the directory");
        }
        w.bytes(at, (int) guess);
        ByteBuffer h = ByteBuffer.wrap(w.bytes(at, 30)).order(ByteOrder.LITTLE_ENDIAN);
        if (h.getInt(0) != LOCAL_SIG) {
            throw ApkReadException.unreadable("no local header where the directory puts " + e.name());
        }
        long dataAt = at + 30 + (h.getShort(26) & 0xFFFF) + (h.getShort(28) & 0xFFFF);
        if (dataAt + e.compressedSize() > cdOffset) {
            throw ApkReadException.unreadable(e.name() + "'s data runs into the directory");
        }
        byte[] raw = w.bytes(dataAt, (int) e.compressedSize());
        if (e.method() == 0) {
            if (e.compressedSize() != e.uncompressedSize()) {
                throw ApkReadException.unreadable(e.name() + " is stored with two different sizes");
            }
            return raw;
        }
        if (e.method() != 8) {
            throw ApkReadException.unreadable(e.name() + " is compressed with method " + e.method()
                    + " (APKs use stored or deflated)");
        }
        return inflate(e, raw);
    }

    private static byte[] inflate(ZipEntryRef e, byte[] raw) throws ApkReadException {
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(raw);
            byte[] out = new byte[(int) e.uncompressedSize()];
            int n = 0;
            while (n < out.length && !inflater.finished()) {
                int k = inflater.inflate(out, n, out.length - n);
                if (k == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                n += k;
            }
            if (n != out.length) {
                throw ApkReadException.unreadable(e.name() + " inflates to " + n + " bytes, not the "
                        + out.length + " its directory entry says");
            }
            return out;
        } catch (DataFormatException ex) {
            throw ApkReadException.unreadable(e.name() + " is not valid deflate data: " + ex.getMessage());
        } finally {
            inflater.end();
        }
    }
}
