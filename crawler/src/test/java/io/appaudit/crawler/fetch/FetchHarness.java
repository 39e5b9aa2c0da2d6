package io.appaudit.crawler.fetch;

import io.appaudit.crawler.TestConfigs;
import io.appaudit.crawler.config.AppauditConfig;
import io.appaudit.crawler.evidence.WarcArchive;
import io.appaudit.stores.RequestAuth;
import io.appaudit.stores.StoreId;
import io.appaudit.stores.StoreRequest;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** A FetchClient over a test configuration, with its WARC archive in a temporary folder. */
final class FetchHarness implements AutoCloseable {

    final AppauditConfig config;
    final WarcArchive archive;
    final Politeness politeness;
    final FetchClient client;

    FetchHarness(Path dataDir, Map<String, ?> overrides, Map<StoreId, RequestAuth> auths) {
        this.config = TestConfigs.config(dataDir, overrides);
        this.archive = new WarcArchive(dataDir.resolve("warc"), config.fetch().warcMaxSize());
        Map<StoreId, Duration> delays = new EnumMap<>(StoreId.class);
        config.stores().forEach((id, s) -> delays.put(id, s.delay()));
        this.politeness = new Politeness(delays);
        this.client = new FetchClient(config.fetch(), config.stores(), auths, archive, politeness);
    }

    FetchHarness(Path dataDir, Map<String, ?> overrides) {
        this(dataDir, overrides, Map.of());
    }

    Exchange get(StoreId store, String url) throws IOException {
        return client.execute(CallContext.store(StoreRequest.get(store, StoreRequest.Purpose.LISTING, url),
                config.fetch().maxBodySize(), Optional.empty()));
    }

    Exchange get(StoreId store, String url, Validators validators) throws IOException {
        return client.execute(CallContext.store(StoreRequest.get(store, StoreRequest.Purpose.LISTING, url),
                config.fetch().maxBodySize(), Optional.of(validators)));
    }

    @Override
    public void close() throws IOException {
        client.close();
        archive.close();
    }
}
