package io.appaudit.indexer.report;

import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.util.NamedValue;
import io.appaudit.indexer.ElasticConnection;
import io.appaudit.indexer.docs.Fields;
import io.appaudit.indexer.docs.Quarter;
import io.appaudit.indexer.layout.IndexLayout;
import io.appaudit.indexer.report.ReportData.DeveloperProblems;
import java.io.IOException;
import java.util.List;

/** The developers with the most problems in a quarter, by one terms aggregation over the findings. */
final class DeveloperReader {

    private final ElasticConnection es;
    private final IndexLayout layout;

    DeveloperReader(ElasticConnection es, IndexLayout layout) {
        this.es = es;
        this.layout = layout;
    }

    List<DeveloperProblems> read(Quarter quarter, int top) throws IOException {
        var r = es.client().search(s -> s.index(layout.findingsIndex()).size(0)
                .query(ProblemQueries.problems(quarter))
                .aggregations("developers", a -> a.terms(t -> t.field(Fields.DEVELOPER_KEYWORD).size(top)
                                .order(NamedValue.of("_count", SortOrder.Desc), NamedValue.of("_key", SortOrder.Asc)))
                        .aggregations("stores", s2 -> s2.terms(t -> t.field(Fields.STORE).size(16))
                                .aggregations("apps", c -> c.cardinality(x -> x.field(Fields.PACKAGE))))), Void.class);
        return r.aggregations().get("developers").sterms().buckets().array().stream().map(DeveloperReader::developer)
                .toList();
    }

    private static DeveloperProblems developer(StringTermsBucket b) {
        List<StringTermsBucket> stores = b.aggregations().get("stores").sterms().buckets().array();
        long apps = stores.stream().mapToLong(s -> s.aggregations().get("apps").cardinality().value()).sum();
        return new DeveloperProblems(b.key().stringValue(), b.docCount(), apps,
                stores.stream().map(s -> s.key().stringValue()).sorted().toList());
    }
}
