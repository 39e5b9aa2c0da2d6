package io.appaudit.indexer.report;

import co.elastic.clients.elasticsearch._types.SortOrder;
import io.appaudit.indexer.ElasticConnection;
import io.appaudit.indexer.SearchPager;
import io.appaudit.indexer.checks.CheckId;
import io.appaudit.indexer.docs.Fields;
import io.appaudit.indexer.docs.FindingDocument;
import io.appaudit.indexer.docs.Quarter;
import io.appaudit.indexer.layout.IndexLayout;
import io.appaudit.stores.StoreId;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * The evidence appendix from the findings index: the quarter's problems store by store, sorted by package with
 * search-after paging, each app's problems gathered as they come (a page in memory, never the whole index).
 */
public final class EvidenceReader implements FlaggedApps {

    private static final int PAGE = 500;

    private final ElasticConnection es;
    private final IndexLayout layout;
    private final Quarter quarter;

    public EvidenceReader(ElasticConnection es, IndexLayout layout, Quarter quarter) {
        this.es = es;
        this.layout = layout;
        this.quarter = quarter;
    }

    @Override
    public void forEach(Consumer<FlaggedApp> each) throws IOException {
        for (StoreId store : StoreId.values()) {
            List<FindingDocument> app = new ArrayList<>();
            new SearchPager(es, PAGE).forEachHit(s -> s.index(layout.findingsIndex())
                    .query(q -> q.bool(b -> b.filter(ProblemQueries.problems(quarter))
                            .filter(f -> f.term(t -> t.field(Fields.STORE).value(store.id())))))
                    .sort(o -> o.field(f -> f.field(Fields.PACKAGE).order(SortOrder.Asc)))
                    .sort(o -> o.field(f -> f.field(Fields.CHECK_ID).order(SortOrder.Asc))), FindingDocument.class, h -> {
                FindingDocument f = h.source();
                if (f == null) {
                    return;
                }
                if (!app.isEmpty() && !app.get(0).packageName().equals(f.packageName())) {
                    each.accept(flagged(store, app));
                    app.clear();
                }
                app.add(f);
            });
            if (!app.isEmpty()) {
                each.accept(flagged(store, app));
            }
        }
    }

    private static FlaggedApp flagged(StoreId store, List<FindingDocument> findings) {
        FindingDocument latest = findings.stream().max(Comparator.comparing(FindingDocument::timestamp,
                Comparator.nullsFirst(Comparator.naturalOrder()))).orElseThrow();
        List<Problem> problems = findings.stream()
                .sorted(Comparator.comparing(f -> CheckId.find(f.checkId()).map(Enum::ordinal).orElse(99)))
                .map(EvidenceReader::problem).toList();
        return new FlaggedApp(store.id(), store.displayName(), latest.packageName(), latest.storeAppId(),
                latest.name(), latest.developer(), problems);
    }

    private static Problem problem(FindingDocument f) {
        FindingDocument.Evidence e = f.evidence();
        String title = CheckId.find(f.checkId()).map(CheckId::title).orElse("");
        String status = f.status() == null ? null : f.status().value();
        return new Problem(f.checkId(), f.family(), title, f.severity(), status, f.firstSeen(), f.lastSeen(),
                f.values(), e != null && e.sourceUrl() != null ? e.sourceUrl() : f.sourceUrl(),
                e == null ? null : e.warcFile(), e == null ? null : e.recordId(), e == null ? null : e.payloadSha256());
    }
}
