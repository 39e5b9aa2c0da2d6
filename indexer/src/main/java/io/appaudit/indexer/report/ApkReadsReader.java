package io.appaudit.indexer.report;

import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import io.appaudit.indexer.ElasticConnection;
import io.appaudit.indexer.docs.Fields;
import io.appaudit.indexer.docs.ListingDocument;
import io.appaudit.indexer.docs.Quarter;
import io.appaudit.indexer.layout.IndexLayout;
import io.appaudit.indexer.report.ReportData.ApkReads;
import io.appaudit.stores.StoreId;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Per store, the audited apps whose delivered APK was read by byte ranges in the quarter (on at least one crawl),
 * and for the others why not: the status their attempts ended in most often ({@code probes.apk.status}), or "not
 * attempted" when no crawl tried (no download control probed, or the reader did not run). Exact: one composite
 * bucket per app, as the audited apps are counted.
 */
final class ApkReadsReader {

    /** The label of apps whose snapshots carry no APK status at all. */
    static final String NOT_ATTEMPTED = "not_attempted";
    /** Statuses of one app's attempts in a quarter: a handful at most. */
    private static final int FEW = 10;

    private final ListedApps apps;
    private final CompositePages pages;

    ApkReadsReader(ElasticConnection es, IndexLayout layout) {
        this.apps = new ListedApps(es, layout);
        this.pages = new CompositePages(es);
    }

    List<ApkReads> read(Quarter quarter) throws IOException {
        Map<StoreId, Long> audited = new EnumMap<>(StoreId.class);
        Map<StoreId, Long> read = new EnumMap<>(StoreId.class);
        Map<StoreId, Map<String, Long>> why = new EnumMap<>(StoreId.class);
        Map<String, Aggregation> subs = Map.of(
                "read", Aggregation.of(a -> a.filter(f -> f.term(t -> t.field(Fields.PROBE_APK_STATUS)
                        .value(ListingDocument.APK_READ)))),
                "statuses", Aggregation.of(a -> a.terms(t -> t.field(Fields.PROBE_APK_STATUS).size(FEW))));
        pages.forEach(apps.indices(quarter), ListedApps.listed(quarter), ListedApps.APP_KEY, subs, b -> {
            StoreId s = store(CompositePages.key(b, Fields.STORE));
            if (s == null) {
                return;
            }
            audited.merge(s, 1L, Long::sum);
            if (b.aggregations().get("read").filter().docCount() > 0) {
                read.merge(s, 1L, Long::sum);
                return;
            }
            List<StringTermsBucket> statuses = b.aggregations().get("statuses").sterms().buckets().array();
            String reason = statuses.isEmpty() ? NOT_ATTEMPTED : bounded(statuses.get(0).key().stringValue());
            why.computeIfAbsent(s, k -> new TreeMap<>()).merge(reason, 1L, Long::sum);
        });
        List<ApkReads> out = new ArrayList<>();
        audited.forEach((s, n) -> out.add(new ApkReads(s.id(), s.displayName(), n, read.getOrDefault(s, 0L),
                why.getOrDefault(s, Map.of()))));
        return out;
    }

    private static StoreId store(String id) {
        for (StoreId s : StoreId.values()) {
            if (s.id().equals(id)) {
                return s;
            }
        }
        return null;
    }

    /** A status as written by the reader; anything odd is cut short (it reaches the report). */
    private static String bounded(String status) {
        return status.length() > 40 ? status.substring(0, 40) : status;
    }
}
