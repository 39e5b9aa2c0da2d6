package io.appaudit.crawler.crawl;

import edu.uci.ics.crawler4j.crawler.CrawlConfig;
import edu.uci.ics.crawler4j.fetcher.PageFetchResult;
import edu.uci.ics.crawler4j.fetcher.PageFetcher;
import edu.uci.ics.crawler4j.url.WebURL;
import io.appaudit.crawler.crawl.CrawlCounters.Count;
import io.appaudit.crawler.fetch.CallContext;
import io.appaudit.crawler.fetch.Exchange;
import io.appaudit.crawler.fetch.FetchClient;
import io.appaudit.stores.StoreId;
import io.appaudit.stores.StoreRequest;
import java.io.IOException;
import java.net.URI;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.apache.http.Header;
import org.apache.http.entity.ByteArrayEntity;
import org.apache.http.entity.ContentType;
import org.apache.http.message.BasicHeader;

/**
 * crawler4j's fetcher, replaced: frontier URLs are turned back into their store requests and fetched through the
 * crawler's OkHttp client (politeness, retries, evidence: see {@link FetchClient}), the outcome handed back as a
 * {@link FrontierPage}; robots.txt, which crawler4j fetches itself, goes the same way and comes back as crawler4j
 * expects it. crawler4j's own politeness delay is not used: the store's limiter in the
 * client spaces every request to the store, frontier or not.
 */
final class FrontierFetcher extends PageFetcher {

    /** The most of a robots.txt that is read, as Google reads it. */
    private static final long ROBOTS_LIMIT = 500 * 1024;

    private final StoreId store;
    private final CrawlState state;
    private final StoreFetcher fetcher;
    private final FetchClient client;
    private final CrawlCounters counters;
    private final BooleanSupplier stopping;
    private final ReachWatch reach;

    FrontierFetcher(CrawlConfig config, StoreId store, CrawlState state, StoreFetcher fetcher, FetchClient client,
                    CrawlCounters counters, BooleanSupplier stopping, ReachWatch reach) {
        super(config);
        this.store = store;
        this.state = state;
        this.fetcher = fetcher;
        this.client = client;
        this.counters = counters;
        this.stopping = stopping;
        this.reach = reach;
    }

    @Override
    public PageFetchResult fetchPage(WebURL webUrl) throws IOException {
        String key = webUrl.getURL();
        Optional<WorkItem> item = state.work(key);
        if (item.isEmpty()) {
            if (isRobotsTxt(key)) {
                return robots(key);
            }
            return new FrontierPage(key, new PageOutcome.Unknown(key));
        }
        if (state.isDone(key)) {
            return new FrontierPage(key, new PageOutcome.AlreadyDone(key));
        }
        if (stopping.getAsBoolean()) {
            return new FrontierPage(key, new PageOutcome.Skipped(key));
        }
        try {
            return new FrontierPage(key, new PageOutcome.Fetched(key, item.get(), fetcher.fetch(item.get().request())));
        } catch (IOException e) {
            return new FrontierPage(key, new PageOutcome.Failed(key, item.get(), e));
        }
    }

    private PageFetchResult robots(String url) throws IOException {
        CallContext ctx = CallContext.robots(StoreRequest.get(store, StoreRequest.Purpose.DISCOVERY, url),
                ROBOTS_LIMIT);
        Exchange e;
        try {
            e = client.execute(ctx);
        } catch (IOException failed) {
            // robots.txt is on the store's own host: its failure tells whether the store can be reached
            reach.failed(failed, StoreFetcher.host(url), ctx.retries() + 1);
            throw failed;
        } finally {
            counters.add(Count.REQUESTS, Math.max(1, ctx.recordedExchanges().size()));
        }
        reach.answered();
        PageFetchResult r = new PageFetchResult();
        r.setStatusCode(e.status());
        r.setFetchedUrl(url);
        ContentType type;
        try {
            type = ContentType.parse(e.response().header("Content-Type").orElse("text/plain"));
        } catch (RuntimeException bad) {
            type = ContentType.TEXT_PLAIN;
        }
        r.setEntity(new ByteArrayEntity(e.response().body(), type));
        r.setResponseHeaders(e.response().headers().entrySet().stream()
                .map(h -> new BasicHeader(h.getKey(), h.getValue())).toArray(Header[]::new));
        return r;
    }

    private static boolean isRobotsTxt(String url) {
        try {
            return "/robots.txt".equals(URI.create(url).getPath());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
