package io.appaudit.crawler.fetch;

import io.appaudit.crawler.evidence.WarcLocation;
import io.appaudit.stores.StoreResponse;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one request came to: the response as the adapter reads it (decoded body, the canonical URL asked for), the
 * redirect chain, and the WARC record that proves it.
 *
 * @param chain            canonical URLs from the one asked for to the one that answered
 * @param notModified      the store answered 304 and the earlier capture was read back
 * @param truncated        the body was cut at a probe's limit
 * @param networkExchanges requests that reached the network for this call (retries and hops included)
 */
public record Exchange(StoreResponse response, List<String> chain, Optional<WarcLocation> evidence,
                       boolean notModified, boolean truncated, int retries, int networkExchanges) {

    public Exchange {
        Objects.requireNonNull(response, "response");
        chain = List.copyOf(chain);
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("an exchange has at least the URL it asked for");
        }
        Objects.requireNonNull(evidence, "evidence");
    }

    public int status() {
        return response.status();
    }

    /** The canonical URL that finally answered. */
    public String finalUrl() {
        return chain.get(chain.size() - 1);
    }
}
