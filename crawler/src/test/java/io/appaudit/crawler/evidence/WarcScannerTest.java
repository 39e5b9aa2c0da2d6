package io.appaudit.crawler.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import io.appaudit.stores.StoreId;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarcScannerTest {

    @TempDir
    Path dir;

    private static Capture capture(String url, String body) {
        return new Capture(url, url, Instant.parse("2026-11-20T02:00:00Z"), Optional.empty(),
                ("GET / HTTP/1.1\r\nHost: x\r\n").getBytes(StandardCharsets.US_ASCII), new byte[0],
                "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n".getBytes(StandardCharsets.US_ASCII),
                body.getBytes(StandardCharsets.UTF_8), false, false);
    }

    private Path writeThree() throws Exception {
        try (WarcArchive archive = new WarcArchive(dir, 1 << 30)) {
            for (int i = 0; i < 3; i++) {
                archive.write(StoreId.VIVO, capture("https://h5-api.appstore.vivo.com.cn/detail/" + i, "body " + i));
            }
            return archive.files(StoreId.VIVO).get(0);
        }
    }

    private static List<String> bodies(Path file) throws Exception {
        List<String> out = new ArrayList<>();
        WarcScanner.scan(file, c -> out.add(new String(c.payload(), StandardCharsets.UTF_8)));
        return out;
    }

    @Test
    void readsEveryResponseWithItsRequest() throws Exception {
        Path file = writeThree();
        List<CapturedExchange> seen = new ArrayList<>();
        WarcScanner.Report r = WarcScanner.scan(file, seen::add);
        assertThat(r.responses()).isEqualTo(3);
        assertThat(seen).allSatisfy(c -> assertThat(c.request()).hasValueSatisfying(q -> assertThat(q)
                .startsWith("GET / HTTP/1.1")));
    }

    @Test
    void stillReadsAResponseWhoseRequestRecordACrashTore() throws Exception {
        Path file = writeThree();
        byte[] all = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(all, all.length - 40));
        assertThat(bodies(file)).containsExactly("body 0", "body 1", "body 2");
    }

    @Test
    void skipsAResponseRecordACrashToreAtTheEndOfAFile() throws Exception {
        Path file = writeThree();
        byte[] all = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(all, all.length - 300));
        List<String> read = new ArrayList<>();
        WarcScanner.Report r = WarcScanner.scan(file, c -> read.add(new String(c.payload(), StandardCharsets.UTF_8)));
        assertThat(read).containsExactly("body 0", "body 1");
        assertThat(r.skipped()).isPositive();
    }

    @Test
    void resumesAfterACorruptRecordInTheMiddle() throws Exception {
        Path file = writeThree();
        byte[] all = Files.readAllBytes(file);
        List<Long> offsets = new ArrayList<>();
        WarcScanner.scan(file, c -> offsets.add(c.offset()));
        int middle = (int) (offsets.get(1) + 30);
        for (int i = middle; i < middle + 20; i++) {
            all[i] ^= 0x5a;
        }
        Files.write(file, all);
        assertThat(bodies(file)).containsExactly("body 0", "body 2");
    }
}
