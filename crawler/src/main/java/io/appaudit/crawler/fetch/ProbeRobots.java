package io.appaudit.crawler.fetch;

import edu.uci.ics.crawler4j.robotstxt.HostDirectives;
import edu.uci.ics.crawler4j.robotstxt.RobotstxtConfig;
import edu.uci.ics.crawler4j.robotstxt.RobotstxtParser;
import io.appaudit.stores.StoreId;
import io.appaudit.stores.StoreRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import okhttp3.HttpUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * robots.txt for the hosts that probes follow (developer sites, privacy policies, download hosts), which crawler4j
 * never sees: store pages go through its RobotstxtServer. The same rules apply: crawler4j's parser with the user
 * agent name {@value #USER_AGENT_NAME}; a robots.txt answered with another status than 200, or not text, allows
 * everything; the rules are matched against the URL's path; a host's rules are fetched once and kept for the run
 * (at most {@value #MAX_HOSTS} hosts, the least recently used dropped), and again after crawler4j's 24 hours.
 */
public final class ProbeRobots {

    /** The name our robots.txt rules are looked up under, as for store hosts. */
    public static final String USER_AGENT_NAME = "appaudit";
    /** The reason recorded for a link robots.txt disallows. */
    public static final String DISALLOWED = "disallowed by robots.txt";
    /** The most of a robots.txt that is read, as Google reads it. */
    static final long ROBOTS_LIMIT = 500 * 1024;
    static final int MAX_HOSTS = 4_096;

    private static final Logger log = LoggerFactory.getLogger(ProbeRobots.class);

    /** Whether a URL may be fetched, and how many network requests finding out took (0 when the rules were known). */
    public record Answer(boolean allowed, int requests) {
    }

    private final FetchClient client;
    private final RobotstxtConfig config = new RobotstxtConfig();
    /** Per {@code scheme://host:port}: the rules, or empty when everything is allowed. */
    private final Map<String, CompletableFuture<Optional<HostDirectives>>> hosts =
            new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, CompletableFuture<Optional<HostDirectives>>> e) {
                    return size() > MAX_HOSTS;
                }
            };

    public ProbeRobots(FetchClient client) {
        this.client = client;
        config.setUserAgentName(USER_AGENT_NAME);
    }

    /** Asks the URL's host (its robots.txt fetched on first use) whether the URL may be fetched. */
    public Answer check(StoreId store, String url) {
        HttpUrl u = HttpUrl.parse(url);
        if (u == null) {
            return new Answer(true, 0);
        }
        String origin = u.scheme() + "://" + u.host().toLowerCase(Locale.ROOT) + ":" + u.port();
        CompletableFuture<Optional<HostDirectives>> rules;
        boolean mine = false;
        synchronized (hosts) {
            rules = hosts.get(origin);
            if (rules != null && rules.isDone() && rules.join().map(HostDirectives::needsRefetch).orElse(false)) {
                rules = null;
            }
            if (rules == null) {
                rules = new CompletableFuture<>();
                hosts.put(origin, rules);
                mine = true;
            }
        }
        int requests = 0;
        if (mine) {
            int[] made = {0};
            rules.complete(fetch(store, u, made));
            requests = made[0];
        }
        String path = u.encodedPath();
        return new Answer(rules.join().map(d -> d.allows(path)).orElse(true), requests);
    }

    private Optional<HostDirectives> fetch(StoreId store, HttpUrl u, int[] requests) {
        String robotsUrl = u.newBuilder().encodedPath("/robots.txt").query(null).fragment(null).username("")
                .password("").build().toString();
        CallContext ctx = CallContext.probe(StoreRequest.get(store, StoreRequest.Purpose.SUPPLEMENT, robotsUrl),
                ROBOTS_LIMIT);
        try {
            Exchange e = client.execute(ctx);
            if (e.status() != 200) {
                return Optional.empty();
            }
            Optional<String> type = e.response().header("Content-Type").map(t -> t.toLowerCase(Locale.ROOT));
            if (type.isPresent() && !type.get().contains("text") && !type.get().contains("html")) {
                log.warn("{} is not text ({}): everything on the host is allowed", robotsUrl, type.get());
                return Optional.empty();
            }
            return Optional.of(RobotstxtParser.parse(new String(e.response().body(), StandardCharsets.UTF_8),
                    config));
        } catch (IOException | RuntimeException ex) {
            // as crawler4j does: a robots.txt that cannot be read allows everything
            log.info("{} could not be read ({}): everything on the host is allowed", robotsUrl, ex.toString());
            return Optional.empty();
        } finally {
            requests[0] += Math.max(1, ctx.recordedExchanges().size());
        }
    }
}
