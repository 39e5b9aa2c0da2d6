package io.appaudit.indexer.checks.cross;

import io.appaudit.indexer.checks.AppQuarter;
import io.appaudit.indexer.checks.CheckContext;
import io.appaudit.indexer.checks.CheckId;
import io.appaudit.indexer.checks.CrossListingCheck;
import io.appaudit.indexer.checks.Outcome;
import io.appaudit.indexer.checks.PackageQuarter;
import io.appaudit.stores.StoreId;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * D3: the same package is signed with different certificates in different stores, or its signer changed between
 * crawls of one store. Only signer certificates are compared: the signers read from the delivered APK's signing block
 * ({@code probes.apk.signer_sha256}, and the older {@code apk_signer_sha256}), and separately the certificate digests
 * a store publishes (Xiaomi's {@code releaseKeyHash}), those of one length (one algorithm) with each other. APK file
 * hashes differ between the stores' channel builds of one release and never make D3 fire. A signer and its v3
 * proof-of-rotation lineage are one identity: a key rotation is not a difference. Across stores, the stores whose
 * signers differ from most stores' are flagged (all of them when no signer set has a strict majority); within a
 * store, signers read over different spans of crawls are a change (signers read together in every snapshot, as
 * with an APK signed by several keys, are not). Where no signer is known in two stores or on two crawls of one
 * store, D3 is unknown, not a pass.
 */
public final class CertificateConsistencyCheck implements CrossListingCheck {

    static final String APK_SIGNERS = "APK signer certificate (SHA-256)";

    @Override
    public CheckId id() {
        return CheckId.D3;
    }

    @Override
    public Map<StoreId, Outcome> evaluate(PackageQuarter pkg, CheckContext context) {
        List<AppQuarter> apps = pkg.apps().stream().filter(a -> !context.blocked(id(), a.store())).toList();
        SignerIdentities ids = SignerIdentities.of(apps);
        Comparison certs = new Comparison();
        certs.compare(APK_SIGNERS, apps, a -> ids.identities(signers(a)));
        apps.forEach(a -> SignerChange.within(a, ids).ifPresent(change -> {
            certs.flagged.add(a.store());
            certs.compared.add(a.store());
            certs.values.put("signer change in " + a.store().id(), change);
        }));
        apps.stream().filter(a -> SignerChange.readOnTwoCrawls(a)).forEach(a -> certs.compared.add(a.store()));
        Set<Integer> lengths = new TreeSet<>();
        apps.forEach(a -> a.certHashes().forEach(h -> lengths.add(h.length())));
        for (int len : lengths) {
            certs.compare("store-published signing certificate (" + len + " hex)", apps,
                    a -> a.certHashes().stream().filter(h -> h.length() == len).collect(Collectors.toSet()));
        }
        String rotations = rotations(apps, ids);
        Map<StoreId, Outcome> out = new EnumMap<>(StoreId.class);
        for (AppQuarter a : pkg.apps()) {
            StoreId s = a.store();
            if (certs.flagged.contains(s)) {
                Map<String, String> values = new LinkedHashMap<>(certs.values);
                if (rotations != null) {
                    values.put("v3 key rotations (not differences)", rotations);
                }
                String evidence = a.apks().signers().values().stream().flatMap(x -> x.evidence().stream())
                        .sorted().distinct().collect(Collectors.joining(" "));
                if (!evidence.isEmpty()) {
                    values.put("apk_evidence", evidence);
                }
                out.put(s, Outcome.failed(values));
            } else if (certs.compared.contains(s)) {
                out.put(s, Outcome.passed());
            } else {
                out.put(s, Outcome.unknown("no signer certificate of this package known in another store or on "
                        + "another crawl (APK file hashes are not signers)"));
            }
        }
        return out;
    }

    /** Every signer certificate read of an app's delivered APKs. */
    static Set<String> signers(AppQuarter a) {
        Set<String> all = new HashSet<>(a.apkSigners());
        all.addAll(a.apks().signers().keySet());
        return all;
    }

    /** "new ← old" for each signer a lineage explains, or null. */
    private static String rotations(List<AppQuarter> apps, SignerIdentities ids) {
        Set<String> out = new TreeSet<>();
        apps.forEach(a -> a.apks().signers().forEach((cert, s) -> s.lineage().stream()
                .filter(old -> ids.rotated(cert, old)).forEach(old -> out.add(cert + " ← " + old))));
        return out.isEmpty() ? null : String.join("; ", out);
    }

    /** Stores compared on at least one dimension, those flagged on one, and the values that differed. */
    private static final class Comparison {
        final Set<StoreId> compared = new HashSet<>();
        final Set<StoreId> flagged = new HashSet<>();
        final Map<String, String> values = new LinkedHashMap<>();

        void compare(String dimension, List<AppQuarter> apps, Function<AppQuarter, Set<String>> valuesOf) {
            Map<StoreId, Set<String>> byStore = new EnumMap<>(StoreId.class);
            apps.forEach(a -> {
                Set<String> v = valuesOf.apply(a);
                if (!v.isEmpty()) {
                    byStore.put(a.store(), v);
                }
            });
            if (byStore.size() < 2) {
                return;
            }
            compared.addAll(byStore.keySet());
            // A store's whole set is its value: the keys of an APK signed by several keys are one signer set.
            Map<StoreId, Set<String>> asSets = new EnumMap<>(StoreId.class);
            byStore.forEach((s, v) -> asSets.put(s, Set.of(String.join(", ", new TreeSet<>(v)))));
            Set<StoreId> outliers = Majority.outliers(asSets);
            if (!outliers.isEmpty()) {
                flagged.addAll(outliers);
                values.put(dimension, Majority.describe(byStore));
            }
        }
    }
}
