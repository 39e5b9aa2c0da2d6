package io.appaudit.indexer.checks;

import io.appaudit.indexer.docs.ListingDocument;
import io.appaudit.indexer.docs.ListingDocument.Apk;
import io.appaudit.indexer.docs.ListingDocument.Probe;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What a snapshot's download probes read of the APKs they delivered (AUDIT-RULES "The delivered APK"): the probes
 * whose APK was read, and, when none was, why — the words every APK-based check gives as its "unknown" note, so
 * that coverage counts the reason (an APK not read is never a problem).
 */
public final class DeliveredApks {

    /** The probe kind of a download control. */
    public static final String DOWNLOAD = "download";
    /** The start of every "unknown" note about an APK not read, so the notes group by reason. */
    public static final String NOT_READ = "delivered APK not read: ";

    private DeliveredApks() {
    }

    /** The download probes whose delivered APK was read, in the snapshot's order. */
    public static List<Probe> read(ListingDocument d) {
        return downloads(d).stream().filter(p -> p.apk() != null && p.apk().read()).toList();
    }

    /** Why no APK of the snapshot was read: the statuses of the attempts, or that none was made. */
    public static String whyNotRead(ListingDocument d) {
        List<Probe> downloads = downloads(d);
        if (downloads.isEmpty()) {
            return NOT_READ + "no download control was probed";
        }
        Map<String, Long> statuses = downloads.stream().filter(p -> p.apk() != null)
                .collect(Collectors.groupingBy(p -> status(p.apk()), TreeMap::new, Collectors.counting()));
        if (statuses.isEmpty()) {
            return NOT_READ + "not attempted";
        }
        return NOT_READ + String.join(", ", statuses.keySet());
    }

    /** The status of an attempt, bounded (it is written into notes and reports). */
    public static String status(Apk apk) {
        String s = apk.status() == null || apk.status().isBlank() ? "unknown" : apk.status().strip();
        return s.length() > 40 ? s.substring(0, 40) : s;
    }

    /** The WARC record ids of the range exchanges behind the read APKs, joined for a finding's values. */
    public static String evidence(List<Probe> probes) {
        String ids = probes.stream().map(Probe::apk).filter(Objects::nonNull)
                .flatMap(a -> a.evidence() == null ? java.util.stream.Stream.empty() : a.evidence().stream())
                .distinct().collect(Collectors.joining(" "));
        return ids.isEmpty() ? null : ids;
    }

    static List<Probe> downloads(ListingDocument d) {
        return d.probes() == null ? List.of() : d.probes().stream().filter(p -> DOWNLOAD.equals(p.kind())).toList();
    }
}
