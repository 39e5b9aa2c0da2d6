package io.appaudit.crawler.validity;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.appaudit.crawler.CrawlHarness;
import io.appaudit.crawler.audit.AuditRun;
import io.appaudit.crawler.crawl.CrawlOptions;
import io.appaudit.indexer.docs.Quarter;
import io.appaudit.indexer.rates.QuarterRates;
import io.appaudit.stores.StoreId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The validity suite (issue 19): five stores generated from shared/stores/README.md with planted problems and
 * decoys, crawled through the real pipeline (crawler against WireMock, real Elasticsearch, the quarter's checks),
 * and the findings scored against the planted truth. Writes the table to stderr and {@code target/validity.md}.
 */
@Tag("validity")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ValidityTest {

    static final long SEED = 20_261_207L;
    private static final double BAR = 0.98;

    private final Catalogue catalogue = Planting.generate(SEED, LocalDate.now(StoreId.CHINA));
    private WireMockServer stores;
    private CrawlHarness harness;
    private Scores scores;
    private Set<Planted.Key> found;

    @BeforeAll
    void crawlAndCheckTheGeneratedStores(@TempDir Path temp) throws IOException {
        serveTheStores(temp.resolve("stores"));
        harness = new CrawlHarness(temp.resolve("data"), stores.baseUrl(), "validity");
        Map<String, Object> s = harness.settings;
        s.put("stores.tencent.categories", List.of("app:all"));
        s.put("stores.xiaomi.categories", List.of(XiaomiPages.CATEGORY));
        s.put("stores.huawei.categories", List.of(HuaweiPages.TAB));
        s.put("stores.huawei.keywords", List.of("校验"));
        s.put("stores.vivo.keywords", VivoPages.KEYWORDS);
        for (StoreId store : StoreId.values()) {
            s.put("stores." + store.id() + ".max-pages", "4");
        }
        // R4, Z3 and Z4 need two failed probes this far apart: one crawl's probe is enough here.
        s.put("checks.failure-spacing", "0s");
        Quarter quarter = Quarter.of(Instant.now());
        AuditRun.Result result = new AuditRun(harness.config()).run(harness.session(),
                new CrawlOptions(List.of(StoreId.values()), OptionalInt.empty(), CrawlOptions.Mode.RESUME, true,
                        "validity"), quarter, temp.resolve("report"), Optional.empty());
        found = problemsFound(quarter);
        scores = Scores.of(catalogue, found, perStore(result.report().rates()));
        String table = "# Validity suite: seed " + SEED + ", " + LocalDate.now(StoreId.CHINA) + "\n\n"
                + scores.markdown() + "\n" + catalogue.summary();
        System.err.println(table);
        Path md = Path.of("target", "validity.md");
        Files.createDirectories(md.getParent());
        Files.writeString(md, table, StandardCharsets.UTF_8);
    }

    private void serveTheStores(Path site) throws IOException {
        Files.createDirectories(site.resolve("mappings"));
        stores = new WireMockServer(options().dynamicPort().usingFilesUnderDirectory(site.toString()));
        stores.start();
        Served out = new Served(stores, site);
        TencentPages.serve(out, catalogue.listings().get(StoreId.TENCENT));
        XiaomiPages.serve(out, catalogue.listings().get(StoreId.XIAOMI));
        HuaweiPages.serve(out, catalogue.listings().get(StoreId.HUAWEI));
        VivoPages.serve(out, catalogue.listings().get(StoreId.VIVO));
        OppoPages.serve(out, catalogue.listings().get(StoreId.OPPO));
        WebPages.serve(out, catalogue);
    }

    /** The quarter's problems as the findings index holds them: not informational, not rectified. */
    private Set<Planted.Key> problemsFound(Quarter quarter) throws IOException {
        Set<Planted.Key> out = new TreeSet<>();
        for (JsonNode f : harness.documents(harness.session().layout().findingsIndex())) {
            if (f.path("quarter").asText().equals(quarter.toString()) && !f.path("informational").asBoolean()
                    && !f.path("status").asText().equals("rectified")) {
                out.add(new Planted.Key(f.path("store").asText(), f.path("package").asText(),
                        f.path("check_id").asText()));
            }
        }
        return out;
    }

    /** Each store's audited and flagged apps as the quarter's report counts them, beside the generated truth. */
    private List<Scores.StoreScore> perStore(QuarterRates rates) {
        List<Scores.StoreScore> out = new ArrayList<>();
        for (StoreId store : StoreId.values()) {
            Optional<QuarterRates.StoreRates> r = rates.stores().stream().filter(x -> x.store().equals(store.id()))
                    .findFirst();
            List<Shown> generated = catalogue.listings().get(store);
            out.add(new Scores.StoreScore(store.id(), generated.size(),
                    generated.stream().filter(l -> !l.truncated()).count(),
                    r.map(QuarterRates.StoreRates::audited).orElse(0L), r.map(x -> x.flagged().k()).orElse(0L),
                    catalogue.flagged(store).size()));
        }
        return out;
    }

    @AfterAll
    void stop() {
        if (harness != null) {
            harness.close();
        }
        if (stores != null) {
            stores.stop();
        }
    }

    @Test
    void everyWholeListingIsAuditedAndNoTruncatedOne() {
        SoftAssertions soft = new SoftAssertions();
        scores.stores().forEach(s -> soft.assertThat(s.audited()).as(s.store()).isEqualTo(s.listings()));
        soft.assertAll();
    }

    @Test
    void everyCheckReachesPrecisionAndRecallOfTheBar() {
        SoftAssertions soft = new SoftAssertions();
        scores.checks().values().forEach(c -> {
            if (c.precision() != null) {
                soft.assertThat(c.precision()).as(c.check() + " precision").isGreaterThanOrEqualTo(BAR);
            }
            if (c.recall() != null) {
                soft.assertThat(c.recall()).as(c.check() + " recall").isGreaterThanOrEqualTo(BAR);
            }
        });
        soft.assertAll();
    }

    @Test
    void eachStoresProblemRateIsThePlantedRate() {
        SoftAssertions soft = new SoftAssertions();
        scores.stores().forEach(s -> soft.assertThat(s.rate()).as(s.store() + " problem rate")
                .isEqualTo(s.trueRate()));
        soft.assertAll();
    }

    @Test
    void noDecoyFires() {
        assertThat(catalogue.decoys().stream().filter(d -> found.contains(d.key())).toList()).isEmpty();
    }

    @Test
    void theStoresAnswerEveryRequestTheCrawlMakes() {
        assertThat(stores.findAllUnmatchedRequests()).isEmpty();
    }
}
