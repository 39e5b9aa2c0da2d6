package io.appaudit.crawler;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.nio.file.Path;
import java.util.List;

/**
 * The usual set-up of a crawl test: a {@link XiaomiSite} of some apps on WireMock, and a {@link CrawlHarness}
 * whose Xiaomi store crawls its one category.
 *
 * @param wm    the store's server
 * @param crawl the harness (settings, session, snapshots)
 */
public record XiaomiCrawl(WireMockServer wm, CrawlHarness crawl) implements AutoCloseable {

    /** Serves {@code apps} apps, {@code pageSize} to a list page, and points a harness named {@code name} at them. */
    public static XiaomiCrawl start(Path dataDir, int apps, int pageSize, String name) {
        WireMockServer wm = new WireMockServer(wireMockConfig().dynamicPort());
        wm.start();
        XiaomiSite.serve(wm, apps, pageSize);
        CrawlHarness crawl = new CrawlHarness(dataDir, wm.baseUrl(), name);
        crawl.settings.put("stores.xiaomi.categories", List.of(XiaomiSite.CATEGORY));
        return new XiaomiCrawl(wm, crawl);
    }

    @Override
    public void close() {
        crawl.close();
        wm.stop();
    }
}
