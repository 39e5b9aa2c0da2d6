package io.appaudit.indexer.checks.run;

import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.LongTermsBucket;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import io.appaudit.indexer.checks.AppQuarter;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The sub-aggregations of an app's quarter about its delivered APKs ({@code probes.apk.*}): the signers read (with
 * when, the v3 lineage and the evidence records of the snapshots that read each), and the versions the APKs and the
 * pages gave (the page's version codes are the keys of {@link AppBuckets}' {@code versions}). Probes are not
 * nested, so a signer's lineage and evidence are those of the snapshots that read it.
 */
final class ApkBuckets {

    /** Signers, versions or evidence records of one app in one quarter: a handful at most; more are left out. */
    private static final int FEW = 10;
    private static final String TIMESTAMP = "@timestamp";

    private ApkBuckets() {
    }

    static void aggregations(Map<String, Aggregation> m) {
        m.put("apk_read_signers", Aggregation.of(a -> a.terms(t -> t.field("probes.apk.signer_sha256").size(FEW))
                .aggregations("first", Aggregation.of(x -> x.min(y -> y.field(TIMESTAMP))))
                .aggregations("last", Aggregation.of(x -> x.max(y -> y.field(TIMESTAMP))))
                .aggregations("lineage", Aggregation.of(x -> x.terms(t -> t.field("probes.apk.lineage_sha256")
                        .size(FEW))))
                .aggregations("evidence", Aggregation.of(x -> x.terms(t -> t.field("probes.apk.evidence")
                        .size(FEW))))));
        m.put("apk_version_codes", Aggregation.of(a -> a.terms(t -> t.field("probes.apk.version_code").size(FEW))));
        m.put("apk_version_names", Aggregation.of(a -> a.terms(t -> t.field("probes.apk.version_name").size(FEW))));
        m.put("page_version_names", Aggregation.of(a -> a.terms(t -> t.field("version_name").size(FEW))));
    }

    static AppQuarter.Apks read(Map<String, Aggregate> a) {
        Map<String, AppQuarter.Signer> signers = new HashMap<>();
        for (StringTermsBucket b : strings(a.get("apk_read_signers"))) {
            Map<String, Aggregate> sub = b.aggregations();
            signers.put(b.key().stringValue(), new AppQuarter.Signer(
                    Instant.ofEpochMilli((long) sub.get("first").min().value()),
                    Instant.ofEpochMilli((long) sub.get("last").max().value()),
                    keys(sub.get("lineage")), keys(sub.get("evidence"))));
        }
        return new AppQuarter.Apks(signers, longKeys(a.get("apk_version_codes")), keys(a.get("apk_version_names")),
                longKeys(a.get("versions")), keys(a.get("page_version_names")));
    }

    private static List<StringTermsBucket> strings(Aggregate a) {
        return a != null && a.isSterms() ? a.sterms().buckets().array() : List.of();
    }

    private static Set<String> keys(Aggregate a) {
        return strings(a).stream().map(t -> t.key().stringValue()).collect(Collectors.toUnmodifiableSet());
    }

    private static Set<Long> longKeys(Aggregate a) {
        List<LongTermsBucket> b = a != null && a.isLterms() ? a.lterms().buckets().array() : List.of();
        return b.stream().map(LongTermsBucket::key).collect(Collectors.toUnmodifiableSet());
    }
}
