package io.appaudit.indexer.docs;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/** How a crawl run of one store ended, as a crawl run's {@code outcome} field holds it. */
public enum CrawlRunOutcome {
    /** The run went through its discovery and listings. */
    COMPLETED("completed"),
    /** The run stopped on a failure (blocked, unreachable, a checkpoint that could not be written, …). */
    FAILED("failed"),
    /** The run was stopped from outside (a signal, a scheduler stop) and can be resumed. */
    INTERRUPTED("interrupted");

    private final String value;

    CrawlRunOutcome(String value) {
        this.value = value;
    }

    /** The value the index holds. */
    @JsonValue
    public String value() {
        return value;
    }

    /** The value the index holds, so that messages and tables read as before. */
    @Override
    public String toString() {
        return value;
    }

    /** The outcome an index value names; refuses any other. */
    @JsonCreator
    public static CrawlRunOutcome of(String value) {
        return Arrays.stream(values()).filter(o -> o.value.equals(value)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown crawl-run outcome '" + value
                        + "' (expected one of " + Arrays.stream(values()).map(CrawlRunOutcome::value).toList() + ")"));
    }
}
