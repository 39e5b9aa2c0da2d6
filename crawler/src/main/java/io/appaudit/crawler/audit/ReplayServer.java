package io.appaudit.crawler.audit;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Serves a recorded replay of the stores (WireMock's folder layout: {@code mappings/} and {@code __files/}) on the
 * loopback address, where the crawler reaches it through {@code fetch.replay-base}: a store URL
 * {@code https://<host>/<path>} is fetched from {@code <base>/<host>/<path>}.
 */
public final class ReplayServer implements AutoCloseable {

    private final WireMockServer server;

    private ReplayServer(WireMockServer server) {
        this.server = server;
    }

    /** Starts serving {@code dir} on a free port. */
    public static ReplayServer serve(Path dir) {
        if (!Files.isDirectory(dir.resolve("mappings"))) {
            throw new IllegalArgumentException("'" + dir + "' is not a replay: it has no mappings/ folder "
                    + "(record one with 'appaudit record --out DIR')");
        }
        WireMockServer s = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort()
                .usingFilesUnderDirectory(dir.toString()).disableRequestJournal().containerThreads(16)
                .jettyAcceptors(1));
        s.start();
        return new ReplayServer(s);
    }

    /** The base URL to give {@code fetch.replay-base}. */
    public URI base() {
        return URI.create("http://127.0.0.1:" + server.port());
    }

    @Override
    public void close() {
        server.stop();
    }
}
