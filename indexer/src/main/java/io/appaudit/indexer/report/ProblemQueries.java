package io.appaudit.indexer.report;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import io.appaudit.indexer.docs.Fields;
import io.appaudit.indexer.docs.FindingStatus;
import io.appaudit.indexer.docs.Quarter;
import java.util.List;

/** The findings that count as problems in a quarter: neither informational nor rectified, as the rates count them. */
final class ProblemQueries {

    private ProblemQueries() {
    }

    static Query problems(Quarter quarter) {
        return Query.of(q -> q.bool(b -> b
                .filter(f -> f.term(t -> t.field(Fields.QUARTER).value(quarter.toString())))
                .filter(f -> f.term(t -> t.field(Fields.INFORMATIONAL).value(false)))
                .filter(f -> f.terms(t -> t.field(Fields.STATUS).terms(v -> v.value(List.of(
                        FieldValue.of(FindingStatus.NEW.value()),
                        FieldValue.of(FindingStatus.PERSISTING.value()))))))));
    }
}
