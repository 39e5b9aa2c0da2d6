package io.appaudit.crawler.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpaceGuardTest {

    @TempDir
    Path dir;

    @Test
    void theFiveStoresCheckingOneDataFolderAtOnceAllFindItWritable() throws Exception {
        SpaceGuard guard = new SpaceGuard(dir.resolve("data"), 1);
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService stores = Executors.newFixedThreadPool(5);
        for (int s = 0; s < 5; s++) {
            stores.execute(() -> {
                try {
                    go.await();
                    for (int i = 0; i < 300; i++) {
                        guard.requireWritable();
                    }
                } catch (Throwable t) {
                    failures.add(t);
                }
            });
        }
        go.countDown();
        stores.shutdown();
        assertThat(stores.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
        assertThat(failures).isEmpty();
        try (Stream<Path> left = Files.list(dir.resolve("data"))) {
            assertThat(left.toList()).as("no check file left behind").isEqualTo(List.of());
        }
    }
}
