package io.appaudit.crawler.chaos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.appaudit.crawler.TestConfigs;
import io.appaudit.crawler.config.AppauditConfig;
import io.appaudit.crawler.evidence.WarcArchive;
import io.appaudit.crawler.fetch.CallContext;
import io.appaudit.crawler.fetch.FetchClient;
import io.appaudit.crawler.fetch.Politeness;
import io.appaudit.indexer.ElasticConnection;
import io.appaudit.indexer.ElasticException;
import io.appaudit.stores.StoreId;
import io.appaudit.stores.StoreRequest;
import io.appaudit.stores.StoreResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TLS is verified, always: a cluster whose certificate comes from a CA of its own is refused until that CA is
 * trusted by configuration (elastic.ca-certificate), and a store's certificate the JDK does not trust is refused
 * (there is no setting that turns verification off) until its CA is trusted by configuration (fetch.ca-certificate).
 */
class TlsTrustTest {

    /** The CA and the server's certificate, made once: keytool takes seconds per key. */
    @TempDir
    static Path caDir;
    private static TestCa ca;
    @TempDir
    Path dir;
    private HttpsServer server;
    private final AtomicInteger answered = new AtomicInteger();

    @BeforeAll
    static void makeCa() throws Exception {
        ca = TestCa.create(caDir);
    }

    @BeforeEach
    void start() throws Exception {
        server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
        server.setHttpsConfigurator(new HttpsConfigurator(ca.serverContext()));
        server.createContext("/", ex -> {
            byte[] body = "{\"cluster_name\":\"chaos\",\"status\":\"green\"}".getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.getResponseHeaders().add("X-elastic-product", "Elasticsearch");
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
            answered.incrementAndGet();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String url() {
        return "https://127.0.0.1:" + server.getAddress().getPort();
    }

    private AppauditConfig config(Map<String, Object> extra) {
        Map<String, Object> settings = new LinkedHashMap<>(TestConfigs.local(url()));
        settings.put("elastic.urls", List.of(url()));
        settings.putAll(extra);
        return TestConfigs.config(dir.resolve("data"), settings);
    }

    @Test
    void aClusterWithItsOwnCaIsRefusedWithAHintToTrustIt() {
        assertThatThrownBy(() -> ElasticConnection.open(config(Map.of()).elastic()).close())
                .isInstanceOf(ElasticException.class)
                .hasMessageContaining("TLS to [" + url() + "] failed")
                .hasMessageContaining("elastic.ca-certificate");
        assertThat(answered).hasValue(0);
    }

    @Test
    void theClusterIsReachedOnceItsCaIsTrustedByConfiguration() {
        AppauditConfig config = config(Map.of("elastic.ca-certificate", ca.caPem.toString()));
        try (ElasticConnection es = ElasticConnection.open(config.elastic())) {
            assertThat(es.firstUrl().toString()).isEqualTo(url());
        }
        assertThat(answered).hasValue(1);
    }

    private StoreResponse fetchVivo(AppauditConfig config) throws IOException {
        Map<StoreId, Duration> delays = new EnumMap<>(StoreId.class);
        config.stores().forEach((id, s) -> delays.put(id, s.delay()));
        try (WarcArchive archive = new WarcArchive(dir.resolve("warc"), config.fetch().warcMaxSize());
             FetchClient client = new FetchClient(config.fetch(), config.stores(), Map.of(), archive,
                     new Politeness(delays))) {
            // the store URL goes to the TLS server (fetch.replay-base)
            return client.execute(CallContext.store(StoreRequest.get(StoreId.VIVO, StoreRequest.Purpose.LISTING,
                    "https://h5-api.appstore.vivo.com.cn/detail/1"), config.fetch().maxBodySize(), Optional.empty()))
                    .response();
        }
    }

    @Test
    void aStoreWhoseCertificateIsNotTrustedIsRefused() {
        // the JDK does not know the server's CA, and no setting turns verification off
        assertThatThrownBy(() -> fetchVivo(config(Map.of("fetch.max-retries", "0"))))
                .isInstanceOf(SSLHandshakeException.class);
        assertThat(answered).hasValue(0);
    }

    @Test
    void aStoreBehindACaOfItsOwnIsReachedOnceThatCaIsTrustedByConfiguration() throws IOException {
        StoreResponse r = fetchVivo(config(Map.of("fetch.max-retries", "0",
                "fetch.ca-certificate", ca.caPem.toString())));
        assertThat(r.status()).isEqualTo(200);
        assertThat(answered).hasValue(1);
    }

    @Test
    void aCaFileThatHoldsNoCertificateIsAConfigurationErrorNamingTheKey() throws IOException {
        Path notPem = java.nio.file.Files.writeString(dir.resolve("not.pem"), "hello");
        assertThatThrownBy(() -> fetchVivo(config(Map.of("fetch.ca-certificate", notPem.toString()))))
                .hasMessageContaining("fetch.ca-certificate").hasMessageContaining(notPem.toString());
    }
}
