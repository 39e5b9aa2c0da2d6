package io.appaudit.crawler.probe;

import io.appaudit.crawler.fetch.FetchClient;
import io.appaudit.crawler.fetch.ProbeRobots;

/**
 * What the probes of one crawl run share across stores and listings: the links already followed and the robots.txt
 * rules of the hosts they went to. Made once per run, next to the run's {@link FetchClient}.
 */
public final class ProbeMemory {

    private final ProbeCache followed;
    private final ProbeRobots robots;

    public ProbeMemory(FetchClient client) {
        this(client, ProbeCache.DEFAULT_ENTRIES);
    }

    ProbeMemory(FetchClient client, int maxEntries) {
        this.followed = new ProbeCache(maxEntries);
        this.robots = new ProbeRobots(client);
    }

    ProbeCache followed() {
        return followed;
    }

    ProbeRobots robots() {
        return robots;
    }
}
