package io.appaudit.crawler.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.appaudit.indexer.DocumentMapper;
import io.appaudit.indexer.docs.ListingDocument;
import io.appaudit.indexer.docs.Quarter;
import io.appaudit.indexer.ingest.ListingSink;
import java.time.Duration;
import java.time.Instant;

/**
 * Dates each snapshot back by a fixed span before handing it on, as if its crawl had run that much earlier: the
 * crawl time ({@code @timestamp}), its quarter, the days since the last update and each probe's time. The demo
 * crawls its previous quarter's replay through it, so that the checks downstream judge the snapshot at the
 * backdated time. The WARC evidence keeps the real capture time.
 */
final class BackdatedSink implements ListingSink {

    private static final ObjectMapper JSON = DocumentMapper.create();

    private final ListingSink next;
    private final Duration by;

    BackdatedSink(ListingSink next, Duration by) {
        if (by.isNegative() || by.isZero()) {
            throw new IllegalArgumentException("A snapshot is dated back by a positive span, not " + by);
        }
        this.next = next;
        this.by = by;
    }

    @Override
    public void accept(ListingDocument snapshot) {
        next.accept(backdated(snapshot));
    }

    private ListingDocument backdated(ListingDocument s) {
        Instant at = s.timestamp().minus(by);
        ObjectNode doc = JSON.valueToTree(s);
        doc.put("@timestamp", at.toString());
        doc.put("quarter", Quarter.of(at).toString());
        if (s.updatedAt() != null) {
            doc.put("days_since_update", Math.max(0, Duration.between(s.updatedAt().toInstant(), at).toDays()));
        }
        for (JsonNode probe : doc.path("probes")) {
            if (probe.hasNonNull("probed_at")) {
                ((ObjectNode) probe).put("probed_at", Instant.parse(probe.get("probed_at").asText()).minus(by)
                        .toString());
            }
        }
        try {
            return JSON.treeToValue(doc, ListingDocument.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A listing snapshot did not survive its own JSON form: " + e.getMessage(), e);
        }
    }

    @Override
    public void flush() {
        next.flush();
    }

    @Override
    public void close() {
        next.close();
    }
}
