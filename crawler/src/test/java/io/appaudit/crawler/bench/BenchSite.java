package io.appaudit.crawler.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A fixture site for benchmarks on the JDK's HTTP server (lighter than WireMock, so that the server is not what is
 * measured): store URLs are served under {@code /<host>/<path>} as fetch.replay-base lays them out, each host by
 * its own responder, and the arrival time of every request is kept per host.
 */
public final class BenchSite implements AutoCloseable, StoreFixtures.Hosts {

    /** A reply; status 404 with an empty body when a responder has none. */
    public record Reply(int status, String contentType, byte[] body, Map<String, String> headers) {
        public Reply(int status, String contentType, byte[] body) {
            this(status, contentType, body, Map.of());
        }

        public static Reply of(String contentType, String body) {
            return new Reply(200, contentType, body.getBytes(StandardCharsets.UTF_8));
        }

        public static final Reply NOT_FOUND = new Reply(404, "text/plain", new byte[0]);
    }

    /** Answers the requests of one host. */
    public interface Responder {
        Reply reply(String method, String path, Map<String, String> query, byte[] body);
    }

    private final HttpServer server;
    private final ExecutorService pool = Executors.newFixedThreadPool(8);
    private final Map<String, Responder> hosts = new ConcurrentHashMap<>();
    private final Map<String, List<Long>> arrivals = new ConcurrentHashMap<>();

    BenchSite() throws IOException {
        // without TCP_NODELAY the JDK server's separate header and body writes meet the client's delayed ACK: a
        // 40 ms stall per response, which would be all either crawler measured
        System.setProperty("sun.net.httpserver.nodelay", "true");
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 256);
        server.createContext("/", this::handle);
        server.setExecutor(pool);
        server.start();
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void host(String host, Responder r) {
        hosts.put(host, r);
    }

    /** Puts a wrapper around each host's responder (faults for benchmarks); given the host and its responder. */
    void wrap(java.util.function.BiFunction<String, Responder, Responder> wrapper) {
        hosts.replaceAll(wrapper);
    }

    /** Arrival times (nanoTime) of the requests to the given hosts, in order. */
    List<Long> arrivals(List<String> hostNames) {
        List<Long> all = new ArrayList<>();
        hostNames.forEach(h -> all.addAll(arrivals.getOrDefault(h, List.of())));
        Collections.sort(all);
        return all;
    }

    void forgetArrivals() {
        arrivals.clear();
    }

    private void handle(HttpExchange x) throws IOException {
        long now = System.nanoTime();
        try (x) {
            String raw = x.getRequestURI().getRawPath();
            int slash = raw.indexOf('/', 1);
            String host = slash < 0 ? raw.substring(1) : raw.substring(1, slash);
            String path = slash < 0 ? "/" : URLDecoder.decode(raw.substring(slash), StandardCharsets.UTF_8);
            arrivals.computeIfAbsent(host, h -> Collections.synchronizedList(new ArrayList<>())).add(now);
            byte[] body = x.getRequestBody().readAllBytes();
            Responder r = hosts.get(host);
            Reply reply = r == null ? Reply.NOT_FOUND
                    : r.reply(x.getRequestMethod(), path, query(x.getRequestURI().getRawQuery()), body);
            x.getResponseHeaders().set("Content-Type", reply.contentType());
            reply.headers().forEach((k, v) -> x.getResponseHeaders().set(k, v));
            boolean head = "HEAD".equals(x.getRequestMethod());
            x.sendResponseHeaders(reply.status(), head || reply.body().length == 0 ? -1 : reply.body().length);
            if (!head && reply.body().length > 0) {
                try (OutputStream out = x.getResponseBody()) {
                    out.write(reply.body());
                }
            }
        }
    }

    public static Map<String, String> query(String raw) {
        Map<String, String> q = new LinkedHashMap<>();
        if (raw == null) {
            return q;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                q.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return q;
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
