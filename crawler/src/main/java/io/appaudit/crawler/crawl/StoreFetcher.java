package io.appaudit.crawler.crawl;

import io.appaudit.crawler.crawl.CrawlCounters.Count;
import io.appaudit.crawler.evidence.CapturedExchange;
import io.appaudit.crawler.evidence.WarcArchive;
import io.appaudit.crawler.fetch.CallContext;
import io.appaudit.crawler.fetch.Exchange;
import io.appaudit.crawler.fetch.FetchClient;
import io.appaudit.crawler.fetch.StoreBackoffException;
import io.appaudit.stores.StoreRequest;
import io.appaudit.stores.StoreResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okhttp3.HttpUrl;

/**
 * Fetches a store's pages for one run: conditionally (with the store's validators), and at most once: each answer's
 * WARC location goes into the crawl state, committed with the page it belongs to, and a resumed run reads an
 * answer it already has back from the WARC instead of asking the store again. Only pages being handled when the
 * process died can be asked for twice.
 */
final class StoreFetcher {

    private final FetchClient client;
    private final WarcArchive archive;
    private final CrawlState state;
    private final CrawlCounters counters;
    private final ReachWatch reach;

    StoreFetcher(FetchClient client, WarcArchive archive, CrawlState state, CrawlCounters counters, ReachWatch reach) {
        this.client = client;
        this.archive = archive;
        this.state = state;
        this.counters = counters;
        this.reach = reach;
    }

    Exchange fetch(StoreRequest request) throws IOException {
        String key = FrontierKeys.digest(request);
        Optional<Exchange> earlier = state.captured(key).flatMap(c -> replay(request, c));
        if (earlier.isPresent()) {
            return earlier.get();
        }
        CallContext ctx = CallContext.store(request, client.config().maxBodySize(), Optional.of(state.validators()));
        Optional<AnswerTally.Endpoint> endpoint = AnswerTally.Endpoint.of(request.purpose());
        Exchange e;
        try {
            e = client.execute(ctx);
        } catch (IOException failed) {
            // a Retry-After too long to wait for is the store's 429 (or 503), not a failure to reach it
            AnswerTally.AnswerClass c = failed instanceof StoreBackoffException ? AnswerTally.AnswerClass.TOO_MANY
                    : AnswerTally.AnswerClass.TRANSPORT;
            endpoint.ifPresent(kind -> counters.answers().add(kind, c));
            reach.failed(failed, host(request.url()), ctx.retries() + 1);
            throw failed;
        } finally {
            counters.add(Count.REQUESTS, Math.max(1, ctx.recordedExchanges().size()));
            counters.add(Count.RETRIES, ctx.retries());
        }
        reach.answered();
        // a 304 is read back from the earlier capture: it still counts as the 3xx the store sent
        endpoint.ifPresent(kind -> counters.answers().answered(kind, e.notModified() ? 304 : e.response().status()));
        // committed with the page (DurableSink.emit), or sooner by the store's background commit
        e.evidence().ifPresent(at -> state.captured(key, at, e.notModified()));
        return e;
    }

    private Optional<Exchange> replay(StoreRequest request, WorkCodec.Captured c) {
        Optional<CapturedExchange> captured = archive.read(request.store(), c.location());
        if (captured.isEmpty()) {
            return Optional.empty();
        }
        CapturedExchange x = captured.get();
        byte[] body;
        try {
            body = x.decodedBody(client.config().maxBodySize());
        } catch (IOException e) {
            return Optional.empty();
        }
        Map<String, String> headers = new LinkedHashMap<>();
        x.headers().stream().filter(h -> !h.getKey().equalsIgnoreCase("Content-Encoding")
                        && !h.getKey().equalsIgnoreCase("Transfer-Encoding"))
                .forEach(h -> headers.merge(h.getKey(), h.getValue(), (a, b) -> a + ", " + b));
        StoreResponse response = new StoreResponse(request.url(), x.status(), headers, body, x.date());
        return Optional.of(new Exchange(response, List.of(request.url()), Optional.of(c.location()), c.notModified(),
                x.truncated(), 0, 0));
    }

    static String host(String url) {
        HttpUrl u = HttpUrl.parse(url);
        return u == null ? url : u.host();
    }
}
