package io.appaudit.crawler.apk;

import static org.assertj.core.api.Assertions.assertThat;

import io.appaudit.crawler.TestConfigs;
import io.appaudit.crawler.config.AppauditConfig;
import io.appaudit.crawler.evidence.CapturedExchange;
import io.appaudit.crawler.evidence.EvidenceFinder;
import io.appaudit.crawler.evidence.WarcArchive;
import io.appaudit.crawler.fetch.FetchClient;
import io.appaudit.crawler.fetch.Politeness;
import io.appaudit.indexer.docs.ListingDocument;
import io.appaudit.stores.DownloadControl;
import io.appaudit.stores.Hash;
import io.appaudit.stores.Listing;
import io.appaudit.stores.StoreId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading a delivered APK over HTTP by byte ranges, through the crawler's client, from a server that does ranges
 * honestly, ignores them, or lies about the file's size; the exchanges kept as WARC evidence; reads reused across
 * runs.
 */
class HttpApkReadingTest {

    private static final String APK = "https://cdn.example-cdn.cn/apk/settings.apk";
    private static final String PATH = "/cdn.example-cdn.cn/apk/settings.apk";

    @TempDir
    Path dir;
    private RangeServer server;
    private WarcArchive archive;
    private FetchClient client;
    private AppauditConfig config;

    @BeforeEach
    void start() throws Exception {
        server = new RangeServer();
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

    private static Listing listing(Hash... hashes) {
        Listing.Builder b = Listing.builder(StoreId.XIAOMI, "io.appium.settings", "io.appium.settings")
                .sourceUrl("https://app.mi.com/details?id=io.appium.settings")
                .fetchedAt(Instant.parse("2026-12-07T02:00:00Z"))
                .addDownloadControl(DownloadControl.Kind.PRIMARY, "直接下载", APK);
        for (Hash h : hashes) {
            b.addHash(h.kind(), h.value());
        }
        return b.build();
    }

    private ApkReading reading() {
        return new ApkReading(client, config.apk(), ApkCache.open(dir.resolve("apk")));
    }

    @Test
    void readsAnApkByRangesAndKeepsEveryExchangeWithItsRangeInTheWarc() throws Exception {
        byte[] bytes = Files.readAllBytes(ApkVariants.original());
        server.serve(PATH, bytes, RangeServer.Mode.RANGES);

        ListingDocument.Apk apk = reading().read(listing(), APK, Map.of(), "snap-1");

        assertThat(apk.status()).isEqualTo(ApkStatus.READ);
        assertThat(apk.packageName()).isEqualTo("io.appium.settings");
        assertThat(apk.signerSha256()).isEqualTo(ApkVariants.verifiedSigners(ApkVariants.original()));
        assertThat(apk.requests()).isEqualTo((int) server.rangeRequests()).isBetween(1, 4);
        assertThat(apk.bytesRead()).isLessThan(bytes.length / 10L);
        assertThat(apk.contentLength()).isEqualTo(bytes.length);
        assertThat(apk.etag()).isEqualTo("\"v1-" + bytes.length + "\"");
        assertThat(apk.cachedFrom()).isNull();
        assertThat(apk.evidence()).hasSize(apk.requests());
        EvidenceFinder finder = new EvidenceFinder(archive);
        long total = 0;
        for (String id : apk.evidence()) {
            CapturedExchange x = finder.byRecordId(List.of(StoreId.XIAOMI), id).orElseThrow();
            assertThat(x.status()).isEqualTo(206);
            assertThat(x.request()).hasValueSatisfying(r -> assertThat(r).contains("Range: bytes="));
            assertThat(x.header("Content-Range")).hasValueSatisfying(r -> assertThat(r).startsWith("bytes "));
            total += x.payload().length;
        }
        assertThat(total).isEqualTo(apk.bytesRead());
    }

    @Test
    void showsWhatWasReadAndEachRangeExchangeInTheEvidenceCommandsSection() throws Exception {
        server.serve(PATH, Files.readAllBytes(ApkVariants.original()), RangeServer.Mode.RANGES);
        ListingDocument.Apk apk = reading().read(listing(), APK, Map.of(), "snap-1");
        ListingDocument.Probe probe = new ListingDocument.Probe("download", APK, "直接下载", APK, 200, "settings.apk",
                null, List.of(APK), null, Instant.now()).withApk(apk);
        com.fasterxml.jackson.databind.ObjectMapper json = io.appaudit.indexer.DocumentMapper.create();
        com.fasterxml.jackson.databind.JsonNode doc = json.createObjectNode().set("probes",
                json.createArrayNode().add(json.valueToTree(probe)));
        java.io.StringWriter text = new java.io.StringWriter();

        ApkEvidenceSection.print(new java.io.PrintWriter(text), doc, new EvidenceFinder(archive), StoreId.XIAOMI);

        assertThat(text.toString()).contains("status      read").contains("package     io.appium.settings")
                .contains("signer      " + apk.signerSha256().get(0))
                .contains("Range: bytes=-" + ZipDirectory.TAIL + "  → HTTP 206 bytes ")
                .contains(apk.evidence().get(apk.evidence().size() - 1));
        assertThat(text.toString().lines().filter(l -> l.contains("→ HTTP 206"))).hasSize(apk.requests());
    }

    @Test
    void cutsOffAServerThatIgnoresRangesAtTheFirstChunkAndSaysSo() throws Exception {
        byte[] bytes = Files.readAllBytes(ApkVariants.original());
        server.serve(PATH, bytes, RangeServer.Mode.WHOLE);

        ListingDocument.Apk apk = reading().read(listing(), APK, Map.of(), "snap-1");

        assertThat(apk.status()).isEqualTo(ApkStatus.RANGES_NOT_SERVED);
        assertThat(apk.reason()).contains("200");
        assertThat(apk.requests()).isEqualTo(1);
        assertThat(apk.bytesRead()).isLessThanOrEqualTo(ZipDirectory.TAIL);
        assertThat(apk.packageName()).isNull();
        assertThat(apk.evidence()).hasSize(1);
    }

    @Test
    void leavesTheApkUnreadWithAReasonWhenTheServerLiesAboutItsSize() throws Exception {
        server.serve(PATH, Files.readAllBytes(ApkVariants.original()), RangeServer.Mode.LYING);

        ListingDocument.Apk apk = reading().read(listing(), APK, Map.of(), "snap-1");

        assertThat(apk.status()).isIn(ApkStatus.UNREADABLE, ApkStatus.NOT_AN_APK);
        assertThat(apk.reason()).isNotBlank();
        assertThat(apk.read()).isFalse();
    }

    @Test
    void saysATruncatedFileServedWithRangesIsNotAnApk() throws Exception {
        Path cut = ApkVariants.truncated(ApkVariants.original(), dir.resolve("cut.apk"), 1_500_000);
        server.serve(PATH, Files.readAllBytes(cut), RangeServer.Mode.RANGES);

        ListingDocument.Apk apk = reading().read(listing(), APK, Map.of(), "snap-1");

        assertThat(apk.status()).isEqualTo(ApkStatus.NOT_AN_APK);
        assertThat(apk.requests()).isEqualTo(1);
    }

    @Test
    void readsAnApkOnceAcrossRunsByUrlBySizeAndEtagAndByPublishedHash() throws Exception {
        byte[] bytes = Files.readAllBytes(ApkVariants.original());
        server.serve(PATH, bytes, RangeServer.Mode.RANGES);
        server.serve("/cdn.example-cdn.cn/apk/settings.apk2", bytes, RangeServer.Mode.RANGES);
        Hash md5 = new Hash(Hash.Kind.MD5, "0123456789abcdef0123456789abcdef");
        ListingDocument.Apk first = reading().read(listing(md5), APK, Map.of(), "snap-1");
        long requests = server.rangeRequests();

        // the next run: a cache read back from the data folder
        ListingDocument.Apk sameUrl = reading().read(listing(), APK, Map.of("Content-Length",
                String.valueOf(bytes.length)), "snap-2");
        ListingDocument.Apk sameEtag = reading().read(listing(), APK + "2", Map.of("Content-Length",
                String.valueOf(bytes.length), "ETag", "\"v1-" + bytes.length + "\""), "snap-3");
        ListingDocument.Apk sameHash = reading().read(listing(md5), "https://cdn.example-cdn.cn/other.apk",
                Map.of(), "snap-4");

        assertThat(server.rangeRequests()).isEqualTo(requests);
        for (ListingDocument.Apk a : List.of(sameUrl, sameEtag, sameHash)) {
            assertThat(a.cachedFrom()).isEqualTo("snap-1");
            assertThat(a.requests()).isZero();
            assertThat(a.packageName()).isEqualTo(first.packageName());
            assertThat(a.signerSha256()).isEqualTo(first.signerSha256());
            assertThat(a.evidence()).isEqualTo(first.evidence());
        }
    }

    @Test
    void readsAgainWhenTheSameUrlServesAFileOfAnotherSize() throws Exception {
        byte[] bytes = Files.readAllBytes(ApkVariants.original());
        server.serve(PATH, bytes, RangeServer.Mode.RANGES);
        reading().read(listing(), APK, Map.of(), "snap-1");
        long requests = server.rangeRequests();

        ListingDocument.Apk again = reading().read(listing(), APK, Map.of("Content-Length", "123"), "snap-2");

        assertThat(server.rangeRequests()).isGreaterThan(requests);
        assertThat(again.cachedFrom()).isNull();
    }

    @Test
    void doesNotKeepAFailedExchangeSoTheNextRunTriesAgain() throws Exception {
        ListingDocument.Apk missing = reading().read(listing(), APK, Map.of(), "snap-1");
        assertThat(missing.status()).isEqualTo(ApkStatus.FAILED);
        assertThat(missing.reason()).contains("404");

        server.serve(PATH, Files.readAllBytes(ApkVariants.original()), RangeServer.Mode.RANGES);
        ListingDocument.Apk later = reading().read(listing(), APK, Map.of(), "snap-2");

        assertThat(later.status()).isEqualTo(ApkStatus.READ);
        assertThat(later.cachedFrom()).isNull();
    }
}
