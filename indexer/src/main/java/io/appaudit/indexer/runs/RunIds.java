package io.appaudit.indexer.runs;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The id of a crawl run, which is also its crawl-run document's id: its start (UTC, to the second), the store and
 * three random bytes, so two runs of one store started in the same second still differ.
 */
public final class RunIds {

    private static final DateTimeFormatter RUN_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private RunIds() {
    }

    /** A new run id of the store's run started at {@code started}, e.g. {@code 20261207T125400Z-oppo-3fa2c1}. */
    public static String next(Instant started, String store) {
        if (store == null || store.isBlank()) {
            throw new IllegalArgumentException("A run id needs its store");
        }
        byte[] r = new byte[3];
        ThreadLocalRandom.current().nextBytes(r);
        return RUN_STAMP.format(started) + "-" + store + "-" + HexFormat.of().formatHex(r);
    }
}
