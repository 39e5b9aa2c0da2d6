package io.appaudit.crawler.evidence;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Undoes a body's Content-Encoding (gzip, deflate) with a bound on the decoded size: a few kilobytes of gzip can
 * inflate to gigabytes, so the bound is counted on the decoded bytes.
 */
public final class ContentDecoder {

    private ContentDecoder() {
    }

    /** The decoded body, or {@link TooLarge} when it would exceed {@code limit} bytes. */
    public static byte[] decode(byte[] body, String contentEncoding, long limit) throws IOException {
        String enc = contentEncoding == null ? "" : contentEncoding.trim().toLowerCase(Locale.ROOT);
        InputStream in = switch (enc) {
            case "", "identity" -> null;
            case "gzip", "x-gzip" -> new GZIPInputStream(new ByteArrayInputStream(body));
            // Servers send "deflate" both as zlib-wrapped and as raw deflate; zlib is the standard one.
            case "deflate" -> new InflaterInputStream(new ByteArrayInputStream(body), new Inflater(!isZlib(body)));
            default -> throw new IOException("Content-Encoding '" + contentEncoding + "' is not supported");
        };
        if (in == null) {
            if (body.length > limit) {
                throw new TooLarge(body.length, limit);
            }
            return body;
        }
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(body.length * 4 + 64, 1 << 20));
            byte[] buf = new byte[16 * 1024];
            long total = 0;
            for (int n; (n = in.read(buf)) > 0; ) {
                total += n;
                if (total > limit) {
                    throw new TooLarge(total, limit);
                }
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        }
    }

    private static boolean isZlib(byte[] b) {
        return b.length >= 2 && (b[0] & 0x0f) == 8 && ((b[0] & 0xff) << 8 | (b[1] & 0xff)) % 31 == 0;
    }

    /** The decoded body would be larger than allowed. */
    public static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge(long atLeast, long limit) {
            super("decoded body exceeds " + limit + " bytes (at least " + atLeast + "): refused");
        }
    }
}
