package io.appaudit.crawler.lookup;

import io.appaudit.crawler.lookup.Resolution.Candidate;
import io.appaudit.crawler.lookup.Resolution.Confidence;
import io.appaudit.indexer.names.CompanyNames;
import io.appaudit.stores.AppRef;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves an app named without its package (as many notices name them: a Chinese name and a developer) through the
 * stores' searches. Only a result whose name is the name given counts; the developer its listing shows breaks ties.
 * The outcome always says how sure it is and shows every candidate; a package is used only at high or medium
 * confidence, never guessed.
 */
final class NameResolver {

    /** Listings read to compare developers; more same-named packages than this is ambiguous without reading. */
    static final int MAX_LISTINGS = 3;

    private final List<StoreAsker> askers;

    NameResolver(List<StoreAsker> askers) {
        this.askers = List.copyOf(askers);
    }

    Resolution resolve(String name, Optional<String> developer) {
        Map<String, Found> found = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        int searched = 0;
        for (StoreAsker a : askers) {
            Optional<SearchReply> reply = a.search(name);
            if (reply.isEmpty()) {
                continue;
            }
            if (reply.get().failure().isPresent()) {
                failures.add(a.store().id() + ": " + reply.get().failure().get());
                continue;
            }
            searched++;
            for (AppRef ref : reply.get().apps()) {
                ref.packageName().ifPresent(p -> found.merge(p, new Found(a, ref, sameName(ref.name(), name)),
                        (old, now) -> old.exact || !now.exact ? old : now));
            }
        }
        if (searched == 0) {
            return new Resolution(name, developer, Confidence.NOT_SEARCHED, Optional.empty(),
                    failures.isEmpty() ? "no selected store can be searched" : "no search could be read: "
                            + String.join("; ", failures), List.of());
        }
        List<String> exact = found.entrySet().stream().filter(e -> e.getValue().exact).map(Map.Entry::getKey).toList();
        Map<String, Optional<String>> developers = new LinkedHashMap<>();
        if (developer.isPresent() && exact.size() <= MAX_LISTINGS) {
            for (String p : exact) {
                Found f = found.get(p);
                developers.put(p, f.asker.listing(f.ref, p).developer());
            }
        }
        List<Candidate> candidates = new ArrayList<>();
        found.forEach((p, f) -> {
            Optional<String> dev = developers.getOrDefault(p, Optional.empty());
            Optional<Boolean> match = developer.isPresent() && dev.isPresent()
                    ? Optional.of(sameCompany(dev.get(), developer.get())) : Optional.empty();
            candidates.add(new Candidate(p, f.ref.name().orElse(""), f.asker.store(), f.exact, dev, match));
        });
        return judge(name, developer, exact, candidates);
    }

    private static Resolution judge(String name, Optional<String> developer, List<String> exact,
                                    List<Candidate> candidates) {
        if (exact.isEmpty()) {
            return new Resolution(name, developer, Confidence.NO_MATCH, Optional.empty(), candidates.isEmpty()
                    ? "the searches returned nothing" : "no result is named '" + name + "' (look-alikes only)",
                    candidates);
        }
        if (developer.isEmpty()) {
            return exact.size() == 1
                    ? new Resolution(name, developer, Confidence.MEDIUM, Optional.of(exact.get(0)),
                            "the one result named '" + name + "'; no developer given to confirm it", candidates)
                    : new Resolution(name, developer, Confidence.AMBIGUOUS, Optional.empty(), exact.size()
                            + " packages are named '" + name + "': give the developer or the package", candidates);
        }
        List<String> confirmed = candidates.stream().filter(c -> c.developerMatch().orElse(false))
                .map(Candidate::packageName).toList();
        if (confirmed.size() == 1) {
            return new Resolution(name, developer, Confidence.HIGH, Optional.of(confirmed.get(0)),
                    "named '" + name + "' and developed by '" + developer.get() + "'", candidates);
        }
        if (confirmed.size() > 1 || exact.size() > 1) {
            return new Resolution(name, developer, Confidence.AMBIGUOUS, Optional.empty(), exact.size()
                    + " packages are named '" + name + "'" + (confirmed.size() > 1 ? ", " + confirmed.size()
                    + " of them by that developer" : exact.size() > MAX_LISTINGS ? ", too many to compare developers"
                    : ", none shown with that developer") + ": give the package", candidates);
        }
        return new Resolution(name, developer, Confidence.LOW, Optional.empty(), "one package is named '" + name
                + "', but its listing does not show '" + developer.get() + "' as developer: give the package to look "
                + "it up", candidates);
    }

    /** Names compared with width, case, spaces and the usual separators made uniform. */
    static boolean sameName(Optional<String> shown, String given) {
        return shown.map(NameResolver::plain).filter(s -> !s.isEmpty() && s.equals(plain(given))).isPresent();
    }

    /** Company names compared without their legal form (有限公司…), as the audit's checks compare them. */
    static boolean sameCompany(String shown, String given) {
        String a = CompanyNames.core(shown);
        String b = CompanyNames.core(given);
        return !a.isEmpty() && a.equals(b);
    }

    private static String plain(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[\\s\\p{Punct}·・—–－:：]+", "");
    }

    private record Found(StoreAsker asker, AppRef ref, boolean exact) {
    }
}
