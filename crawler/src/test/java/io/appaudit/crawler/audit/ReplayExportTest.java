package io.appaudit.crawler.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.appaudit.crawler.evidence.Capture;
import io.appaudit.crawler.evidence.WarcArchive;
import io.appaudit.stores.StoreId;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplayExportTest {

    @TempDir
    Path dir;

    private static Capture capture(Instant at, String method, String url, int status, String body) {
        return new Capture(url, url, at, Optional.empty(),
                (method + " / HTTP/1.1\r\nHost: x\r\n").getBytes(StandardCharsets.US_ASCII), new byte[0],
                ("HTTP/1.1 " + status + " X\r\nContent-Type: application/json\r\n").getBytes(StandardCharsets.US_ASCII),
                body.getBytes(StandardCharsets.UTF_8), false, false);
    }

    private String exportSince(Instant since, Capture... captures) throws Exception {
        try (WarcArchive archive = new WarcArchive(dir.resolve("warc"), 1 << 30)) {
            for (Capture c : captures) {
                archive.write(StoreId.HUAWEI, c);
            }
            ReplayExport.Written w = new ReplayExport().export(archive, java.util.List.of(StoreId.HUAWEI), since,
                    dir.resolve("out"));
            assertThat(w.perStore()).containsKey(StoreId.HUAWEI);
        }
        return Files.readString(dir.resolve("out/mappings/huawei.json"));
    }

    @Test
    void keepsAnExchangeFromTheFirstSecondOfTheCrawlThoughItsWarcDateHasNoMilliseconds() throws Exception {
        Instant start = Instant.parse("2026-11-28T10:00:00.700Z");
        String mappings = exportSince(start,
                capture(Instant.parse("2026-11-28T10:00:00.750Z"), "POST",
                        "https://web-drcn.hispace.dbankcloud.com/edge/webedge/getInterfaceCode", 200, "\"token\""),
                capture(Instant.parse("2026-11-28T09:59:58Z"), "GET", "https://old.example/earlier-crawl", 200, "{}"));
        assertThat(mappings).contains("getInterfaceCode").doesNotContain("earlier-crawl");
    }

    @Test
    void leavesOutNotModifiedAnswersAndKeepsTheLatestAnswerToARequest() throws Exception {
        Instant start = Instant.parse("2026-11-28T10:00:00Z");
        String url = "https://store.hispace.hicloud.com/uowap/index?method=internal.getTabDetail&uri=app%7CC1";
        String mappings = exportSince(start,
                capture(start.plusSeconds(1), "GET", url, 200, "{\"first\":1}"),
                capture(start.plusSeconds(2), "GET", url, 200, "{\"second\":2}"),
                capture(start.plusSeconds(3), "GET", "https://store.hispace.hicloud.com/unchanged", 304, ""));
        assertThat(mappings).doesNotContain("unchanged").contains("\"uri\"").contains("app|C1");
        Path bodies = dir.resolve("out/__files/recorded/huawei");
        try (var files = Files.list(bodies)) {
            assertThat(files.map(f -> {
                try {
                    return Files.readString(f);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            })).containsExactly("{\"second\":2}");
        }
    }
}
