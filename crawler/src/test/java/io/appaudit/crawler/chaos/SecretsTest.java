package io.appaudit.crawler.chaos;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.appaudit.crawler.CliProcess;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Credentials come from the environment and go nowhere else: a crawl through an authenticating proxy, with OPPO
 * signing and Elasticsearch credentials set, then the checks, rates, report and evidence commands, all logging at
 * DEBUG with the shipped logging set-up; none of their output, none of the files in the data folder (WARC evidence
 * and crawl state included), the report, nor any document in Elasticsearch holds a secret, plain or encoded.
 */
class SecretsTest {

    private static final String USER = "auditor";
    private static final String ES_PASSWORD = "es-pw-7f3c9d2e51";
    private static final String ES_API_KEY = "es-apikey-1b6e8a4f0c";
    private static final String PROXY_PASSWORD = "proxy-pw-5d2a9e7163";
    private static final String SIGN_KEY = "oppo-key-8c1f3b7a24";
    private static final String SIGN_CONSTANT = "oppo-const-2e9d4c6b8";

    @TempDir
    Path dir;

    @Test
    void noSecretReachesLogsReportsCrawlRunDocumentsOrEvidence() throws Exception {
        WireMockServer proxy = new WireMockServer(wireMockConfig().dynamicPort().enableBrowserProxying(true));
        proxy.start();
        try (ChaosStore store = new ChaosStore(6, 5);
             ChaosCrawl crawl = new ChaosCrawl(dir.resolve("data"), store.baseUrl(), "chaos-secrets")) {
            // the proxy lets through only requests that carry the password
            String credential = "Basic " + base64(USER + ":" + PROXY_PASSWORD);
            proxy.stubFor(any(anyUrl()).atPriority(1).withHeader("Proxy-Authorization", equalTo(credential))
                    .willReturn(aResponse().proxiedFrom(store.baseUrl())));
            proxy.stubFor(any(anyUrl()).atPriority(5).willReturn(aResponse().withStatus(407)
                    .withHeader("Proxy-Authenticate", "Basic realm=\"chaos\"")));
            crawl.settings().put("stores.xiaomi.proxy", "http://" + USER + "@127.0.0.1:" + proxy.port());
            crawl.settings().put("stores.oppo.max-discovery-pages", "3");
            crawl.settings().put("report.out", dir.resolve("report").toString());
            // the commands sign OPPO's requests; this test reads Elasticsearch with the rest of the settings
            Map<String, Object> settings = new LinkedHashMap<>(crawl.settings());
            settings.put("stores.oppo.signing.oak", "chaos-oak");
            settings.put("stores.oppo.signing.ocs", "chaos-ocs");
            settings.put("stores.oppo.signing.device-id", "chaos-device");
            Path config = CliProcess.writeConfig(dir.resolve("appaudit.yaml"), settings);
            String[] global = {"--config", config.toString(), "--data-dir", dir.resolve("data").toString()};
            Map<String, String> env = new LinkedHashMap<>();
            env.put("APPAUDIT_LOG_LEVEL", "DEBUG");
            env.put("APPAUDIT_ES_USERNAME", USER);
            env.put("APPAUDIT_ES_PASSWORD", ES_PASSWORD);
            env.put("APPAUDIT_PROXY_PASSWORD", PROXY_PASSWORD);
            env.put("APPAUDIT_OPPO_SIGN_KEY", SIGN_KEY);
            env.put("APPAUDIT_OPPO_SIGN_CONSTANT", SIGN_CONSTANT);
            Path out = dir.resolve("output.log");

            ChaosCli.run(out, env, concat(global, "crawl", "--store", "xiaomi,oppo"));
            assertThat(ChaosCli.run(out, env, concat(global, "check"))).as(Files.readString(out)).isZero();
            assertThat(ChaosCli.run(out, env, concat(global, "rates", "--json"))).isZero();
            assertThat(ChaosCli.run(out, env, concat(global, "report"))).isZero();
            String snapshot = crawl.snapshots().stream().filter(d -> "listed".equals(d.path("outcome").asText()))
                    .findFirst().orElseThrow().path("snapshot_id").asText();
            assertThat(ChaosCli.run(out, env, concat(global, "evidence", snapshot))).isZero();
            Map<String, String> apiKeyEnv = new LinkedHashMap<>(env);
            apiKeyEnv.remove("APPAUDIT_ES_USERNAME");
            apiKeyEnv.remove("APPAUDIT_ES_PASSWORD");
            apiKeyEnv.put("APPAUDIT_ES_API_KEY", ES_API_KEY);
            assertThat(ChaosCli.run(out, apiKeyEnv, concat(global, "rates"))).isZero();

            // the secrets were used: the proxy authenticated the crawl, OPPO's requests were signed
            assertThat(proxy.findAll(anyRequestedFor(anyUrl()).withHeader("Proxy-Authorization",
                    equalTo(credential)))).isNotEmpty();
            assertThat(store.wm.findAll(anyRequestedFor(anyUrl()).withHeader("sign", matching("[0-9a-f]{32}"))))
                    .isNotEmpty();
            assertThat(crawl.snapshots()).isNotEmpty();
            // debug logging was on (each exchange is logged at DEBUG), so a secret there would have shown
            assertThat(Files.readString(out)).contains(" DEBUG ");

            List<String> leaks = new ArrayList<>();
            leaks.addAll(leaksIn("the commands' output and logs", Files.readAllBytes(out)));
            try (Stream<Path> files = Stream.concat(Files.walk(dir.resolve("data")), Files.walk(dir.resolve("report")))) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    leaks.addAll(leaksIn(f.toString(), readMaybeGzipped(f)));
                }
            }
            var session = crawl.harness.session();
            for (String index : List.of(session.layout().crawlRunsIndex(), session.layout().listingsPattern(),
                    session.layout().appsIndex(), session.layout().findingsIndex())) {
                for (JsonNode d : crawl.harness.documents(index)) {
                    leaks.addAll(leaksIn("a document of " + index, d.toString().getBytes(StandardCharsets.UTF_8)));
                }
            }
            assertThat(crawl.harness.documents(session.layout().crawlRunsIndex())).isNotEmpty();
            assertThat(leaks).as("secrets found").isEmpty();
        } finally {
            proxy.stop();
        }
    }

    private static List<String> leaksIn(String where, byte[] content) {
        String text = new String(content, StandardCharsets.ISO_8859_1);
        List<String> out = new ArrayList<>();
        for (String secret : List.of(ES_PASSWORD, ES_API_KEY, PROXY_PASSWORD, SIGN_KEY, SIGN_CONSTANT)) {
            for (String form : List.of(secret, base64(secret), base64(USER + ":" + secret),
                    URLEncoder.encode(secret, StandardCharsets.UTF_8))) {
                if (text.contains(form)) {
                    out.add(secret + (form.equals(secret) ? "" : " (as " + form + ")") + " in " + where);
                }
            }
        }
        return out;
    }

    /** A file's bytes, and for gzip files (WARC evidence) their content too. */
    private static byte[] readMaybeGzipped(Path f) throws IOException {
        byte[] raw = Files.readAllBytes(f);
        if (!f.toString().endsWith(".gz")) {
            return raw;
        }
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        all.write(raw);
        try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
            in.transferTo(all);
        }
        return all.toByteArray();
    }

    private static String base64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = new String[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
