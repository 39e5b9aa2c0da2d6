package io.appaudit.crawler.evidence;

import io.appaudit.indexer.OwnerOnly;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTruncationReason;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * The WARC files of one store's evidence folder: records are appended to the current file, each record its own
 * gzip member, and a new file is started once the current one reaches the size limit. A file is never reopened
 * for appending, so a record torn by a crash can only be the last one of its file. A write that fails (a full disk)
 * is cut back off the file, which is then closed: the next write starts a new file.
 */
final class WarcFiles implements AutoCloseable {

    /** The extension field naming the store URL a mirror or replay stood in for. */
    static final String CANONICAL_URI = "Appaudit-Canonical-URI";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS")
            .withZone(ZoneOffset.UTC);
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final byte[] CRLF = {'\r', '\n'};

    private final Path folder;
    private final String store;
    private final long maxFileSize;
    private FileChannel channel;
    private WarcWriter writer;
    private String fileName;

    WarcFiles(Path folder, String store, long maxFileSize) {
        this.folder = folder;
        this.store = store;
        this.maxFileSize = maxFileSize;
    }

    /** Writes the response record, then the request record pointing to it; returns the response's location. */
    synchronized WarcLocation write(Capture c) throws IOException {
        if (writer == null || channel.size() >= maxFileSize) {
            rotate();
        }
        long offset = writer.position();
        try {
            return append(c, offset);
        } catch (IOException | RuntimeException e) {
            abandon(offset);
            throw e;
        }
    }

    private WarcLocation append(Capture c, long offset) throws IOException {
        byte[] payload = c.payloadUnsafe();
        byte[] digest = sha256(payload);
        UUID id = UUID.randomUUID();
        URI target = URI.create(c.fetchedUrl());
        WarcResponse.Builder response = new WarcResponse.Builder(target).recordId(id).date(c.date())
                .body(MediaType.HTTP_RESPONSE, httpMessage(c.responseHead(), payload, c.chunked()))
                .payloadDigest(new WarcDigest("sha-256", digest));
        if (c.truncated()) {
            response.truncated(WarcTruncationReason.LENGTH);
        }
        if (!c.canonicalUrl().equals(c.fetchedUrl())) {
            response.addHeader(CANONICAL_URI, c.canonicalUrl());
        }
        c.ip().ifPresent(response::ipAddress);
        writer.write(response.build());
        WarcRequest.Builder request = new WarcRequest.Builder(target).date(c.date())
                .body(MediaType.HTTP_REQUEST, httpMessage(c.requestHead(), c.requestBody(), false))
                .concurrentTo(URI.create("urn:uuid:" + id));
        writer.write(request.build());
        return new WarcLocation(fileName, offset, "<urn:uuid:" + id + ">", HexFormat.of().formatHex(digest));
    }

    private void rotate() throws IOException {
        close();
        OwnerOnly.createFolders(folder);
        fileName = "appaudit-" + store + "-" + STAMP.format(Instant.now()) + "-" + ProcessHandle.current().pid()
                + "-" + String.format("%05d", SEQUENCE.incrementAndGet()) + ".warc.gz";
        channel = FileChannel.open(folder.resolve(fileName), java.util.Set.of(StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE), OwnerOnly.fileAttribute(folder));
        writer = new WarcWriter(channel, WarcCompression.GZIP);
        try {
            writer.write(new Warcinfo.Builder().filename(fileName).fields(Map.of(
                    "software", List.of("appaudit"),
                    "format", List.of("WARC File Format 1.1"),
                    "description", List.of("Evidence of " + store + " store listings: every request and response")))
                    .build());
        } catch (IOException | RuntimeException e) {
            abandon(0);
            Files.deleteIfExists(folder.resolve(fileName));
            throw e;
        }
    }

    /**
     * After a failed write: cuts the file back to where the record began, so that no torn record stays in it, and
     * closes it. Best effort: should the cut fail too, readers detect the torn record and skip it.
     */
    private void abandon(long recordStart) {
        try {
            channel.truncate(recordStart);
        } catch (IOException | RuntimeException e) {
            // the torn tail stays; WarcScanner skips it
        }
        try {
            // the file itself, not the writer: closing the gzip stream would write its trailer after the cut
            channel.close();
        } catch (IOException | RuntimeException e) {
            // closing a file we give up on has nothing left to save
        }
        writer = null;
        channel = null;
    }

    /** The head, a blank line and the body; a chunked body is written back as one chunk. */
    private static byte[] httpMessage(byte[] head, byte[] body, boolean chunked) {
        byte[] prefix = chunked ? (Integer.toHexString(body.length) + "\r\n").getBytes(StandardCharsets.US_ASCII)
                : new byte[0];
        byte[] suffix = chunked ? (body.length == 0 ? "\r\n" : "\r\n0\r\n\r\n").getBytes(StandardCharsets.US_ASCII)
                : new byte[0];
        byte[] out = new byte[head.length + CRLF.length + prefix.length + body.length + suffix.length];
        int at = 0;
        System.arraycopy(head, 0, out, at, head.length);
        at += head.length;
        System.arraycopy(CRLF, 0, out, at, CRLF.length);
        at += CRLF.length;
        System.arraycopy(prefix, 0, out, at, prefix.length);
        at += prefix.length;
        System.arraycopy(body, 0, out, at, body.length);
        at += body.length;
        System.arraycopy(suffix, 0, out, at, suffix.length);
        return out;
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        if (writer != null) {
            writer.close();
            writer = null;
            channel = null;
        }
    }
}
