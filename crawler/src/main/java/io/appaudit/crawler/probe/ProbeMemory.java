package io.appaudit.crawler.probe;

import io.appaudit.crawler.apk.ApkReading;
import io.appaudit.crawler.fetch.FetchClient;
import io.appaudit.crawler.fetch.ProbeRobots;
import java.util.Optional;

/**
 * What the probes of one crawl run share across stores and listings: the links already followed and the robots.txt
 * rules of the hosts they went to, and the reading of delivered APKs (with the reads kept from earlier runs). Made
 * once per run, next to the run's {@link FetchClient}.
 */
public final class ProbeMemory {

    private final ProbeCache followed;
    private final ProbeRobots robots;
    private final Optional<ApkReading> apk;

    /** A memory whose probes do not read APKs. */
    public ProbeMemory(FetchClient client) {
        this(client, Optional.empty());
    }

    /** @param apk how the APKs that download probes end at are read; empty: not read */
    public ProbeMemory(FetchClient client, Optional<ApkReading> apk) {
        this(client, ProbeCache.DEFAULT_ENTRIES, apk);
    }

    ProbeMemory(FetchClient client, int maxEntries) {
        this(client, maxEntries, Optional.empty());
    }

    ProbeMemory(FetchClient client, int maxEntries, Optional<ApkReading> apk) {
        this.followed = new ProbeCache(maxEntries);
        this.robots = new ProbeRobots(client);
        this.apk = apk;
    }

    Optional<ApkReading> apk() {
        return apk;
    }

    ProbeCache followed() {
        return followed;
    }

    ProbeRobots robots() {
        return robots;
    }
}
