package io.appaudit.indexer.docs;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A finding's status against the previous quarter, as a finding's {@code status} field holds it. */
public enum FindingStatus implements IndexValue {
    /** Not found in the previous quarter. */
    NEW("new"),
    /** Found in the previous quarter too. */
    PERSISTING("persisting"),
    /** Found in the previous quarter, no longer this quarter. */
    RECTIFIED("rectified");

    private final String value;

    FindingStatus(String value) {
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

    /** The status an index value names; refuses any other. */
    @JsonCreator
    public static FindingStatus of(String value) {
        return IndexValue.of(FindingStatus.class, value, "finding status");
    }
}
