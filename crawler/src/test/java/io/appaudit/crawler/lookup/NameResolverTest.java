package io.appaudit.crawler.lookup;

import static io.appaudit.crawler.lookup.LookupSite.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.appaudit.crawler.lookup.Resolution.Candidate;
import io.appaudit.crawler.lookup.Resolution.Confidence;
import io.appaudit.stores.StoreId;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Apps named without their package, resolved through vivo's search with the developer as tie-breaker. */
@WireMockTest
class NameResolverTest {

    @TempDir
    Path dir;
    private LookupHarness harness;
    private WireMock wm;

    @BeforeEach
    void start(WireMockRuntimeInfo info) {
        harness = new LookupHarness(dir.resolve("data"), info.getHttpBaseUrl(), "lookup-names");
        wm = info.getWireMock();
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    private Resolution resolve(String name, Optional<String> developer) {
        try (LookupSession s = harness.session(StoreId.VIVO)) {
            return s.resolve(name, developer);
        }
    }

    /** Two packages named 记账本 (one by 甲公司, one by 乙公司) and a look-alike. */
    private void twoSameNamedApps() {
        LookupSite.vivoSearch(wm, "记账本", LookupSite.vivoResults("501", "记账本", "com.jia.ledger",
                "502", "记账本", "com.yi.ledger", "503", "记账本Pro", "com.bing.ledger"));
        LookupSite.vivoDetail(wm, "501", LookupSite.vivoDetailOf("501", "记账本", "com.jia.ledger", "甲网络科技有限公司"));
        LookupSite.vivoDetail(wm, "502", LookupSite.vivoDetailOf("502", "记账本", "com.yi.ledger", "乙软件有限公司"));
    }

    @Test
    void searchResultsThatOnlyLookAlikeAreNoMatchAndShownAsCandidates() {
        LookupSite.vivoSearch(wm, "Example", fixture("/vivo/vivo-search.fixture.json"));
        Resolution r = resolve("Example", Optional.empty());
        assertThat(r.confidence()).isEqualTo(Confidence.NO_MATCH);
        assertThat(r.packageName()).isEmpty();
        assertThat(r.candidates()).extracting(Candidate::packageName)
                .containsExactly("org.example.app", "org.example.notes");
        assertThat(r.candidates()).noneMatch(Candidate::exactName);
    }

    @Test
    void theDeveloperPicksOneOfTwoSameNamedAppsWithHighConfidence() {
        twoSameNamedApps();
        Resolution r = resolve("记账本", Optional.of("乙软件有限公司"));
        assertThat(r.confidence()).isEqualTo(Confidence.HIGH);
        assertThat(r.packageName()).hasValue("com.yi.ledger");
        assertThat(r.candidates()).filteredOn(c -> c.packageName().equals("com.jia.ledger")).singleElement()
                .satisfies(c -> assertThat(c.developerMatch()).hasValue(false));
    }

    @Test
    void sameNamedAppsWithoutADeveloperAreAmbiguousAndNoPackageIsUsed() {
        twoSameNamedApps();
        Resolution r = resolve("记账本", Optional.empty());
        assertThat(r.confidence()).isEqualTo(Confidence.AMBIGUOUS);
        assertThat(r.packageName()).isEmpty();
        assertThat(r.candidates()).hasSize(3);
    }

    @Test
    void aSingleSameNamedAppWithoutADeveloperIsMediumConfidence() {
        LookupSite.vivoSearch(wm, "Example App", fixture("/vivo/vivo-search.fixture.json"));
        Resolution r = resolve("Example App", Optional.empty());
        assertThat(r.confidence()).isEqualTo(Confidence.MEDIUM);
        assertThat(r.packageName()).hasValue("org.example.app");
    }

    @Test
    void aSameNamedAppByAnotherDeveloperIsLowConfidenceAndNotUsed() {
        LookupSite.vivoSearch(wm, "Example App", fixture("/vivo/vivo-search.fixture.json"));
        LookupSite.vivoDetail(wm, "12345", fixture("/vivo/vivo-detail.fixture.json"));
        Resolution r = resolve("Example App", Optional.of("Other Company Ltd."));
        assertThat(r.confidence()).isEqualTo(Confidence.LOW);
        assertThat(r.packageName()).isEmpty();
        assertThat(r.candidates()).filteredOn(Candidate::exactName).singleElement()
                .satisfies(c -> assertThat(c.developer()).hasValue("Example Labs"));
    }

    @Test
    void aStoreWhoseSearchFailsIsNotSearchedRatherThanNoMatch() {
        wm.register(WireMock.get(WireMock.urlPathEqualTo(LookupSite.VIVO_SEARCH))
                .willReturn(WireMock.aResponse().withStatus(200).withBody("<html>维护中</html>")));
        Resolution r = resolve("记账本", Optional.empty());
        assertThat(r.confidence()).isEqualTo(Confidence.NOT_SEARCHED);
        assertThat(r.explanation()).startsWith("no search could be read");
    }
}
