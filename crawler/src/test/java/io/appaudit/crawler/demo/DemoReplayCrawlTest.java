package io.appaudit.crawler.demo;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.appaudit.crawler.Adapters;
import io.appaudit.crawler.config.AppauditConfig;
import io.appaudit.crawler.config.Settings;
import io.appaudit.stores.DownloadControl;
import io.appaudit.stores.Hash;
import io.appaudit.stores.Listing;
import io.appaudit.stores.ListingResult;
import io.appaudit.stores.StoreAdapter;
import io.appaudit.stores.StoreId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Crawls the committed replay with the real adapters and the demo's configuration, as the crawler would through
 * fetch.replay-base, and checks that every store yields its demo apps as listings showing the catalogue's values
 * (the planted problems included), and that downloads, developer pages and robots.txt answer as planted.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoReplayCrawlTest {

    private final DemoSet catalog = DemoCatalog.build();
    private final Map<StoreId, ReplayWalk> walks = new EnumMap<>(StoreId.class);
    private WireMockServer replay;
    private ReplayClient client;
    private AppauditConfig config;

    @BeforeAll
    void serveTheReplay(@TempDir Path data) {
        replay = new WireMockServer(options().dynamicPort()
                .usingFilesUnderDirectory(DemoReplayFilesTest.DEMO.resolve("replay").toString()));
        replay.start();
        client = new ReplayClient(replay.baseUrl());
        config = AppauditConfig.load(Settings.load(Optional.of(DemoReplayFilesTest.DEMO.resolve("appaudit-demo.yaml"))),
                Map.of(), Optional.of(data));
    }

    @AfterAll
    void stop() {
        replay.stop();
    }

    private StoreAdapter adapter(StoreId store) {
        return Adapters.create(store, config);
    }

    private ReplayWalk walk(StoreId store) {
        return walks.computeIfAbsent(store, s -> {
            try {
                return ReplayWalk.run(adapter(s), config.store(s).discovery(), client);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
    }

    private List<DemoListing> expected(StoreId store) {
        return catalog.listings().get(store);
    }

    @ParameterizedTest
    @EnumSource(StoreId.class)
    void discoveryWithTheDemoConfigurationFindsEveryDemoAppAsAListing(StoreId store) {
        ReplayWalk walk = walk(store);

        assertThat(walk.discoveryProblems()).isEmpty();
        assertThat(walk.results().keySet()).containsExactlyInAnyOrderElementsOf(
                expected(store).stream().map(DemoListing::appId).toList()).hasSize(50);
        assertThat(walk.results().values()).allSatisfy(r -> assertThat(r).isInstanceOf(ListingResult.Listed.class));
    }

    @ParameterizedTest
    @EnumSource(StoreId.class)
    void listingsShowTheCatalogueValuesPlantedProblemsIncluded(StoreId store) {
        SoftAssertions soft = new SoftAssertions();
        for (DemoListing e : expected(store)) {
            ListingResult result = walk(store).results().get(e.appId());
            if (!(result instanceof ListingResult.Listed listed)) {
                soft.fail("%s %s was not read as a listing: %s", store, e.appId(), result);
                continue;
            }
            Listing l = listed.listing();
            String app = store + " " + e.pkg() + " ";
            soft.assertThat(l.packageName()).as(app + "package").isEqualTo(e.pkg());
            soft.assertThat(l.name()).as(app + "name").contains(e.name());
            soft.assertThat(l.developer()).as(app + "developer").isEqualTo(e.developer());
            soft.assertThat(l.operator()).as(app + "operator").isEqualTo(e.operator());
            soft.assertThat(l.versionName()).as(app + "version").contains(e.versionName());
            soft.assertThat(l.updatedAt().map(t -> t.atZoneSameInstant(StoreId.CHINA).toLocalDate()))
                    .as(app + "update date").contains(e.updated().toLocalDate());
            soft.assertThat(l.shortDescription()).as(app + "short description").isEqualTo(e.shortDescription());
            soft.assertThat(l.privacyPolicyUrl()).as(app + "privacy policy").isEqualTo(e.privacyUrl());
            soft.assertThat(l.website()).as(app + "website").isEqualTo(e.website());
            soft.assertThat(l.permissions()).as(app + "permissions").isEqualTo(e.permissions());
            soft.assertThat(l.filingNumber()).as(app + "filing number").isEqualTo(e.filing());
            soft.assertThat(l.targetSdk()).as(app + "target SDK").isEqualTo(e.targetSdk());
            soft.assertThat(l.hashes().stream().filter(h -> h.kind() == Hash.Kind.MD5).map(Hash::value).findFirst())
                    .as(app + "MD5").isEqualTo(e.md5().map(m -> m.toLowerCase(Locale.ROOT)));
            soft.assertThat(l.downloadControls()).extracting(DownloadControl::url).as(app + "download controls")
                    .containsAll(e.controls().stream().map(c -> c.path().url()).toList());
            if (!e.buttons().isEmpty()) {
                soft.assertThat(l.downloadControls().stream().filter(c -> c.kind() != DownloadControl.Kind.APK_ENDPOINT)
                        .map(c -> c.label() + " " + c.url()).toList()).as(app + "buttons")
                        .isEqualTo(e.buttons().stream().map(c -> c.label() + " " + c.path().url()).toList());
            }
            if (e.official()) {
                soft.assertThat(l.extras()).as(app + "official flag").containsEntry("official", "1");
            }
        }
        soft.assertAll();
    }

    @ParameterizedTest
    @EnumSource(StoreId.class)
    void downloadControlsLeadToThePlantedFilesAndDeadLinks(StoreId store) throws Exception {
        StoreAdapter adapter = adapter(store);
        SoftAssertions soft = new SoftAssertions();
        for (DemoListing e : expected(store)) {
            for (Control c : e.controls()) {
                DownloadPath path = c.path();
                String what = store + " " + e.pkg() + " " + c.label() + " ";
                ReplayClient.Followed get = client.follow(path.url(), "GET", Optional.empty());
                soft.assertThat(get.chain()).as(what + "redirect chain").isEqualTo(path.hops());
                soft.assertThat(get.last().statusCode()).as(what + "status").isEqualTo(path.status());
                if (!path.delivered()) {
                    continue;
                }
                soft.assertThat(get.fileName()).as(what + "file name").isEqualTo(path.fileName());
                soft.assertThat(adapter.packageFromDownload(get.finalUrl(), get.fileName()))
                        .as(what + "delivered package").isEqualTo(path.delivers());
                soft.assertThat(client.follow(path.url(), "HEAD", Optional.empty()).last().statusCode())
                        .as(what + "HEAD").isEqualTo(200);
                HttpResponse<byte[]> first = client.follow(path.url(), "GET",
                        Optional.of(new String[] {"Range", "bytes=0-0"})).last();
                soft.assertThat(first.statusCode()).as(what + "ranged GET").isEqualTo(206);
                soft.assertThat(first.body()).as(what + "ranged body").hasSize(1);
            }
        }
        soft.assertAll();
    }

    @Test
    void privacyPagesAndWebsitesAnswerAsPlanted() throws Exception {
        SoftAssertions soft = new SoftAssertions();
        for (Map.Entry<String, Integer> site : catalog.sites().entrySet()) {
            soft.assertThat(client.send(site.getKey(), "GET").statusCode()).as(site.getKey())
                    .isEqualTo(site.getValue());
        }
        for (String host : catalog.deadHosts()) {
            for (String url : List.of("https://" + host + "/", "https://" + host + "/privacy.html")) {
                soft.assertThat(client.send(url, "HEAD").statusCode()).as(url).isEqualTo(404);
            }
        }
        soft.assertAll();
        assertThat(catalog.sites()).containsValue(404).hasSizeGreaterThan(100);
    }

    @Test
    void everyHostServesARobotsFileAllowingEverythingUnlessTheHostIsGone() throws Exception {
        SoftAssertions soft = new SoftAssertions();
        for (String host : List.of("sj.qq.com", "a.app.qq.com", "yybadaccess.3g.qq.com", "app.mi.com",
                "web-drcn.hispace.dbankcloud.com", "appgallery.cloud.huawei.com", "h5-api.appstore.vivo.com.cn",
                "app.cdo.oppomobile.com", "istore.oppomobile.com", "microdown.myapp.com", "www.example.example")) {
            HttpResponse<byte[]> robots = client.send("https://" + host + "/robots.txt", "GET");
            soft.assertThat(robots.statusCode()).as(host).isEqualTo(200);
            soft.assertThat(new String(robots.body(), StandardCharsets.UTF_8)).as(host)
                    .isEqualTo(WebStubs.ROBOTS);
        }
        for (String host : catalog.deadHosts()) {
            soft.assertThat(client.send("https://" + host + "/robots.txt", "GET").statusCode()).as(host)
                    .isEqualTo(404);
        }
        soft.assertAll();
    }

    @Test
    void theReplayHasAStubForEveryRequestTheCrawlMakes() {
        for (StoreId s : StoreId.values()) {
            walk(s);
        }

        assertThat(replay.findAllUnmatchedRequests()).isEmpty();
    }
}
