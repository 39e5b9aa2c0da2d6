package io.appaudit.crawler.fetch;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.appaudit.crawler.TestConfigs;
import io.appaudit.stores.StoreId;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolitenessTest {

    @TempDir
    Path dir;
    private WireMockServer wm;
    private FetchHarness fetch;

    @BeforeEach
    void start() {
        wm = new WireMockServer(wireMockConfig().dynamicPort());
        wm.start();
        wm.stubFor(any(anyUrl()).willReturn(aResponse().withBody("ok")));
        Map<String, Object> c = TestConfigs.local(wm.baseUrl());
        c.put("stores.xiaomi.delay", "200ms");
        fetch = new FetchHarness(dir, c);
    }

    @AfterEach
    void stop() throws Exception {
        fetch.close();
        wm.stop();
    }

    @Test
    void spacesRequestsToAllOfAStoresHostsByItsDelayEvenFromSeveralThreads() throws Exception {
        // the first exchange with a fresh server is slow to arrive (class loading on both sides): not measured
        fetch.get(StoreId.VIVO, "https://h5-api.appstore.vivo.com.cn/warm-up");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Exchange>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String url = (i % 2 == 0 ? "https://app.mi.com/details?id=p" : "https://m.app.mi.com/searchapi?k=") + i;
            calls.add(pool.submit(() -> fetch.get(StoreId.XIAOMI, url)));
        }
        for (Future<Exchange> f : calls) {
            f.get();
        }
        pool.shutdown();
        List<LoggedRequest> log = new ArrayList<>(wm.findAll(anyRequestedFor(urlPathMatching("/(m\\.)?app\\.mi\\.com/.*"))));
        log.sort(Comparator.comparing(LoggedRequest::getLoggedDate));
        assertThat(log).hasSize(8);
        // WireMock logs arrival, which network and scheduling jitter on a busy machine move by tens of
        // milliseconds: each gap may fall short of the delay by 20 %, the whole run by 10 %. Without politeness the
        // eight requests arrive within a few milliseconds of each other.
        for (int i = 1; i < log.size(); i++) {
            long gap = log.get(i).getLoggedDate().getTime() - log.get(i - 1).getLoggedDate().getTime();
            assertThat(gap).as("gap before request %d", i).isGreaterThanOrEqualTo(160);
        }
        long span = log.get(7).getLoggedDate().getTime() - log.get(0).getLoggedDate().getTime();
        assertThat(span).isGreaterThanOrEqualTo(7 * 200 * 9 / 10);
    }
}
