package io.appaudit.crawler.chaos;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waiting in tests for something another thread or process brings about. */
final class Await {

    private Await() {
    }

    /** Waits until {@code condition} holds; fails naming {@code what} after {@code limit}. */
    static void until(BooleanSupplier condition, Duration limit, String what) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Waited " + limit.toSeconds() + " s for " + what);
            }
            Thread.sleep(20);
        }
    }

    /** Kills a process the way a crash or the OOM killer would (SIGKILL), and waits for it to be gone. */
    static void kill9(long pid) throws InterruptedException {
        ProcessHandle.of(pid).ifPresent(h -> {
            h.destroyForcibly();
            h.onExit().join();
        });
        until(() -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false) == Boolean.FALSE,
                Duration.ofSeconds(30), "process " + pid + " to die");
    }
}
