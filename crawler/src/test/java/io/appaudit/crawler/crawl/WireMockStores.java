package io.appaudit.crawler.crawl;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.appaudit.crawler.bench.BenchSite;
import io.appaudit.crawler.bench.StoreFixtures;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * The five stores on WireMock, in their real formats ({@link StoreFixtures}: lists generated in each store's shape,
 * detail replies from the adapters' fixtures), store URLs under {@code /<host>/…} for fetch.replay-base. A host's
 * answers can be replaced for a fault ({@link #wrap}).
 */
final class WireMockStores implements StoreFixtures.Hosts, ResponseDefinitionTransformerV2, AutoCloseable {

    private final Map<String, BenchSite.Responder> hosts = new ConcurrentHashMap<>();
    final WireMockServer wm;

    WireMockStores() {
        wm = new WireMockServer(wireMockConfig().dynamicPort().extensions(this));
        wm.start();
        // every request matches; the transformer answers it from the host's responder
        wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(404)));
    }

    String baseUrl() {
        return wm.baseUrl();
    }

    @Override
    public void host(String host, BenchSite.Responder responder) {
        hosts.put(host, responder);
    }

    /** Puts a fault around one host's answers. */
    void wrap(String host, UnaryOperator<BenchSite.Responder> fault) {
        hosts.computeIfPresent(host, (h, r) -> fault.apply(r));
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        URI uri = URI.create(event.getRequest().getUrl());
        String raw = uri.getRawPath();
        int slash = raw.indexOf('/', 1);
        String host = slash < 0 ? raw.substring(1) : raw.substring(1, slash);
        String path = slash < 0 ? "/" : URLDecoder.decode(raw.substring(slash), StandardCharsets.UTF_8);
        BenchSite.Responder r = hosts.get(host);
        BenchSite.Reply reply = r == null ? BenchSite.Reply.NOT_FOUND : r.reply(event.getRequest().getMethod().value(),
                path, BenchSite.query(uri.getRawQuery()), event.getRequest().getBody());
        var b = aResponse().withStatus(reply.status()).withHeader("Content-Type", reply.contentType())
                .withBody(reply.body());
        reply.headers().forEach(b::withHeader);
        return b.build();
    }

    @Override
    public String getName() {
        return "fixture-stores";
    }

    @Override
    public void close() {
        wm.stop();
    }
}
