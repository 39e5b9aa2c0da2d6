package io.appaudit.indexer.report;

import java.io.IOException;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** The evidence appendix: every app with a problem in the quarter, handed over one at a time (never all at once). */
@FunctionalInterface
public interface FlaggedApps {

    /** Hands every flagged app to the consumer, ordered by store and package. */
    void forEach(Consumer<FlaggedApp> each) throws IOException;

    /** One app with at least one problem, and its problems. */
    record FlaggedApp(String store, String storeName, String packageName, String storeAppId, String name,
                      String developer, List<Problem> problems) {
        public FlaggedApp {
            problems = List.copyOf(problems);
        }
    }

    /**
     * One problem of an app, with what triggered it and where the proof is.
     *
     * @param values        what triggered the finding, by name
     * @param sourceUrl     the store page of the snapshot the evidence belongs to
     * @param warcFile      the WARC file holding the exchange
     * @param recordId      the WARC record id
     * @param payloadSha256 the digest of the page as received
     */
    record Problem(String check, String family, String title, String severity, String status, Instant firstSeen,
                   Instant lastSeen, Map<String, String> values, String sourceUrl, String warcFile, String recordId,
                   String payloadSha256) {
        public Problem {
            values = values == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }
    }
}
