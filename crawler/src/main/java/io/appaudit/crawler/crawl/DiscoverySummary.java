package io.appaudit.crawler.crawl;

import io.appaudit.crawler.evidence.TerminalText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The discovery-saturation table printed after a crawl: per store and kind of list (category, search, related, id
 * range), how many lists were walked, how many are saturated (ended, or their last page brought nothing new), not
 * saturated (stopped at a bound while still bringing new apps) or unknown (cut short), the apps they found and the
 * pages fetched; then, per store, the first lists that are not saturated.
 */
public final class DiscoverySummary {

    /** The most unsaturated lists named per store. */
    static final int NAMED = 5;

    private DiscoverySummary() {
    }

    public static String table(List<StoreOutcome> outcomes) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-8s %-9s %6s %10s %14s %8s %7s %7s%n",
                "store", "discovery", "lists", "saturated", "not saturated", "unknown", "apps", "pages"));
        List<String> named = new ArrayList<>();
        for (StoreOutcome o : outcomes) {
            if (o.discovery().isEmpty()) {
                sb.append(String.format(Locale.ROOT, "%-8s %-9s %s%n", o.store().id(), "-",
                        "no discovery list walked: saturation unknown"));
                continue;
            }
            Map<String, long[]> byKind = new LinkedHashMap<>();
            for (ChannelTally t : o.discovery()) {
                long[] row = byKind.computeIfAbsent(t.kind(), k -> new long[6]);
                row[0]++;
                row[1 + t.saturation().ordinal()]++;
                row[4] += t.apps();
                row[5] += t.pages();
            }
            byKind.forEach((kind, r) -> sb.append(String.format(Locale.ROOT,
                    "%-8s %-9s %6d %10d %14d %8d %7d %7d%n", o.store().id(), TerminalText.escape(kind), r[0], r[1],
                    r[2], r[3], r[4], r[5])));
            List<ChannelTally> open = o.discovery().stream()
                    .filter(t -> t.saturation() == ChannelTally.Saturation.NOT_SATURATED).toList();
            if (!open.isEmpty()) {
                named.add(o.store().id() + ": not saturated (more paging may find more apps): " + String.join(", ",
                        open.stream().limit(NAMED).map(t -> TerminalText.escape(t.label()) + " (" + t.pages()
                                + " pages, " + t.lastNew() + " new on the last, stopped at " + t.stop().words() + ")")
                                .toList()) + (open.size() > NAMED ? " and " + (open.size() - NAMED) + " more" : ""));
            }
        }
        named.forEach(n -> sb.append(n).append(System.lineSeparator()));
        return sb.toString();
    }
}
