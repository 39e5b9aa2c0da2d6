package io.appaudit.crawler.crawl;

import java.io.IOException;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Notices a store that cannot be reached from here: crawl.unreachable-after attempts in a row that made no
 * connection to the store's own hosts (see {@link ConnectionFailure}) stop the store's crawl for this run, with the
 * cause in words. Every attempt of a fetch counts, retries included; any answer, or a failure after a connection
 * was made, resets the count.
 */
final class ReachWatch {

    private final int unreachableAfter;
    private final Consumer<String> stop;
    private int consecutive;
    private int failures;
    private boolean answeredOnce;
    private Optional<ConnectionFailure> last = Optional.empty();
    private boolean stopped;

    ReachWatch(int unreachableAfter, Consumer<String> stop) {
        this.unreachableAfter = unreachableAfter;
        this.stop = stop;
    }

    /**
     * A fetch from {@code host} that failed after {@code attempts} tries.
     *
     * @return the connection failure, when it was one
     */
    Optional<ConnectionFailure> failed(IOException e, String host, int attempts) {
        Optional<ConnectionFailure> failure = ConnectionFailure.of(e, host);
        if (failure.isEmpty()) {
            answered();
            return failure;
        }
        String reason;
        synchronized (this) {
            consecutive += Math.max(1, attempts);
            failures += Math.max(1, attempts);
            last = failure;
            if (consecutive < unreachableAfter || stopped) {
                return failure;
            }
            stopped = true;
            reason = "unreachable: " + failure.get().reason() + " (" + consecutive + " connection failures in a row)";
        }
        stop.accept(reason);
        return failure;
    }

    /** The store answered (any HTTP status): it is reachable. */
    synchronized void answered() {
        consecutive = 0;
        answeredOnce = true;
    }

    /**
     * For a run that ended before the count was reached: when nothing ever answered and connections failed, the
     * cause in words, e.g. "unreachable: sj.qq.com does not resolve from here (2 connection failures, no answer)".
     */
    synchronized Optional<String> neverReached() {
        if (answeredOnce || last.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("unreachable: " + last.get().reason() + " (" + failures + " connection failure"
                + (failures == 1 ? "" : "s") + ", no answer)");
    }
}
