package io.appaudit.stores;

import java.util.List;
import java.util.Objects;

/**
 * A response an adapter could not read, saying what it expected and did not find. Many of these from one store
 * mean the store changed its layout ("adapter broken"), not that its apps have problems.
 *
 * @param subject the app id or page the response was for
 * @param missing the JSON paths, selectors or labels that a healthy page has and this one lacks
 */
public record ParseProblem(StoreId store, String subject, String sourceUrl, Kind kind, List<String> missing,
                           String message) {

    /** Why the response could not be read. */
    public enum Kind {
        /** The response has the expected format but lacks fields every healthy page has: layout drift. */
        DRIFT,
        /** The response is not in the expected format at all (HTML where JSON was expected, truncated, garbled). */
        UNEXPECTED_FORMAT,
        /** A captcha, a block page, or a refusal: the store is pushing us away. */
        BLOCKED,
        /** An HTTP status the adapter has no reading for. */
        HTTP_STATUS
    }

    public ParseProblem {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(sourceUrl, "sourceUrl");
        Objects.requireNonNull(kind, "kind");
        missing = List.copyOf(missing);
        Objects.requireNonNull(message, "message");
    }
}
