package io.appaudit.indexer.docs;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How a crawl run of one store ended, as a crawl run's {@code outcome} field holds it. */
public enum CrawlRunOutcome implements IndexValue {
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

    @JsonValue
    @Override
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
        return IndexValue.of(CrawlRunOutcome.class, value, "crawl-run outcome");
    }
}
