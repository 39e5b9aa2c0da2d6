package io.appaudit.crawler.lookup;

import io.appaudit.crawler.CrawlHarness;
import io.appaudit.indexer.checks.CheckContext;
import io.appaudit.indexer.checks.ListingChecks;
import io.appaudit.stores.StoreId;
import java.nio.file.Path;
import java.util.List;

/** A look-up session against a local site and the build's Elasticsearch node, under an index prefix of its own. */
final class LookupHarness implements AutoCloseable {

    final CrawlHarness crawl;

    LookupHarness(Path dataDir, String replayBase, String testName) {
        this.crawl = new CrawlHarness(dataDir, replayBase, testName);
        crawl.settings.put("fetch.max-retries", "1");
    }

    LookupSession session(StoreId... stores) {
        var config = crawl.config();
        return new LookupSession(config, crawl.session(), List.of(stores),
                ListingChecks.of(CheckContext.load(config.checks())));
    }

    @Override
    public void close() {
        crawl.close();
    }
}
