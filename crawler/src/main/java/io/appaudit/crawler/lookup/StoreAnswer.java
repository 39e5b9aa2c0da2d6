package io.appaudit.crawler.lookup;

import io.appaudit.stores.StoreId;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One store's answer about one package: the status, why (for anything but a listing: the store's words, the
 * searches tried, or what went wrong), what the listing shows, the listing checks' outcome and the evidence record.
 *
 * @param queries  the searches made to find the package in this store, in order (empty for a look-up by package)
 * @param evidence the WARC record id of the reply the answer rests on, for {@code appaudit evidence}
 */
public record StoreAnswer(StoreId store, String packageName, LookupStatus status, String reason,
                          Optional<String> storeAppId, Optional<String> name, Optional<String> developer,
                          Optional<String> version, Optional<OffsetDateTime> updatedAt, List<String> checksFailed,
                          List<String> checksUnknown, List<String> checksPassed, List<String> queries,
                          Optional<String> evidence) {

    public StoreAnswer {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(packageName, "packageName");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(storeAppId, "storeAppId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(developer, "developer");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(updatedAt, "updatedAt");
        checksFailed = List.copyOf(checksFailed);
        checksUnknown = List.copyOf(checksUnknown);
        checksPassed = List.copyOf(checksPassed);
        queries = List.copyOf(queries);
        Objects.requireNonNull(evidence, "evidence");
        if (status != LookupStatus.LISTED && reason.isBlank()) {
            throw new IllegalArgumentException("A " + status.label() + " answer needs its reason");
        }
    }

    /** An answer without a listing: not listed, not found by search, or could not tell. */
    public static StoreAnswer without(StoreId store, String packageName, LookupStatus status, String reason,
                                      List<String> queries, Optional<String> evidence) {
        return new StoreAnswer(store, packageName, status, reason, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of(), List.of(), queries,
                evidence);
    }

    /** The same answer with the searches that led to it. */
    public StoreAnswer withQueries(List<String> made) {
        return new StoreAnswer(store, packageName, status, reason, storeAppId, name, developer, version, updatedAt,
                checksFailed, checksUnknown, checksPassed, made, evidence);
    }
}
