package io.appaudit.indexer.checks.run;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeAggregate;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeAggregationSource;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeBucket;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import io.appaudit.indexer.ElasticConnection;
import io.appaudit.indexer.TestElasticsearch;
import io.appaudit.indexer.checks.AppQuarter;
import io.appaudit.indexer.checks.Corpus;
import io.appaudit.indexer.checks.Ingest;
import io.appaudit.indexer.checks.ListingChecks;
import io.appaudit.indexer.checks.Plant;
import io.appaudit.indexer.docs.Fields;
import io.appaudit.indexer.docs.ListingDocument;
import io.appaudit.indexer.docs.ListingOutcome;
import io.appaudit.indexer.docs.Quarter;
import io.appaudit.indexer.layout.IndexLayout;
import io.appaudit.stores.Hash;
import io.appaudit.stores.StoreId;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quarter scan summarises each app from its snapshots' doc values ({@link AppFold}); until issue 16 it did so
 * with per-app sub-aggregations ({@link AppBuckets}, kept here as the reference). Both must give the same summary of
 * every app of the labelled corpus (every check's planted problem, probes, delivered APKs, cross-store groups),
 * plus apps that name more developers, versions and hashes than a summary keeps.
 */
class QuarterScanEquivalenceTest {

    private static final Quarter Q = Quarter.parse("2026Q4");
    @TempDir
    static Path files;
    private static ElasticConnection es;
    private static IndexLayout layout;

    @BeforeAll
    static void ingest() {
        es = ElasticConnection.open(TestElasticsearch.config("scaneq"));
        layout = new IndexLayout(es.config().indexPrefix());
        layout.install(es);
        ListingChecks checks = ListingChecks.of(Corpus.context(files));
        List<ListingDocument> docs = new ArrayList<>(Corpus.cases().stream()
                .flatMap(c -> c.snapshots().stream()).toList());
        docs.addAll(crowded());
        Ingest.snapshots(es, layout, Optional.of(checks), docs);
    }

    @AfterAll
    static void cleanUp() {
        TestElasticsearch.cleanUp(es);
        es.close();
    }

    /**
     * Two apps whose snapshots name more than ten developers, operators, versions and hashes, with ties in how many
     * snapshots name each: the ten a summary keeps must be the ones a terms aggregation keeps.
     */
    private static List<ListingDocument> crowded() {
        List<ListingDocument> out = new ArrayList<>();
        for (StoreId store : List.of(StoreId.XIAOMI, StoreId.OPPO)) {
            for (int i = 0; i < 14; i++) {
                int n = i % 13;
                long code = 100 + i % 12;
                out.add(Plant.of(store, "com.crowded.app", Corpus.T.plus(Duration.ofHours(i)))
                        .with(b -> b.developer("开发者" + (char) ('甲' + n) + "有限公司")
                                .operator("运营" + (n % 11) + "有限公司").versionCode(code)
                                .filingNumber("京ICP备" + (20000000 + n) + "号-1A")
                                .addHash(Hash.Kind.MD5, Integer.toHexString(n).repeat(32))
                                .addHash(Hash.Kind.SHA256, Integer.toHexString(n % 12).repeat(64)))
                        .run("crowded-" + i).doc());
            }
        }
        return out;
    }

    @ParameterizedTest
    @EnumSource(QuarterScan.Detail.class)
    void summarisesEveryAppAsThePerAppAggregationsDid(QuarterScan.Detail detail) throws IOException {
        List<AppQuarter> streamed = new ArrayList<>();
        new QuarterScan(es, layout, detail, 7).scan(Q, b -> b.packages().forEach(p -> streamed.addAll(p.apps())));
        List<AppQuarter> aggregated = aggregated(detail);

        assertThat(aggregated).hasSizeGreaterThan(50);
        assertThat(streamed.stream().map(a -> a.store() + "/" + a.packageName()))
                .containsExactlyElementsOf(aggregated.stream().map(a -> a.store() + "/" + a.packageName()).toList());
        Map<String, AppQuarter> byApp = streamed.stream().collect(Collectors.toMap(
                a -> a.store() + "/" + a.packageName(), a -> a));
        for (AppQuarter expected : aggregated) {
            // The aggregations never read the latest snapshot's fields; the next test checks them.
            assertThat(byApp.get(expected.store() + "/" + expected.packageName())).as(expected.packageName())
                    .usingRecursiveComparison().ignoringFields("latest").isEqualTo(expected);
        }
        assertThat(streamed).anyMatch(a -> a.developerCores().size() == AppFold.FEW
                && a.md5ByVersion().size() == AppFold.FEW);
    }

    @ParameterizedTest
    @EnumSource(QuarterScan.Detail.class)
    void keepsTheKeyFieldsOfEachAppsNewestListedSnapshot(QuarterScan.Detail detail) throws IOException {
        List<AppQuarter> streamed = new ArrayList<>();
        new QuarterScan(es, layout, detail, 7).scan(Q, b -> b.packages().forEach(p -> streamed.addAll(p.apps())));
        // Every listed snapshot of the quarter, each app's newest first (ties by snapshot id), as the scan orders them.
        Map<String, ListingDocument> newest = new LinkedHashMap<>();
        es.client().search(s -> s.index(layout.listingsPattern()).size(10_000)
                .query(q -> q.bool(b -> b.filter(f -> f.term(t -> t.field(Fields.QUARTER).value(Q.toString())))
                        .filter(f -> f.term(t -> t.field(Fields.OUTCOME).value(ListingOutcome.LISTED.value())))))
                .sort(o -> o.field(f -> f.field(Fields.TIMESTAMP).order(SortOrder.Desc)))
                .sort(o -> o.field(f -> f.field(Fields.SNAPSHOT_ID).order(SortOrder.Asc))), ListingDocument.class)
                .hits().hits().forEach(h -> newest.putIfAbsent(h.source().store() + "/" + h.source().packageName(),
                        h.source()));

        assertThat(streamed).hasSize(newest.size());
        assertThat(streamed).anyMatch(a -> a.snapshots() > 1);
        for (AppQuarter app : streamed) {
            ListingDocument n = newest.get(app.store().id() + "/" + app.packageName());
            AppQuarter.Latest l = app.latest();
            assertThat(l.snapshotId()).as(app.packageName()).isEqualTo(n.snapshotId());
            assertThat(l.name()).isEqualTo(n.name());
            assertThat(l.developer()).isEqualTo(n.developer());
            assertThat(l.versionName()).isEqualTo(n.versionName());
            assertThat(l.versionCode()).isEqualTo(n.versionCode());
            assertThat(l.updatedAt()).isEqualTo(n.updatedAt() == null ? null : n.updatedAt().toInstant());
            assertThat(l.category()).isEqualTo(n.category());
            assertThat(l.downloads()).isEqualTo(n.downloads());
        }
        assertThat(streamed).allMatch(a -> a.latest().name() != null && a.latest().developer() != null);
    }

    /** The quarter summarised the way the scan did before: a composite over package and store, sub-aggregated. */
    private static List<AppQuarter> aggregated(QuarterScan.Detail detail) throws IOException {
        Map<String, Aggregation> subs = AppBuckets.aggregations(detail);
        List<AppQuarter> out = new ArrayList<>();
        Map<String, FieldValue> after = null;
        while (true) {
            Map<String, FieldValue> from = after;
            SearchResponse<Void> r = es.client().search(s -> s.index(layout.listingsIndices(Q)).ignoreUnavailable(true)
                    .allowNoIndices(true).size(0).query(q -> q.bool(b -> b
                            .filter(f -> f.term(t -> t.field(Fields.QUARTER).value(Q.toString())))
                            .filter(f -> f.term(t -> t.field(Fields.OUTCOME).value(ListingOutcome.LISTED.value())))))
                    .aggregations("apps", a -> a.composite(c -> {
                        c.size(100).sources(Stream.of(Fields.PACKAGE, Fields.STORE).map(field -> Map.of(field,
                                CompositeAggregationSource.of(x -> x.terms(t -> t.field(field))))).toList());
                        if (from != null) {
                            c.after(new LinkedHashMap<>(from));
                        }
                        return c;
                    }).aggregations(subs)), Void.class);
            CompositeAggregate page = r.aggregations().get("apps").composite();
            for (CompositeBucket b : page.buckets().array()) {
                AppBuckets.read(b, detail).ifPresent(out::add);
            }
            if (page.buckets().array().size() < 100) {
                return out;
            }
            after = page.afterKey();
        }
    }
}
