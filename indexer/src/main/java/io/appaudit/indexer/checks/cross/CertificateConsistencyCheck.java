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
 * D3: the same package is signed with different certificates in different stores. Only like hashes are compared
 * (AUDIT-RULES: any difference counts): signing-certificate digests of one length (one algorithm) with each other,
 * and file hashes (MD5, SHA-256) only between listings of the same version code, since every new version is a new
 * file. The stores showing another value than most stores do are flagged (all of them when no value has a strict
 * majority). A file difference within one version can also be a channel build; the values say which hashes differed.
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
        Set<Integer> lengths = new TreeSet<>();
        apps.forEach(a -> a.certHashes().forEach(h -> lengths.add(h.length())));
        for (int len : lengths) {
            certs.compare("signing certificate (" + len + " hex)", apps,
                    a -> a.certHashes().stream().filter(h -> h.length() == len).collect(toSet()));
        }
        Comparison files = new Comparison();
        compareFiles(files, "MD5", apps, AppQuarter::md5ByVersion);
        compareFiles(files, "SHA-256", apps, AppQuarter::sha256ByVersion);
        Map<String, String> values = new LinkedHashMap<>(certs.values);
        values.putAll(files.values);
        Map<StoreId, Outcome> out = new EnumMap<>(StoreId.class);
        for (AppQuarter a : pkg.apps()) {
            StoreId s = a.store();
            if (certs.flagged.contains(s) || files.flagged.contains(s)) {
                out.put(s, Outcome.failed(values));
            } else if (certs.compared.contains(s) || files.compared.contains(s)) {
                out.put(s, Outcome.passed());
            } else {
                out.put(s, Outcome.unknown("no like hash of this package in another store"));
            }
        }
        return out;
    }

    private static void compareFiles(Comparison c, String kind, List<AppQuarter> apps,
                                     Function<AppQuarter, Map<Long, Set<String>>> byVersion) {
        Set<Long> versions = new TreeSet<>();
        apps.forEach(a -> versions.addAll(byVersion.apply(a).keySet()));
        for (long v : versions) {
            c.compare(kind + " of version " + v, apps, a -> byVersion.apply(a).getOrDefault(v, Set.of()));
        }
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
