package io.appaudit.indexer.checks.run;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import io.appaudit.indexer.ElasticConnection;
import io.appaudit.indexer.SearchPager;
import io.appaudit.indexer.docs.Fields;
import io.appaudit.indexer.docs.FindingDocument;
import io.appaudit.indexer.docs.Quarter;
import io.appaudit.indexer.layout.IndexLayout;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The findings already stored for one package range: this quarter's (to reconcile with what the run finds) and the
 * previous quarter's (for new / persisting / rectified).
 */
final class PriorFindings {

    private static final int PAGE = 1000;

    /** The two quarters' findings of a range, by finding id. */
    record InRange(Map<String, FindingDocument> current, Map<String, FindingDocument> previous) {

        /** The previous quarter's findings of one app. */
        List<FindingDocument> previousOf(AppKey app) {
            return previous.values().stream()
                    .filter(f -> app.store().id().equals(f.store()) && app.packageName().equals(f.packageName()))
                    .toList();
        }

        Optional<FindingDocument> previous(String id) {
            return Optional.ofNullable(previous.get(id));
        }
    }

    private final ElasticConnection es;
    private final IndexLayout layout;

    PriorFindings(ElasticConnection es, IndexLayout layout) {
        this.es = es;
        this.layout = layout;
    }

    InRange read(Quarter quarter, Optional<String> after, Optional<String> through) throws IOException {
        return read(quarter, b -> {
            if (after.isPresent() || through.isPresent()) {
                b.filter(f -> f.range(g -> g.term(t -> {
                    t.field(Fields.PACKAGE);
                    after.ifPresent(t::gt);
                    through.ifPresent(t::lte);
                    return t;
                })));
            }
        });
    }

    /** The two quarters' findings of the named packages only. */
    InRange read(Quarter quarter, List<String> packages) throws IOException {
        return read(quarter, b -> b.filter(f -> f.terms(t -> t.field(Fields.PACKAGE).terms(v -> v.value(packages.stream()
                .map(FieldValue::of).toList())))));
    }

    private InRange read(Quarter quarter, java.util.function.Consumer<BoolQuery.Builder> packages)
            throws IOException {
        Map<String, FindingDocument> current = new HashMap<>();
        Map<String, FindingDocument> previous = new HashMap<>();
        new SearchPager(es, PAGE).forEachHit(s -> s.index(layout.findingsIndex())
                .query(q -> q.bool(b -> {
                    b.filter(f -> f.terms(t -> t.field(Fields.QUARTER).terms(v -> v.value(List.of(
                            FieldValue.of(quarter.toString()), FieldValue.of(quarter.previous().toString()))))));
                    packages.accept(b);
                    return b;
                }))
                .sort(o -> o.field(f -> f.field(Fields.FINDING_ID).order(SortOrder.Asc))), FindingDocument.class, h -> {
            FindingDocument f = h.source();
            if (f != null) {
                (quarter.toString().equals(f.quarter()) ? current : previous).put(h.id(), f);
            }
        });
        return new InRange(current, previous);
    }
}
