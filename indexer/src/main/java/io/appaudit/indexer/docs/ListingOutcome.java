package io.appaudit.indexer.docs;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** What one crawl of a store listing found, as a snapshot's {@code outcome} field holds it. */
public enum ListingOutcome implements IndexValue {
    /** The store lists the app: the only snapshots the checks audit. */
    LISTED("listed"),
    /** The store says the app is not there. */
    NOT_LISTED("not_listed"),
    /** The page could not be read as a listing (drift, unexpected format, blocked, an HTTP status). */
    PARSE_PROBLEM("parse_problem");

    private final String value;

    ListingOutcome(String value) {
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
    public static ListingOutcome of(String value) {
        return IndexValue.of(ListingOutcome.class, value, "listing outcome");
    }
}
