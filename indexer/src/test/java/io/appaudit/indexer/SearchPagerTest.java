package io.appaudit.indexer;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.SortOrder;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SearchPagerTest {

    private static ElasticConnection es;
    private static String index;

    @BeforeAll
    static void indexFiveDocuments() throws IOException {
        es = ElasticConnection.open(TestElasticsearch.config("pager"));
        index = es.config().indexPrefix() + "-pager";
        for (int i = 5; i >= 1; i--) {
            String id = "doc-" + i;
            es.client().index(x -> x.index(index).id(id).document(Map.of("key", id)).refresh(Refresh.WaitFor));
        }
    }

    @AfterAll
    static void cleanUp() {
        TestElasticsearch.cleanUp(es);
        es.close();
    }

    @Test
    void readsEveryHitInSortOrderAcrossPagesIncludingAShortLastOne() throws IOException {
        List<String> ids = new ArrayList<>();
        new SearchPager(es, 2).forEachHit(s -> s.index(index)
                .sort(o -> o.field(f -> f.field("key.keyword").order(SortOrder.Asc))), Map.class, h -> ids.add(h.id()));
        assertThat(ids).containsExactly("doc-1", "doc-2", "doc-3", "doc-4", "doc-5");
    }

    @Test
    void readsAnExactMultipleOfThePageSizeWithoutRepeating() throws IOException {
        List<String> ids = new ArrayList<>();
        new SearchPager(es, 5).forEachHit(s -> s.index(index)
                .sort(o -> o.field(f -> f.field("key.keyword").order(SortOrder.Asc))), Map.class, h -> ids.add(h.id()));
        assertThat(ids).hasSize(5).doesNotHaveDuplicates();
    }
}
