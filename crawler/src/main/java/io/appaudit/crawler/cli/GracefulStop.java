package io.appaudit.crawler.cli;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl-C or SIGTERM while a command crawls: ask the work to stop, then hold the JVM's exit for up to the grace time
 * ({@code schedule.shutdown-grace}) so that the stores checkpoint and the run can resume. Closing it says the work
 * has ended (the exit goes on at once) and removes the hook.
 */
final class GracefulStop implements AutoCloseable {

    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook;

    GracefulStop(Runnable stop, Duration grace) {
        this.hook = new Thread(() -> {
            stop.run();
            try {
                finished.await(grace.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "appaudit-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    @Override
    public void close() {
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the JVM is exiting: the hook is already running
        }
    }
}
