package io.appaudit.crawler.lookup;

import io.appaudit.crawler.Adapters;
import io.appaudit.crawler.config.AppauditConfig;
import io.appaudit.crawler.evidence.SpaceGuard;
import io.appaudit.crawler.evidence.WarcArchive;
import io.appaudit.crawler.fetch.FetchClient;
import io.appaudit.crawler.fetch.Politeness;
import io.appaudit.indexer.ElasticSession;
import io.appaudit.indexer.checks.ListingChecks;
import io.appaudit.indexer.ingest.ElasticListingSink;
import io.appaudit.stores.RequestAuth;
import io.appaudit.stores.StoreAdapter;
import io.appaudit.stores.StoreId;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Direct look-ups of named apps in the selected stores, through the crawl's HTTP client, evidence archive and
 * Elasticsearch sink: each listing read is a snapshot of this look-up's run ({@code lookup-<time>}), checked and
 * indexed like a crawl's. Close it to flush the snapshots and the evidence.
 */
public final class LookupSession implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LookupSession.class);
    private static final DateTimeFormatter RUN_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final String runId;
    private final WarcArchive archive;
    private final FetchClient client;
    private final ElasticListingSink sink;
    private final PackageLookup packages;
    private final NameResolver names;

    public LookupSession(AppauditConfig config, ElasticSession es, List<StoreId> stores, ListingChecks checks) {
        if (stores.isEmpty()) {
            throw new IllegalArgumentException("A look-up needs at least one store");
        }
        Instant started = Instant.now();
        this.runId = "lookup-" + RUN_TIME.format(started);
        Map<StoreId, StoreAdapter> adapters = new EnumMap<>(StoreId.class);
        Map<StoreId, RequestAuth> auths = new EnumMap<>(StoreId.class);
        Map<StoreId, Duration> delays = new EnumMap<>(StoreId.class);
        Map<StoreId, Duration> ceilings = new EnumMap<>(StoreId.class);
        for (StoreId id : StoreId.values()) {
            delays.put(id, config.store(id).delay());
            ceilings.put(id, config.store(id).maxDelay());
        }
        for (StoreId id : stores) {
            StoreAdapter a = Adapters.create(id, config);
            adapters.put(id, a);
            auths.put(id, a.auth());
        }
        this.archive = new WarcArchive(config.dataDir().resolve("warc"), config.fetch().warcMaxSize(),
                new SpaceGuard(config.dataDir(), config.minFreeSpace()));
        this.client = new FetchClient(config.fetch(), config.stores(), auths, archive, new Politeness(delays, ceilings));
        this.sink = new ElasticListingSink(es.connection(), es.layout(), started);
        List<StoreAsker> askers = new ArrayList<>();
        for (StoreId id : stores) {
            askers.add(new StoreAsker(adapters.get(id), StoreLookups.create(id, config), client, checks, sink, runId));
        }
        this.packages = new PackageLookup(askers);
        this.names = new NameResolver(askers);
    }

    /** The run id the look-up's snapshots carry. */
    public String runId() {
        return runId;
    }

    /** Every selected store's answer about a package, in the stores' order. */
    public List<StoreAnswer> lookUp(String packageName, List<String> knownNames) {
        return packages.lookUp(packageName, knownNames);
    }

    /** Matches an app named without its package to one, with its confidence and the candidates. */
    public Resolution resolve(String name, Optional<String> developer) {
        return names.resolve(name, developer);
    }

    /** Waits until Elasticsearch has every snapshot of the look-up. */
    public void flush() {
        sink.flush();
    }

    @Override
    public void close() {
        try {
            sink.close();
        } finally {
            client.close();
            try {
                archive.close();
            } catch (IOException e) {
                log.warn("Closing the evidence files failed: {}", e.toString());
            }
        }
    }
}
