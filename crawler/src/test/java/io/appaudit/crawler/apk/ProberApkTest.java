package io.appaudit.crawler.apk;

import static org.assertj.core.api.Assertions.assertThat;

import io.appaudit.crawler.TestConfigs;
import io.appaudit.crawler.config.AppauditConfig;
import io.appaudit.crawler.evidence.WarcArchive;
import io.appaudit.crawler.fetch.FetchClient;
import io.appaudit.crawler.fetch.Politeness;
import io.appaudit.crawler.probe.ProbeMemory;
import io.appaudit.crawler.probe.Prober;
import io.appaudit.indexer.docs.ListingDocument;
import io.appaudit.stores.DownloadControl;
import io.appaudit.stores.Listing;
import io.appaudit.stores.StoreId;
import io.appaudit.stores.xiaomi.XiaomiAdapter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.dongliu.apk.parser.ApkFile;
import net.dongliu.apk.parser.bean.ApkMeta;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A download control whose redirect chain ends at an APK: the probe carries what was read of it, and a re-crawl of
 * the unchanged catalogue (a new run, the reads kept in the data folder) reads no APK.
 */
class ProberApkTest {

    private static final String CONTROL = "https://app.mi.com/download/1234";
    private static final String CDN = "https://cdn.example-cdn.cn/files/io.appium.settings_8.0.10.apk";

    @TempDir
    Path dir;
    private RangeServer server;
    private WarcArchive archive;
    private FetchClient client;
    private AppauditConfig config;

    @BeforeEach
    void start() throws Exception {
        server = new RangeServer();
        server.redirect("/app.mi.com/download/1234", CDN);
        server.serve("/cdn.example-cdn.cn/files/io.appium.settings_8.0.10.apk",
                Files.readAllBytes(ApkVariants.original()), RangeServer.Mode.RANGES);
        config = TestConfigs.config(dir, TestConfigs.local(server.base()));
        archive = new WarcArchive(dir.resolve("warc"), config.fetch().warcMaxSize());
        Map<StoreId, Duration> delays = new EnumMap<>(StoreId.class);
        config.stores().forEach((id, s) -> delays.put(id, s.delay()));
        client = new FetchClient(config.fetch(), config.stores(), Map.of(), archive, new Politeness(delays));
    }

    @AfterEach
    void stop() throws Exception {
        client.close();
        archive.close();
        server.close();
    }

    private static Listing listing() {
        return Listing.builder(StoreId.XIAOMI, "io.appium.settings", "io.appium.settings")
                .sourceUrl("https://app.mi.com/details?id=io.appium.settings")
                .fetchedAt(Instant.parse("2026-12-07T02:00:00Z"))
                .addDownloadControl(DownloadControl.Kind.PRIMARY, "直接下载", CONTROL).build();
    }

    /** A crawl run's prober: a memory of its own, the reads of earlier runs from the data folder. */
    private Prober run() {
        ApkReading reading = new ApkReading(client, config.apk(), ApkCache.open(dir.resolve("apk")));
        return new Prober(client, new ProbeMemory(client, Optional.of(reading)), false);
    }

    private static ListingDocument.Probe download(Prober.Report r) {
        return r.probes().stream().filter(p -> p.kind().equals(Prober.DOWNLOAD)).findFirst().orElseThrow();
    }

    @Test
    void attachesTheFactsOfTheApkAtTheEndOfTheRedirectChain() throws Exception {
        Prober.Report r = run().probe(new XiaomiAdapter(), listing(), Optional.of("snap-1"));

        ListingDocument.Probe p = download(r);
        assertThat(p.finalUrl()).isEqualTo(CDN);
        ListingDocument.Apk apk = p.apk();
        assertThat(apk.status()).isEqualTo("read");
        ApkMeta truth;
        try (ApkFile f = new ApkFile(ApkVariants.original().toFile())) {
            truth = f.getApkMeta();
        }
        assertThat(apk.packageName()).isEqualTo(truth.getPackageName()).isEqualTo("io.appium.settings");
        assertThat(apk.versionCode()).isEqualTo(truth.getVersionCode());
        assertThat(apk.versionName()).isEqualTo(truth.getVersionName());
        assertThat(apk.targetSdk()).isEqualTo(Integer.parseInt(truth.getTargetSdkVersion()));
        assertThat(apk.minSdk()).isEqualTo(Integer.parseInt(truth.getMinSdkVersion()));
        assertThat(apk.permissions()).containsExactlyInAnyOrderElementsOf(truth.getUsesPermissions());
        assertThat(apk.signerSha256()).isEqualTo(ApkVariants.verifiedSigners(ApkVariants.original()));
        assertThat(apk.finalUrl()).isEqualTo(CDN);
        // the HEAD and its redirect, then the APK's range requests
        assertThat(r.requests()).isEqualTo(2 + apk.requests());
        assertThat(server.log).filteredOn(l -> l.startsWith("GET /cdn.example-cdn.cn/"))
                .allSatisfy(l -> assertThat(l).contains("bytes="));
    }

    @Test
    void readsNoApkWhenTheUnchangedCatalogueIsCrawledAgain() {
        ListingDocument.Apk first = download(run().probe(new XiaomiAdapter(), listing(), Optional.of("snap-1")))
                .apk();
        long ranges = server.rangeRequests();

        Prober.Report again = run().probe(new XiaomiAdapter(), listing(), Optional.of("snap-2"));

        assertThat(server.rangeRequests()).isEqualTo(ranges);
        ListingDocument.Apk apk = download(again).apk();
        assertThat(apk.cachedFrom()).isEqualTo("snap-1");
        assertThat(apk.packageName()).isEqualTo(first.packageName());
        assertThat(apk.evidence()).isEqualTo(first.evidence());
        assertThat(again.requests()).isEqualTo(2);
    }

    @Test
    void readsNoApkWithoutASnapshotOrWhenReadingIsOff() {
        Prober off = new Prober(client, new ProbeMemory(client), false);

        assertThat(download(off.probe(new XiaomiAdapter(), listing(), Optional.of("snap-1"))).apk()).isNull();
        assertThat(download(run().probe(new XiaomiAdapter(), listing())).apk()).isNull();
        assertThat(server.rangeRequests()).isZero();
    }
}
