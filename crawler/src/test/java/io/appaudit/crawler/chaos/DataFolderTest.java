package io.appaudit.crawler.chaos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.appaudit.crawler.CliProcess;
import io.appaudit.crawler.crawl.StoreOutcome;
import io.appaudit.crawler.evidence.Capture;
import io.appaudit.crawler.evidence.DataFolderException;
import io.appaudit.crawler.evidence.SpaceGuard;
import io.appaudit.crawler.evidence.WarcArchive;
import io.appaudit.crawler.evidence.WarcScanner;
import io.appaudit.indexer.docs.CrawlRunOutcome;
import io.appaudit.stores.StoreId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The data folder fills up or cannot be written: the crawl stops with an error that names the folder and says what
 * to do, leaves no torn evidence behind, and resumes once there is room.
 */
class DataFolderTest {

    private static final int APPS = 40;

    @TempDir
    Path dir;

    @Test
    void aDiskFillingUpMidCrawlStopsItCleanlyAndItResumesOnceThereIsRoom() throws Exception {
        try (Tmpfs disk = Tmpfs.mount(dir.resolve("disk"), "64m", false);
             ChaosStore store = new ChaosStore(APPS, 10)) {
            Path data = disk.path().resolve("data");
            try (ChaosCrawl crawl = new ChaosCrawl(data, store.baseUrl(), "chaos-full")) {
                crawl.settings().put("data.min-free-space", "8mb");
                crawl.settings().put("stores.xiaomi.delay", "100ms");
                crawl.harness.session();
                CompletableFuture<StoreOutcome> run = CompletableFuture.supplyAsync(() -> crawl.crawl(false));
                Await.until(() -> store.servedListings().size() >= APPS / 3, Duration.ofMinutes(2), "a third served");
                // another program takes the disk: 4 MiB stay free, under the 8 MiB floor
                Path filler = disk.fillLeaving(4L << 20);
                StoreOutcome first = run.get(2, TimeUnit.MINUTES);

                assertThat(first.outcome()).isEqualTo(CrawlRunOutcome.FAILED);
                assertThat(first.failureReason()).hasValueSatisfying(r -> assertThat(r)
                        .contains("The data folder " + data).contains("data.min-free-space")
                        .contains("free space").contains("run the crawl again"));
                assertThat(store.servedListings().size()).isLessThan(APPS);

                Files.delete(filler);
                StoreOutcome second = crawl.crawl(false);
                assertThat(second.outcome()).isEqualTo(CrawlRunOutcome.COMPLETED);
                assertThat(second.runId()).isEqualTo(first.runId());
                Set<String> served = store.servedListings();
                assertThat(served).hasSize(APPS);
                List<JsonNode> snapshots = crawl.snapshots();
                Tally tally = Tally.of(snapshots, List.of(served));
                assertThat(tally.missing()).isEmpty();
                assertThat(tally.duplicates()).isZero();
                assertEveryEvidenceRecordIsWholeAndMatches(data.resolve("warc").resolve("xiaomi"), snapshots);
                Set<String> falseFindings = Baseline.falseFindings(crawl.problemFindings());
                ChaosTable.record(tally.row("data folder fills up mid-crawl",
                        "stopped below data.min-free-space, resumed once freed", falseFindings.size()));
                assertThat(falseFindings).isEmpty();
            }
        }
    }

    @Test
    void aReadOnlyDataFolderIsRefusedByNameBeforeAnythingIsFetched() throws Exception {
        try (Tmpfs disk = Tmpfs.mount(dir.resolve("ro"), "4m", true);
             ChaosStore store = new ChaosStore(5, 5);
             ChaosCrawl crawl = new ChaosCrawl(disk.path(), store.baseUrl(), "chaos-ro")) {
            Path config = CliProcess.writeConfig(dir.resolve("appaudit.yaml"), crawl.settings());
            Path log = dir.resolve("crawl.log");
            Process p = CliProcess.start(log, "--config", config.toString(), "--data-dir", disk.path().toString(),
                    "crawl", "--store", "xiaomi", "--no-probes");
            assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
            String out = Files.readString(log);

            assertThat(p.exitValue()).as(out).isEqualTo(1);
            assertThat(out).contains("The data folder " + disk.path() + " is not writable (Read-only file system)")
                    .contains("point data.dir (or --data-dir) at another folder");
            assertThat(store.wm.getAllServeEvents()).isEmpty();
            ChaosTable.record(new ChaosRow("data folder read-only", "refused at start, naming the folder", 0, 0, 0,
                    0));
        }
    }

    @Test
    void aWarcWriteThatRunsOutOfSpaceIsCutOffItsFileSoNoTornRecordRemains() throws Exception {
        try (Tmpfs disk = Tmpfs.mount(dir.resolve("tiny"), "1m", false)) {
            Path warc = disk.path().resolve("warc");
            int written = 0;
            try (WarcArchive archive = new WarcArchive(warc, 1L << 30, new SpaceGuard(disk.path(), 0))) {
                Random random = new Random(7);
                DataFolderException full = null;
                while (full == null && written < 50) {
                    byte[] payload = new byte[150 * 1024];
                    random.nextBytes(payload);
                    try {
                        archive.write(StoreId.VIVO, capture(written, payload));
                        written++;
                    } catch (DataFolderException e) {
                        full = e;
                    }
                }
                assertThat(full).as("the disk filled up").isNotNull();
                assertThat(full.getMessage()).contains("The data folder " + disk.path() + " is full")
                        .contains("Free space on its disk, or point data.dir (or --data-dir) at another disk");
                // given room, the next record goes to a new file
                disk.resize("4m");
                archive.write(StoreId.VIVO, capture(written, "after".getBytes(StandardCharsets.UTF_8)));
                written++;
            }
            int read = 0;
            List<Path> files;
            try (var list = Files.list(warc.resolve("vivo"))) {
                files = list.toList();
            }
            assertThat(files).hasSizeGreaterThanOrEqualTo(2);
            for (Path f : files) {
                WarcScanner.Report r = WarcScanner.scan(f, c -> true);
                assertThat(r.skipped()).as("torn records in %s", f).isZero();
                read += r.responses();
            }
            assertThat(read).isEqualTo(written);
        }
    }

    @Test
    void aDataFolderThatCannotBeCreatedIsNamedWithWhatToDo() throws IOException {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        SpaceGuard guard = new SpaceGuard(file.resolve("data"), 0);
        assertThatThrownBy(guard::requireWritable).isInstanceOf(DataFolderException.class)
                .hasMessageContaining("The data folder " + file.resolve("data") + " is not writable")
                .hasMessageContaining("point data.dir (or --data-dir) at another folder");
    }

    private static Capture capture(int i, byte[] payload) {
        return new Capture("https://h5-api.appstore.vivo.com.cn/detail/" + i,
                "https://h5-api.appstore.vivo.com.cn/detail/" + i, Instant.now(), Optional.empty(),
                "GET / HTTP/1.1\r\nHost: h5-api.appstore.vivo.com.cn\r\n".getBytes(StandardCharsets.US_ASCII),
                new byte[0], "HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\n"
                .getBytes(StandardCharsets.US_ASCII), payload, false, false);
    }

    /** Every WARC file reads without a torn record, and every snapshot's record is there with its digest. */
    static void assertEveryEvidenceRecordIsWholeAndMatches(Path folder, List<JsonNode> snapshots) throws Exception {
        Map<String, String> digests = new HashMap<>();
        try (var list = Files.list(folder)) {
            for (Path f : list.toList()) {
                WarcScanner.Report r = WarcScanner.scan(f, c -> {
                    digests.put(c.recordId(), sha256(c.payload()));
                    return true;
                });
                assertThat(r.skipped()).as("torn records in %s", f).isZero();
            }
        }
        for (JsonNode s : snapshots) {
            JsonNode e = s.path("evidence");
            assertThat(digests.get(e.path("record_id").asText())).as("evidence of %s", s.path("package").asText())
                    .isEqualTo(e.path("payload_sha256").asText());
        }
    }

    private static String sha256(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
