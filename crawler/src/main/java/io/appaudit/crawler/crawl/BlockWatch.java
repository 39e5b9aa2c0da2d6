package io.appaudit.crawler.crawl;

import java.util.function.Consumer;

/**
 * Notices a store pushing us away: fetch.block-after answers in a row that are 403s or captcha / refusal pages stop
 * the store's crawl for this run, with the reason. Any other answer resets the count.
 */
final class BlockWatch {

    private final int blockAfter;
    private final Consumer<String> stop;
    private int consecutive;
    private boolean only403 = true;

    BlockWatch(int blockAfter, Consumer<String> stop) {
        this.blockAfter = blockAfter;
        this.stop = stop;
    }

    /** A refusal: {@code forbidden} for an HTTP 403, false for a captcha or block page. */
    void refused(boolean forbidden) {
        String reason;
        synchronized (this) {
            only403 &= forbidden;
            if (++consecutive < blockAfter) {
                return;
            }
            reason = "blocked: " + consecutive + " consecutive " + (only403 ? "403" : "403 or captcha answers");
        }
        stop.accept(reason);
    }

    synchronized void answered() {
        consecutive = 0;
        only403 = true;
    }
}
