package io.appaudit.indexer;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Reads every hit of a sorted search page by page with {@code search_after} (a page in memory, never the whole
 * index, and no scroll context to keep alive). The search must sort on fields that make each hit's sort values
 * unique, or hits sharing the last sort values of a page are skipped.
 */
public final class SearchPager {

    private final ElasticConnection es;
    private final int pageSize;

    public SearchPager(ElasticConnection es, int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("A search page holds at least one hit, not " + pageSize);
        }
        this.es = es;
        this.pageSize = pageSize;
    }

    /**
     * Runs the search (its index, query and sort set by {@code search}; the page size and position are the pager's)
     * and hands each hit to {@code each}, in order, until a page comes back short.
     */
    public <T> void forEachHit(UnaryOperator<SearchRequest.Builder> search, Class<T> type, Consumer<Hit<T>> each)
            throws IOException {
        List<FieldValue> after = null;
        while (true) {
            List<FieldValue> from = after;
            SearchResponse<T> r = es.client().search(s -> {
                search.apply(s).size(pageSize);
                if (from != null) {
                    s.searchAfter(from);
                }
                return s;
            }, type);
            List<Hit<T>> hits = r.hits().hits();
            hits.forEach(each);
            if (hits.size() < pageSize) {
                return;
            }
            after = hits.get(hits.size() - 1).sort();
        }
    }
}
