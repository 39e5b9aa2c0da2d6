package io.appaudit.indexer.checks.run;

import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeBucket;
import co.elastic.clients.elasticsearch._types.aggregations.LongTermsBucket;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Hit;
import io.appaudit.indexer.checks.AppQuarter;
import io.appaudit.indexer.checks.CheckId;
import io.appaudit.indexer.checks.CheckRegistry;
import io.appaudit.indexer.docs.Fields;
import io.appaudit.indexer.docs.ListingDocument;
import io.appaudit.stores.StoreId;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The sub-aggregations that summarise one app's quarter, and how a composite bucket becomes an {@link AppQuarter}. */
final class AppBuckets {

    private static final Logger log = LoggerFactory.getLogger(AppBuckets.class);
    /** More listing checks than exist, so no failed or passed check is ever cut off. */
    private static final int CHECKS = 32;
    /** Developers, hashes or versions of one app in one quarter: a handful at most; more are left out. */
    private static final int FEW = 10;
    private static final String TIMESTAMP = "@timestamp";
    private static final Set<String> PROBE_KINDS = CheckRegistry.history().stream()
            .flatMap(h -> h.probeKinds().stream()).collect(Collectors.toCollection(java.util.TreeSet::new));
    /** Parts of a snapshot no check reads. */
    private static final List<String> UNUSED = List.of("related");

    private AppBuckets() {
    }

    static Map<String, Aggregation> aggregations(QuarterScan.Detail detail) {
        boolean evidence = detail == QuarterScan.Detail.EVIDENCE;
        Map<String, Aggregation> m = new LinkedHashMap<>();
        m.put("first", Aggregation.of(a -> a.min(x -> x.field(TIMESTAMP))));
        m.put("last", Aggregation.of(a -> a.max(x -> x.field(TIMESTAMP))));
        Map<String, Aggregation> perFailure = new LinkedHashMap<>();
        perFailure.put("first", Aggregation.of(a -> a.min(x -> x.field(TIMESTAMP))));
        perFailure.put("last", Aggregation.of(a -> a.max(x -> x.field(TIMESTAMP))));
        if (evidence) {
            perFailure.put("latest", latest());
        }
        m.put("failed", Aggregation.of(a -> a.terms(t -> t.field("checks_failed").size(CHECKS)).aggregations(perFailure)));
        // Filters, not terms: a terms sub-aggregation per app costs several times more (measured: see
        // BENCHMARKS.md, "What the design choices were worth"). A listing check was evaluated unless every
        // snapshot recorded it unknown.
        m.put("unknown", Aggregation.of(a -> a.filters(f -> f.filters(fs -> fs.keyed(CheckRegistry.listing().stream()
                .collect(Collectors.toMap(c -> c.id().name(),
                        c -> Query.of(q -> q.term(t -> t.field("checks_unknown").value(c.id().name()))))))))));
        m.put("probe_kinds", Aggregation.of(a -> a.filters(f -> f.filters(fs -> fs.keyed(PROBE_KINDS.stream()
                .collect(Collectors.toMap(k -> k, k -> Query.of(q -> q.term(t -> t.field("probes.kind").value(k))))))))));
        // A superset of the snapshots with a failed probe of any kind: probes are not nested, so the filter cannot
        // tell which probe failed; the history checks read the probes themselves for the apps this selects.
        m.put("probe_failures", Aggregation.of(a -> a
                .filter(f -> f.bool(b -> b.minimumShouldMatch("1")
                        .should(s -> s.exists(e -> e.field("probes.error")))
                        .should(s -> s.range(r -> r.number(n -> n.field("probes.status").gte(400.0))))))
                .aggregations("first_probe", Aggregation.of(x -> x.min(y -> y.field("probes.probed_at"))))
                .aggregations("last_probe", Aggregation.of(x -> x.max(y -> y.field("probes.probed_at"))))
                .aggregations("first", Aggregation.of(x -> x.min(y -> y.field(TIMESTAMP))))
                .aggregations("last", Aggregation.of(x -> x.max(y -> y.field(TIMESTAMP))))));
        m.put("developers", Aggregation.of(a -> a.terms(t -> t.field("developer_core").size(FEW))));
        m.put("certs", Aggregation.of(a -> a.terms(t -> t.field("hash_signing_cert").size(FEW))));
        m.put("apk_signers", Aggregation.of(a -> a.terms(t -> t.field("apk_signer_sha256").size(FEW))));
        ApkBuckets.aggregations(m);
        m.put("versions", Aggregation.of(a -> a.terms(t -> t.field("version_code").size(FEW))
                .aggregations("md5", Aggregation.of(x -> x.terms(t -> t.field("hash_md5").size(FEW))))
                .aggregations("sha256", Aggregation.of(x -> x.terms(t -> t.field("hash_sha256").size(FEW))))));
        m.put("stale", Aggregation.of(a -> a.max(x -> x.field(Fields.DAYS_SINCE_UPDATE))));
        // The client reads a max over no values as 0: the count tells "no update date" apart.
        m.put("stale_known", Aggregation.of(a -> a.valueCount(x -> x.field(Fields.DAYS_SINCE_UPDATE))));
        if (evidence) {
            m.put("developer_operators", pairs("developer_core", "operator_core"));
            m.put("filing_developers", pairs("filing_number", "developer_core"));
        }
        return m;
    }

    private static Aggregation pairs(String first, String second) {
        return Aggregation.of(a -> a.terms(t -> t.field(first).size(FEW))
                .aggregations("second", Aggregation.of(x -> x.terms(t -> t.field(second).size(FEW)))));
    }

    /** The newest snapshot (ties broken by snapshot id, so a re-run picks the same one). */
    private static Aggregation latest() {
        return Aggregation.of(a -> a.topHits(t -> t.size(1)
                .sort(s -> s.field(f -> f.field(TIMESTAMP).order(SortOrder.Desc)))
                .sort(s -> s.field(f -> f.field(Fields.SNAPSHOT_ID).order(SortOrder.Asc)))
                .source(s -> s.filter(f -> f.excludes(UNUSED)))));
    }

    /** The app of one bucket; empty (and logged) when its store is not one we know. */
    static Optional<AppQuarter> read(CompositeBucket b, QuarterScan.Detail detail) {
        String pkg = b.key().get("package").stringValue();
        String storeText = b.key().get("store").stringValue();
        Optional<StoreId> store = StoreId.find(storeText);
        if (store.isEmpty()) {
            log.warn("Skipping listings of unknown store '{}' (package {})", storeText, pkg);
            return Optional.empty();
        }
        Map<String, Aggregate> a = b.aggregations();
        Map<CheckId, AppQuarter.FailedCheck> failed = new HashMap<>();
        for (StringTermsBucket f : strings(a.get("failed"))) {
            CheckId.find(f.key().stringValue()).ifPresent(id -> failed.put(id, new AppQuarter.FailedCheck(
                    time(f.aggregations().get("first")).orElseThrow(), time(f.aggregations().get("last")).orElseThrow(),
                    topHit(f.aggregations().get("latest")))));
        }
        Set<CheckId> passed = EnumSet.noneOf(CheckId.class);
        a.get("unknown").filters().buckets().keyed().forEach((id, f) -> CheckId.find(id)
                .filter(c -> f.docCount() < b.docCount() && !failed.containsKey(c)).ifPresent(passed::add));
        Set<String> probeKinds = a.get("probe_kinds").filters().buckets().keyed().entrySet().stream()
                .filter(e -> e.getValue().docCount() > 0).map(Map.Entry::getKey).collect(Collectors.toSet());
        Aggregate pf = a.get("probe_failures");
        Optional<AppQuarter.Span> probeFailures = Optional.empty();
        if (pf.filter().docCount() > 0) {
            Map<String, Aggregate> f = pf.filter().aggregations();
            Instant first = earliest(time(f.get("first_probe")), time(f.get("first")));
            Instant last = latest(time(f.get("last_probe")), time(f.get("last")));
            probeFailures = Optional.of(new AppQuarter.Span(first, last));
        }
        Map<Long, Set<String>> md5 = new HashMap<>();
        Map<Long, Set<String>> sha256 = new HashMap<>();
        for (LongTermsBucket v : longs(a.get("versions"))) {
            putNonEmpty(md5, v.key(), keys(v.aggregations().get("md5")));
            putNonEmpty(sha256, v.key(), keys(v.aggregations().get("sha256")));
        }
        double stale = a.get("stale_known").valueCount().value() > 0 ? a.get("stale").max().value() : Double.NaN;
        return Optional.of(new AppQuarter(store.get(), pkg, b.docCount(), time(a.get("first")).orElseThrow(),
                time(a.get("last")).orElseThrow(), failed, passed, probeKinds, probeFailures,
                keys(a.get("developers")), keys(a.get("certs")), md5, sha256,
                Double.isFinite(stale) ? OptionalInt.of((int) stale) : OptionalInt.empty(),
                pairs(a.get("developer_operators")), pairs(a.get("filing_developers")), keys(a.get("apk_signers")),
                ApkBuckets.read(a)));
    }

    private static Set<AppQuarter.NamePair> pairs(Aggregate a) {
        return strings(a).stream().flatMap(f -> keys(f.aggregations().get("second")).stream()
                .map(s -> new AppQuarter.NamePair(f.key().stringValue(), s))).collect(Collectors.toUnmodifiableSet());
    }

    private static void putNonEmpty(Map<Long, Set<String>> m, long key, Set<String> values) {
        if (!values.isEmpty()) {
            m.put(key, values);
        }
    }

    private static List<StringTermsBucket> strings(Aggregate a) {
        return a != null && a.isSterms() ? a.sterms().buckets().array() : List.of();
    }

    private static List<LongTermsBucket> longs(Aggregate a) {
        return a != null && a.isLterms() ? a.lterms().buckets().array() : List.of();
    }

    private static Set<String> keys(Aggregate a) {
        return strings(a).stream().map(t -> t.key().stringValue()).collect(Collectors.toUnmodifiableSet());
    }

    private static Optional<Instant> time(Aggregate a) {
        if (a == null) {
            return Optional.empty();
        }
        double v = a.isMin() ? a.min().value() : a.max().value();
        return Double.isFinite(v) ? Optional.of(Instant.ofEpochMilli((long) v)) : Optional.empty();
    }

    private static Instant earliest(Optional<Instant> a, Optional<Instant> b) {
        return a.isPresent() && b.isPresent() ? (a.get().isBefore(b.get()) ? a.get() : b.get()) : a.or(() -> b).orElseThrow();
    }

    private static Instant latest(Optional<Instant> a, Optional<Instant> b) {
        return a.isPresent() && b.isPresent() ? (a.get().isAfter(b.get()) ? a.get() : b.get()) : a.or(() -> b).orElseThrow();
    }

    private static Optional<ListingDocument> topHit(Aggregate a) {
        if (a == null || !a.isTopHits()) {
            return Optional.empty();
        }
        List<Hit<co.elastic.clients.json.JsonData>> hits = a.topHits().hits().hits();
        return hits.isEmpty() || hits.get(0).source() == null ? Optional.empty()
                : Optional.of(hits.get(0).source().to(ListingDocument.class));
    }
}
