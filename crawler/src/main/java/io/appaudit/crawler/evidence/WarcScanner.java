package io.appaudit.crawler.evidence;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Predicate;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the responses of a WARC file in order, each with its request. A record torn by a crash (a gzip member cut
 * short) or otherwise unreadable is reported and skipped: reading resumes at the next gzip member.
 */
public final class WarcScanner {

    private static final Logger log = LoggerFactory.getLogger(WarcScanner.class);
    /** A gzip member starts with these bytes (magic, deflate method). */
    private static final byte[] GZIP_MEMBER = {0x1f, (byte) 0x8b, 0x08};

    /** What a scan saw: readable responses handed on, and torn or unreadable stretches skipped. */
    public record Report(int responses, int skipped) {
    }

    private WarcScanner() {
    }

    /** Hands each response to {@code visitor} until it returns false or the file ends. */
    public static Report scan(Path file, Predicate<CapturedExchange> visitor) throws IOException {
        String name = file.getFileName().toString();
        int responses = 0;
        int skipped = 0;
        long lastEmitted = -1;
        try (FileChannel ch = FileChannel.open(file)) {
            long start = 0;
            while (start >= 0 && start < ch.size()) {
                ch.position(start);
                long current = start;
                try {
                    WarcReader reader = new WarcReader(ch);
                    Optional<WarcRecord> next = reader.next();
                    while (next.isPresent()) {
                        WarcRecord record = next.get();
                        current = record.position();
                        if (!(record instanceof WarcResponse response) || current <= lastEmitted) {
                            next = reader.next();
                            continue;
                        }
                        // The body is read before the reader moves on: moving on skips it.
                        CapturedExchange c = WarcRecords.exchange(name, response, Optional.empty());
                        Optional<String> request = Optional.empty();
                        IOException torn = null;
                        try {
                            next = reader.next();
                            if (next.isPresent()) {
                                request = WarcRecords.requestFor(next.get(), response.id());
                                if (request.isPresent()) {
                                    current = next.get().position();
                                    next = reader.next();
                                }
                            }
                        } catch (IOException | RuntimeException e) {
                            // a torn request record still leaves its response readable
                            torn = e instanceof IOException io ? io : new IOException(e);
                        }
                        responses++;
                        lastEmitted = c.offset();
                        if (!visitor.test(withRequest(c, request))) {
                            return new Report(responses, skipped);
                        }
                        if (torn != null) {
                            throw torn;
                        }
                    }
                    return new Report(responses, skipped);
                } catch (IOException | RuntimeException e) {
                    skipped++;
                    log.warn("Skipping an unreadable or torn WARC record in {} after offset {}: {}", name, current,
                            e.toString());
                    start = nextMember(ch, current + 1);
                }
            }
        }
        return new Report(responses, skipped);
    }

    private static CapturedExchange withRequest(CapturedExchange c, Optional<String> request) {
        return new CapturedExchange(c.file(), c.offset(), c.recordId(), c.date(), c.targetUrl(), c.canonicalUrl(),
                c.status(), c.reason(), c.headers(), c.payload(), c.truncated(), request);
    }

    /** The offset of the next gzip member at or after {@code from}, or -1. */
    static long nextMember(FileChannel ch, long from) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(64 * 1024);
        long pos = from;
        long size = ch.size();
        while (pos < size) {
            buf.clear();
            int n = ch.read(buf, pos);
            if (n <= 0) {
                return -1;
            }
            byte[] b = buf.array();
            for (int i = 0; i + GZIP_MEMBER.length <= n; i++) {
                if (b[i] == GZIP_MEMBER[0] && b[i + 1] == GZIP_MEMBER[1] && b[i + 2] == GZIP_MEMBER[2]) {
                    return pos + i;
                }
            }
            if (n < GZIP_MEMBER.length) {
                return -1;
            }
            pos += n - (GZIP_MEMBER.length - 1);
        }
        return -1;
    }
}
