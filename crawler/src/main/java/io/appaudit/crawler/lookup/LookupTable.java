package io.appaudit.crawler.lookup;

import io.appaudit.crawler.evidence.TerminalText;
import io.appaudit.crawler.lookup.Resolution.Candidate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The look-up's answer for a person: per app, a table with one row per store (status, developer, version, update
 * date, listing checks, evidence record), then why for every store without a listing, and, for an app named
 * without its package, the match, its confidence and the candidates. Store text is bounded and escaped.
 */
public final class LookupTable {

    /** The most of a store's text shown in a cell; the JSON carries it whole (and escaped). */
    static final int CELL = 36;
    private static final String FORMAT = "  %-8s %-20s %-36s %-16s %-10s %-22s %s%n";

    private LookupTable() {
    }

    public static String render(List<LookupEntry> entries) {
        StringBuilder sb = new StringBuilder();
        for (LookupEntry e : entries) {
            sb.append(clean(e.asked(), 200)).append(e.packageName().filter(p -> !p.equals(e.asked()))
                    .map(p -> "  →  " + clean(p, 200)).orElse("")).append('\n');
            e.resolution().ifPresent(r -> resolution(sb, r));
            if (!e.answers().isEmpty()) {
                sb.append(String.format(FORMAT, "store", "status", "developer", "version", "updated", "checks",
                        "evidence"));
                for (StoreAnswer a : e.answers()) {
                    sb.append(String.format(FORMAT, a.store().id(), a.status().label(),
                            clean(a.developer().orElse("-"), CELL), clean(a.version().orElse("-"), 16),
                            a.updatedAt().map(d -> d.format(DateTimeFormatter.ISO_LOCAL_DATE)).orElse("-"),
                            checks(a), a.evidence().orElse("-")));
                }
                for (StoreAnswer a : e.answers()) {
                    if (a.status() != LookupStatus.LISTED) {
                        sb.append("  ").append(a.store().id()).append(": ").append(clean(a.reason(), 400))
                                .append('\n');
                    }
                }
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static void resolution(StringBuilder sb, Resolution r) {
        sb.append("  match: ").append(r.confidence().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '))
                .append(r.packageName().map(p -> " (" + p + ")").orElse(" (not used)")).append(" — ")
                .append(clean(r.explanation(), 400)).append('\n');
        for (Candidate c : r.candidates()) {
            sb.append("    candidate ").append(clean(c.packageName(), 120)).append("  ").append(clean(c.shownName(), CELL))
                    .append("  in ").append(c.foundIn().id()).append(c.exactName() ? "  same name" : "  look-alike")
                    .append(c.developer().map(d -> "  developer " + clean(d, CELL)).orElse(""))
                    .append(c.developerMatch().map(m -> m ? " (matches)" : " (differs)").orElse("")).append('\n');
        }
    }

    /** "2 failed: Z1 D4", "passed (3 unknown)", or "-" when the store shows no listing. */
    static String checks(StoreAnswer a) {
        if (a.status() != LookupStatus.LISTED) {
            return "-";
        }
        String unknown = a.checksUnknown().isEmpty() ? "" : " (" + a.checksUnknown().size() + " unknown)";
        if (a.checksFailed().isEmpty()) {
            return (a.checksPassed().isEmpty() ? "not evaluated" : "passed") + unknown;
        }
        return "failed " + String.join(" ", a.checksFailed()) + unknown;
    }

    /** Store text on one line, escaped for a terminal and cut to {@code max} characters. */
    static String clean(String s, int max) {
        String one = TerminalText.escape(s.replace('\n', ' ').replace('\t', ' ')).strip();
        return one.length() <= max ? one : one.substring(0, max - 1) + "…";
    }
}
