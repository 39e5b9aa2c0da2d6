package io.appaudit.crawler.lookup;

/** What one store said about one app when asked directly. */
public enum LookupStatus {
    /** The store shows a listing of the package. */
    LISTED("listed"),
    /** The store itself answered that it has no such app (its own "not found" page or reply). */
    NOT_LISTED("not listed"),
    /** The store has no look-up by package, and its search did not return the package: not proof of absence. */
    NOT_FOUND_BY_SEARCH("not found by search"),
    /** We could not tell: the store did not answer, answered with something unreadable, or cannot be asked. */
    UNKNOWN("could not tell");

    private final String label;

    LookupStatus(String label) {
        this.label = label;
    }

    /** The words shown in tables and JSON. */
    public String label() {
        return label;
    }
}
