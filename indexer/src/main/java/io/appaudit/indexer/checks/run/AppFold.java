package io.appaudit.indexer.checks.run;

import co.elastic.clients.elasticsearch._types.query_dsl.FieldAndFormat;
import co.elastic.clients.json.JsonData;
import io.appaudit.indexer.checks.AppQuarter;
import io.appaudit.indexer.checks.CheckId;
import io.appaudit.indexer.checks.CheckRegistry;
import io.appaudit.indexer.docs.Fields;
import io.appaudit.stores.StoreId;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One app's quarter summarised from its snapshots' doc values, read newest first: what the quarter scan needs of
 * each snapshot, folded one snapshot at a time into an {@link AppQuarter}. It keeps the rules the scan's
 * aggregations followed before (see docs/checks-and-rates.md): the values of a snapshot are those Elasticsearch
 * indexed (doc values, so a keyword over its {@code ignore_above} is absent as it was from a terms aggregation);
 * developers, hashes, versions, signers and pairs keep the ten named by most snapshots (ties by value); a listing
 * check passed when some snapshot did not record it unknown and none failed it; a snapshot with a failed probe is
 * one with a probe error or a probe status of 400 or more (probes are not nested); the latest snapshot that failed
 * a check (newest, ties by snapshot id) is its evidence, read afterwards by id.
 */
final class AppFold {

    /** Developers, hashes, versions, signers of one app in one quarter: a handful at most; more are left out. */
    static final int FEW = 10;
    private static final String TIMESTAMP = Fields.TIMESTAMP;
    private static final String CHECKS_FAILED = Fields.CHECKS_FAILED;
    private static final String CHECKS_UNKNOWN = "checks_unknown";
    private static final String PROBE_KIND = "probes.kind";
    private static final String PROBE_ERROR = "probes.error";
    private static final String PROBE_STATUS = "probes.status";
    private static final String PROBED_AT = "probes.probed_at";
    private static final String DEVELOPER = "developer_core";
    private static final String OPERATOR = "operator_core";
    private static final String FILING = "filing_number";
    private static final String CERT = "hash_signing_cert";
    private static final String APK_SIGNER = "apk_signer_sha256";
    private static final String VERSION_CODE = "version_code";
    private static final String VERSION_NAME = "version_name";
    private static final String MD5 = "hash_md5";
    private static final String SHA256 = "hash_sha256";
    private static final String READ_SIGNER = "probes.apk.signer_sha256";
    private static final String READ_LINEAGE = "probes.apk.lineage_sha256";
    private static final String READ_EVIDENCE = "probes.apk.evidence";
    private static final String READ_VERSION_CODE = "probes.apk.version_code";
    private static final String READ_VERSION_NAME = "probes.apk.version_name";
    private static final String NAME = "name.keyword";
    private static final String DEVELOPER_NAME = Fields.DEVELOPER_KEYWORD;
    private static final String UPDATED_AT = "updated_at";
    private static final String CATEGORY = "category";
    private static final String DOWNLOADS = "downloads";
    private static final List<String> DATES = List.of(TIMESTAMP, PROBED_AT, UPDATED_AT);

    /** Every field the fold reads, as the search asks for them (dates as epoch milliseconds). */
    static final List<FieldAndFormat> DOC_VALUES = docValues();

    private static final Set<String> PROBE_KINDS = CheckRegistry.history().stream()
            .flatMap(h -> h.probeKinds().stream()).collect(Collectors.toCollection(TreeSet::new));
    private static final List<CheckId> LISTING = CheckRegistry.listing().stream().map(c -> c.id()).toList();

    private final StoreId store;
    private final String packageName;
    private final boolean evidence;
    private long snapshots;
    private long first = Long.MAX_VALUE;
    private long last = Long.MIN_VALUE;
    private final Map<CheckId, Failure> failed = new EnumMap<>(CheckId.class);
    private final Map<CheckId, Long> unknown = new EnumMap<>(CheckId.class);
    private final Set<String> probeKinds = new TreeSet<>();
    private long failureFirst = Long.MAX_VALUE;
    private long failureLast = Long.MIN_VALUE;
    private boolean probeFailed;
    private final Counts<String> developers = new Counts<>();
    private final Counts<String> certs = new Counts<>();
    private final Counts<String> apkSigners = new Counts<>();
    private final Nested<Long> versions = new Nested<>();
    private final Nested<Long> versionsSha = new Nested<>();
    private final Counts<String> pageVersionNames = new Counts<>();
    private final Nested<String> developerOperators = new Nested<>();
    private final Nested<String> filingDevelopers = new Nested<>();
    private final Map<String, long[]> signerTimes = new HashMap<>();
    private final Nested<String> signerLineage = new Nested<>();
    private final Nested<String> signerEvidence = new Nested<>();
    private final Counts<Long> readVersionCodes = new Counts<>();
    private final Counts<String> readVersionNames = new Counts<>();
    private int maxDays = Integer.MIN_VALUE;
    private SnapshotReads.Address newest;
    private AppQuarter.Latest newestShown = AppQuarter.Latest.NONE;

    /** The first snapshot to fail a check (the newest, as the snapshots come newest first) and the failures' span. */
    record Failure(SnapshotReads.Address at, long[] span) {
    }

    AppFold(StoreId store, String packageName, boolean evidence) {
        this.store = store;
        this.packageName = packageName;
        this.evidence = evidence;
    }

    StoreId store() {
        return store;
    }

    String packageName() {
        return packageName;
    }

    /**
     * Adds one snapshot, given as its doc values; snapshots must come newest first (ties by snapshot id), so the
     * first to fail a check is its evidence.
     */
    void add(String index, String id, Map<String, JsonData> fields) {
        if (newest == null) {
            newest = new SnapshotReads.Address(index, id);
        }
        Map<String, List<Object>> v = new HashMap<>();
        fields.forEach((name, data) -> v.put(name, values(name, data.toJson())));
        snapshots++;
        long at = longs(v, TIMESTAMP).stream().findFirst().orElseThrow(() -> new IllegalStateException(
                "A listed snapshot without a time: " + store.id() + "/" + packageName + " (" + id + ")"));
        first = Math.min(first, at);
        last = Math.max(last, at);
        for (String c : strings(v, CHECKS_FAILED)) {
            CheckId.find(c).ifPresent(check -> {
                Failure f = failed.computeIfAbsent(check, k -> new Failure(new SnapshotReads.Address(index, id),
                        new long[] {Long.MAX_VALUE, Long.MIN_VALUE}));
                f.span()[0] = Math.min(f.span()[0], at);
                f.span()[1] = Math.max(f.span()[1], at);
            });
        }
        for (String c : strings(v, CHECKS_UNKNOWN)) {
            CheckId.find(c).ifPresent(check -> unknown.merge(check, 1L, Long::sum));
        }
        strings(v, PROBE_KIND).stream().filter(PROBE_KINDS::contains).forEach(probeKinds::add);
        if (!strings(v, PROBE_ERROR).isEmpty() || longs(v, PROBE_STATUS).stream().anyMatch(s -> s >= 400)) {
            probeFailed = true;
            failureFirst = Math.min(failureFirst, at);
            failureLast = Math.max(failureLast, at);
            for (long p : longs(v, PROBED_AT)) {
                failureFirst = Math.min(failureFirst, p);
                failureLast = Math.max(failureLast, p);
            }
        }
        List<String> devs = strings(v, DEVELOPER);
        developers.addAll(devs);
        certs.addAll(strings(v, CERT));
        apkSigners.addAll(strings(v, APK_SIGNER));
        List<Long> codes = longs(v, VERSION_CODE);
        versions.add(codes, strings(v, MD5));
        versionsSha.add(codes, strings(v, SHA256));
        pageVersionNames.addAll(strings(v, VERSION_NAME));
        if (evidence) {
            developerOperators.add(devs, strings(v, OPERATOR));
            filingDevelopers.add(strings(v, FILING), devs);
        }
        List<String> signers = strings(v, READ_SIGNER);
        for (String s : signers) {
            long[] t = signerTimes.computeIfAbsent(s, k -> new long[] {Long.MAX_VALUE, Long.MIN_VALUE});
            t[0] = Math.min(t[0], at);
            t[1] = Math.max(t[1], at);
        }
        signerLineage.add(signers, strings(v, READ_LINEAGE));
        signerEvidence.add(signers, strings(v, READ_EVIDENCE));
        readVersionCodes.addAll(longs(v, READ_VERSION_CODE));
        readVersionNames.addAll(strings(v, READ_VERSION_NAME));
        for (long d : longs(v, Fields.DAYS_SINCE_UPDATE)) {
            maxDays = (int) Math.max(maxDays, d);
        }
        if (snapshots == 1) {
            newestShown = new AppQuarter.Latest(id, first(strings(v, NAME)), first(strings(v, DEVELOPER_NAME)),
                    first(strings(v, VERSION_NAME)), first(codes), first(longs(v, UPDATED_AT).stream()
                    .map(Instant::ofEpochMilli).toList()), first(strings(v, CATEGORY)), first(longs(v, DOWNLOADS)));
        }
    }

    private static <T> T first(List<T> values) {
        return values.isEmpty() ? null : values.get(0);
    }

    /** The app's latest snapshot (the first added): newest, ties by snapshot id. */
    SnapshotReads.Address newest() {
        return newest;
    }

    /** The failures that need their evidence read (with evidence only). */
    Map<CheckId, Failure> failures() {
        return failed;
    }

    /** The app's quarter; {@code latest} gives each failure's evidence snapshot, read by id. */
    AppQuarter build(Function<Failure, Optional<io.appaudit.indexer.docs.ListingDocument>> latest) {
        Map<CheckId, AppQuarter.FailedCheck> failures = new HashMap<>();
        failed.forEach((check, f) -> failures.put(check, new AppQuarter.FailedCheck(Instant.ofEpochMilli(f.span()[0]),
                Instant.ofEpochMilli(f.span()[1]), evidence ? latest.apply(f) : Optional.empty())));
        Set<CheckId> passed = EnumSet.noneOf(CheckId.class);
        for (CheckId c : LISTING) {
            if (unknown.getOrDefault(c, 0L) < snapshots && !failed.containsKey(c)) {
                passed.add(c);
            }
        }
        Optional<AppQuarter.Span> probeFailures = probeFailed ? Optional.of(new AppQuarter.Span(
                Instant.ofEpochMilli(failureFirst), Instant.ofEpochMilli(failureLast))) : Optional.empty();
        Set<Long> topVersions = versions.outer.top();
        Map<Long, Set<String>> md5 = new HashMap<>();
        Map<Long, Set<String>> sha256 = new HashMap<>();
        for (Long code : topVersions) {
            putNonEmpty(md5, code, versions.inner(code));
            putNonEmpty(sha256, code, versionsSha.inner(code));
        }
        Map<String, AppQuarter.Signer> signers = new HashMap<>();
        for (String s : signerLineage.outer.top()) {
            long[] t = signerTimes.get(s);
            signers.put(s, new AppQuarter.Signer(Instant.ofEpochMilli(t[0]), Instant.ofEpochMilli(t[1]),
                    signerLineage.inner(s), signerEvidence.inner(s)));
        }
        AppQuarter.Apks apks = new AppQuarter.Apks(signers, readVersionCodes.top(), readVersionNames.top(),
                topVersions, pageVersionNames.top());
        return new AppQuarter(store, packageName, snapshots, Instant.ofEpochMilli(first), Instant.ofEpochMilli(last),
                failures, passed, probeKinds, probeFailures, developers.top(), certs.top(), md5, sha256,
                maxDays == Integer.MIN_VALUE ? OptionalInt.empty() : OptionalInt.of(maxDays),
                developerOperators.pairs(), filingDevelopers.pairs(), apkSigners.top(), apks, newestShown);
    }

    private static void putNonEmpty(Map<Long, Set<String>> m, Long key, Set<String> values) {
        if (!values.isEmpty()) {
            m.put(key, values);
        }
    }

    /** How many snapshots named each value; the top ten as a terms aggregation orders them (count, then value). */
    private static final class Counts<T extends Comparable<T>> {
        private final Map<T, Long> counts = new LinkedHashMap<>();

        void addAll(List<T> values) {
            for (T t : values) {
                counts.merge(t, 1L, Long::sum);
            }
        }

        Set<T> top() {
            if (counts.size() <= FEW) {
                return Set.copyOf(counts.keySet());
            }
            return counts.entrySet().stream().sorted(Comparator.<Map.Entry<T, Long>>comparingLong(Map.Entry::getValue)
                            .reversed().thenComparing(e -> e.getKey(), AppFold::termOrder))
                    .limit(FEW).map(Map.Entry::getKey).collect(Collectors.toUnmodifiableSet());
        }
    }

    /** A terms aggregation with a terms sub-aggregation: the top outer values and, for each, its top inner values. */
    private static final class Nested<T extends Comparable<T>> {
        private final Counts<T> outer = new Counts<>();
        private final Map<T, Counts<String>> inner = new HashMap<>();

        void add(List<T> outerValues, List<String> innerValues) {
            outer.addAll(outerValues);
            for (T o : outerValues) {
                inner.computeIfAbsent(o, k -> new Counts<>()).addAll(innerValues);
            }
        }

        Set<String> inner(T outerValue) {
            Counts<String> c = inner.get(outerValue);
            return c == null ? Set.of() : c.top();
        }

        Set<AppQuarter.NamePair> pairs() {
            Set<AppQuarter.NamePair> out = new java.util.HashSet<>();
            for (T o : outer.top()) {
                inner(o).forEach(i -> out.add(new AppQuarter.NamePair(o.toString(), i)));
            }
            return out;
        }
    }

    /** Keywords sort as Elasticsearch sorts terms (by their UTF-8 bytes); numbers by value. */
    @SuppressWarnings("unchecked")
    private static <T extends Comparable<T>> int termOrder(T a, T b) {
        if (a instanceof String x && b instanceof String y) {
            return Arrays.compareUnsigned(x.getBytes(StandardCharsets.UTF_8), y.getBytes(StandardCharsets.UTF_8));
        }
        return a.compareTo(b);
    }

    private static List<Object> values(String name, JsonValue json) {
        List<Object> out = new ArrayList<>();
        if (json instanceof JsonArray array) {
            for (JsonValue item : array) {
                out.add(value(name, item));
            }
        } else {
            out.add(value(name, json));
        }
        return out;
    }

    private static Object value(String name, JsonValue item) {
        boolean number = DATES.contains(name) || isNumeric(name);
        if (item instanceof JsonNumber n) {
            return n.longValue();
        }
        if (item instanceof JsonString s) {
            return number ? Long.parseLong(s.getString()) : s.getString();
        }
        return item.toString();
    }

    private static boolean isNumeric(String name) {
        return name.equals(PROBE_STATUS) || name.equals(VERSION_CODE) || name.equals(READ_VERSION_CODE)
                || name.equals(Fields.DAYS_SINCE_UPDATE) || name.equals(DOWNLOADS);
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Map<String, List<Object>> v, String name) {
        return (List<String>) (List<?>) v.getOrDefault(name, List.of());
    }

    @SuppressWarnings("unchecked")
    private static List<Long> longs(Map<String, List<Object>> v, String name) {
        return (List<Long>) (List<?>) v.getOrDefault(name, List.of());
    }

    private static List<FieldAndFormat> docValues() {
        List<FieldAndFormat> out = new ArrayList<>();
        for (String f : List.of(TIMESTAMP, CHECKS_FAILED, CHECKS_UNKNOWN, PROBE_KIND, PROBE_ERROR, PROBE_STATUS,
                PROBED_AT, DEVELOPER, OPERATOR, FILING, CERT, APK_SIGNER, VERSION_CODE, VERSION_NAME, MD5, SHA256,
                READ_SIGNER, READ_LINEAGE, READ_EVIDENCE, READ_VERSION_CODE, READ_VERSION_NAME,
                Fields.DAYS_SINCE_UPDATE, NAME, DEVELOPER_NAME, UPDATED_AT, CATEGORY, DOWNLOADS)) {
            out.add(DATES.contains(f) ? FieldAndFormat.of(x -> x.field(f).format("epoch_millis"))
                    : FieldAndFormat.of(x -> x.field(f)));
        }
        return List.copyOf(out);
    }
}
