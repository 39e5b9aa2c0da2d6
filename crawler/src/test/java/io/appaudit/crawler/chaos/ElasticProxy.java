package io.appaudit.crawler.chaos;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A reverse proxy in front of Elasticsearch that can misbehave: go away (its port refuses connections), or hold
 * each bulk answer back after Elasticsearch has applied the bulk, so that a client killed meanwhile never learns
 * its documents were indexed.
 */
final class ElasticProxy implements AutoCloseable {

    /** Headers the JDK client sets itself, or that describe one hop only. */
    private static final Set<String> HOP_HEADERS = Set.of("host", "connection", "content-length", "expect",
            "upgrade", "transfer-encoding", "keep-alive");

    private final URI target;
    private final int port;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "chaos-es-proxy");
        t.setDaemon(true);
        return t;
    });
    private final AtomicInteger bulksInFlight = new AtomicInteger();
    private final AtomicLong bulks = new AtomicLong();
    private volatile Duration bulkAnswerDelay = Duration.ZERO;
    private HttpServer server;

    ElasticProxy(URI target) throws IOException {
        this.target = target;
        this.server = start(0);
        this.port = server.getAddress().getPort();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** Holds every bulk answer back this long, after Elasticsearch applied the bulk. */
    void delayBulkAnswers(Duration d) {
        bulkAnswerDelay = d;
    }

    /** Bulk requests Elasticsearch has applied whose answer the client has not yet received. */
    int bulksInFlight() {
        return bulksInFlight.get();
    }

    /** Bulk requests passed on so far. */
    long bulks() {
        return bulks.get();
    }

    /** Stops listening: connections to the proxy's port are refused, as to a stopped node. */
    synchronized void goAway() {
        server.stop(0);
    }

    /** Listens again on the same port. */
    synchronized void comeBack() throws IOException {
        server = start(port);
    }

    private HttpServer start(int onPort) throws IOException {
        HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort), 64);
        s.setExecutor(threads);
        s.createContext("/", this::forward);
        s.start();
        return s;
    }

    private void forward(HttpExchange ex) throws IOException {
        boolean bulk = ex.getRequestURI().getPath().endsWith("/_bulk");
        try (ex; InputStream in = ex.getRequestBody()) {
            byte[] body = in.readAllBytes();
            HttpRequest.Builder b = HttpRequest.newBuilder(target.resolve(ex.getRequestURI().toString()))
                    .timeout(Duration.ofMinutes(2))
                    .method(ex.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(body));
            ex.getRequestHeaders().forEach((name, values) -> {
                if (!HOP_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                    values.forEach(v -> b.header(name, v));
                }
            });
            if (bulk) {
                bulks.incrementAndGet();
                bulksInFlight.incrementAndGet();
            }
            HttpResponse<byte[]> r;
            try {
                r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
                if (bulk && !bulkAnswerDelay.isZero()) {
                    Thread.sleep(bulkAnswerDelay.toMillis());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            } finally {
                if (bulk) {
                    bulksInFlight.decrementAndGet();
                }
            }
            r.headers().map().forEach((name, values) -> {
                if (!HOP_HEADERS.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
                    ex.getResponseHeaders().put(name, List.copyOf(values));
                }
            });
            byte[] out = r.body();
            ex.sendResponseHeaders(r.statusCode(), out.length == 0 ? -1 : out.length);
            try (OutputStream os = ex.getResponseBody()) {
                os.write(out);
            }
        }
    }

    @Override
    public synchronized void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
