package io.appaudit.stores;

/**
 * A range of a store's numeric app ids, both ends included, to ask one by one (vivo's ids are sequential): a
 * discovery channel of its own. How many ids a run may ask is the configuration's bound, checked where it is read.
 */
public record IdRange(long from, long to) {

    public IdRange {
        if (from < 1) {
            throw new IllegalArgumentException("an id range starts at 1 or above, was " + from);
        }
        if (to < from) {
            throw new IllegalArgumentException("an id range ends at or after its start, was " + from + " to " + to);
        }
    }

    /** How many ids the range holds. */
    public long size() {
        return to - from + 1;
    }

    public boolean contains(long id) {
        return id >= from && id <= to;
    }

    /** {@code from-to}: the range's key as a discovery channel. */
    public String key() {
        return from + "-" + to;
    }
}
