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

/**
 * D3: the same package is signed with different certificates in different stores, or its signer changed within a
 * store over the quarter. Only signer certificates are compared: the signer read from the delivered APK's signing
 * block, and separately the certificate digests a store publishes (Xiaomi's {@code releaseKeyHash}), those of one
 * length (one algorithm) with each other. APK file hashes (MD5, SHA-256 of the file) differ between the stores'
 * channel builds of one release and never make D3 fire. The stores showing another signer than most stores do are
 * flagged (all of them when no signer has a strict majority); where fewer than two stores have a known signer, D3 is
 * unknown, not a pass.
 */
public final class CertificateConsistencyCheck implements CrossListingCheck {

    @Override
    public CheckId id() {
        return CheckId.D3;
    }

    @Override
    public Map<StoreId, Outcome> evaluate(PackageQuarter pkg, CheckContext context) {
        List<AppQuarter> apps = pkg.apps().stream().filter(a -> !context.blocked(id(), a.store())).toList();
        Comparison certs = new Comparison();
        certs.compare("APK signer certificate (SHA-256)", apps, AppQuarter::apkSigners);
        Set<Integer> lengths = new TreeSet<>();
        apps.forEach(a -> a.certHashes().forEach(h -> lengths.add(h.length())));
        for (int len : lengths) {
            certs.compare("store-published signing certificate (" + len + " hex)", apps,
                    a -> a.certHashes().stream().filter(h -> h.length() == len).collect(toSet()));
        }
        Map<StoreId, Outcome> out = new EnumMap<>(StoreId.class);
        for (AppQuarter a : pkg.apps()) {
            StoreId s = a.store();
            if (certs.flagged.contains(s)) {
                out.put(s, Outcome.failed(certs.values));
            } else if (certs.compared.contains(s)) {
                out.put(s, Outcome.passed());
            } else {
                out.put(s, Outcome.unknown("no signer certificate of this package known in another store "
                        + "(APK file hashes are not signers)"));
            }
        }
        return out;
    }

    private static java.util.stream.Collector<String, ?, Set<String>> toSet() {
        return java.util.stream.Collectors.toSet();
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
            Set<StoreId> outliers = Majority.outliers(byStore);
            if (!outliers.isEmpty()) {
                flagged.addAll(outliers);
                values.put(dimension, Majority.describe(byStore));
            }
        }
    }
}
