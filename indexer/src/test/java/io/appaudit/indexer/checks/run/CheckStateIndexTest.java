package io.appaudit.indexer.checks.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.appaudit.indexer.ElasticConnection;
import io.appaudit.indexer.TestElasticsearch;
import io.appaudit.indexer.docs.Quarter;
import io.appaudit.indexer.layout.IndexLayout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The check state of a quarter, where its index is missing (a cluster that lost it, one never set up). */
class CheckStateIndexTest {

    private ElasticConnection es;

    @BeforeEach
    void open() {
        es = ElasticConnection.open(TestElasticsearch.config("checkstate"));
    }

    @AfterEach
    void close() throws Exception {
        TestElasticsearch.cleanUp(es);
        es.close();
    }

    @Test
    void aMissingStateIndexReadsAsNoEarlierBuildSoEverythingIsEvaluated() throws Exception {
        IndexLayout layout = new IndexLayout(es.config().indexPrefix());

        assertThat(new CheckStateIndex(es, layout).read(Quarter.parse("2026Q4"))).isEmpty();
    }
}
