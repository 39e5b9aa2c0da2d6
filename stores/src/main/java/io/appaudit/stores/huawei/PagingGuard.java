package io.appaudit.stores.huawei;

import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The endless-paging guard: remembers, per list, the app ids its pages have given, so that a page adding nothing
 * new ends the walk even when the gateway keeps saying {@code hasNextPage: 1}. Page 1 starts a list afresh, and a
 * list's memory is dropped when its walk ends.
 */
final class PagingGuard {

    private final ConcurrentHashMap<String, Set<String>> seen = new ConcurrentHashMap<>();

    /** Records one page of a list; returns how many of its app ids the list had not given before. */
    int record(String list, int page, Collection<String> appIds) {
        if (page <= 1) {
            seen.remove(list);
        }
        Set<String> ids = seen.computeIfAbsent(list, k -> ConcurrentHashMap.newKeySet());
        int fresh = 0;
        for (String id : appIds) {
            if (ids.add(id)) {
                fresh++;
            }
        }
        return fresh;
    }

    void end(String list) {
        seen.remove(list);
    }
}
