package io.appaudit.crawler.crawl;

import io.appaudit.stores.StoreId;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * How to run a crawl.
 *
 * @param maxApps overrides stores.&lt;s&gt;.max-apps for this run when present
 * @param probes  follow download controls, privacy-policy links and websites
 * @param trigger what started the run, kept in the crawl-run document ("cli", "schedule")
 */
public record CrawlOptions(List<StoreId> stores, OptionalInt maxApps, Mode mode, boolean probes, String trigger) {

    /** What to do with a store's unfinished run. */
    public enum Mode {
        /** Resume it (the default). */
        RESUME,
        /** Discard it and start over. */
        FRESH
    }

    public CrawlOptions {
        stores = List.copyOf(stores);
        if (stores.isEmpty()) {
            throw new IllegalArgumentException("No store to crawl");
        }
        Objects.requireNonNull(maxApps, "maxApps");
        maxApps.ifPresent(n -> {
            if (n < 1) {
                throw new IllegalArgumentException("--max-apps must be at least 1, was " + n);
            }
        });
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(trigger, "trigger");
    }
}
