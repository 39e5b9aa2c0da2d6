package io.appaudit.indexer.report;

import io.appaudit.indexer.report.ReportData.ApkReads;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Table 5.4: per store, how many audited apps' delivered APKs were read by byte ranges, and why not for the rest
 * (counts per {@code probes.apk.status}). The APK-based checks (Z2 from the manifest, M1 proved, D3 by signer, R5,
 * R6) are unknown, never a problem, for an app whose APK was not read.
 */
final class ApkReadsTable {

    private ApkReadsTable() {
    }

    static String html(List<ApkReads> stores) {
        StringBuilder h = new StringBuilder("<h3 id=\"apk-reads\">Table 5.4 The delivered APK: read, or why not "
                + "<span class=\"zh\">安装包读取情况</span></h3>\n");
        if (stores.isEmpty()) {
            return h.append("<p class=\"na\">No audited app this quarter.</p>\n").toString();
        }
        TreeSet<String> reasons = new TreeSet<>();
        stores.forEach(s -> reasons.addAll(s.notRead().keySet()));
        h.append("<table class=\"numbers apk-reads\">\n<thead><tr><th class=\"text\">Store</th><th>Audited apps</th>"
                + "<th>APK read</th><th>Not read</th>");
        reasons.forEach(r -> h.append("<th>").append(Escape.html(label(r))).append("</th>"));
        h.append("</tr></thead>\n<tbody>\n");
        for (ApkReads s : stores) {
            long notRead = s.audited() - s.read();
            h.append("<tr><th class=\"text\">").append(Escape.html(s.storeName())).append("</th><td>")
                    .append(Format.count(s.audited())).append("</td><td>").append(Format.count(s.read()))
                    .append("</td><td").append(notRead > 0 ? " class=\"bad\"" : "").append(">")
                    .append(Format.count(notRead)).append("</td>");
            for (String r : reasons) {
                h.append("<td>").append(Format.count(s.notRead().getOrDefault(r, 0L))).append("</td>");
            }
            h.append("</tr>\n");
        }
        return h.append("</tbody></table>\n<p class=\"note\">An app counts as read when any crawl of the quarter read "
                + "its delivered APK's manifest and signing block by byte ranges. For the others, the status their "
                + "attempts ended in most often: the server ignored Range (ranges not served), the parts exceeded the "
                + "byte budget (over budget), the file was not an APK, its manifest could not be decoded (unreadable), "
                + "the exchange failed, or no crawl tried (not attempted). Their APK-based checks are unknown, never "
                + "a problem, and count toward coverage (Table 5.1).</p>\n").toString();
    }

    /** A status as a reader knows it. */
    static String label(String status) {
        return switch (status) {
            case ApkReadsReader.NOT_ATTEMPTED -> "not attempted";
            case "ranges_not_served" -> "ranges not served";
            case "over_budget" -> "over budget";
            case "not_an_apk" -> "not an APK";
            default -> status.replace('_', ' ');
        };
    }

    /** The rows of apk-reads.csv, one per store and status (read, and each reason). */
    static List<List<String>> rows(String quarter, List<ApkReads> stores) {
        List<List<String>> out = new java.util.ArrayList<>();
        for (ApkReads s : stores) {
            out.add(List.of(quarter, s.store(), "read", Long.toString(s.read()), Long.toString(s.audited())));
            for (Map.Entry<String, Long> e : s.notRead().entrySet()) {
                out.add(List.of(quarter, s.store(), e.getKey(), Long.toString(e.getValue()),
                        Long.toString(s.audited())));
            }
        }
        return out;
    }
}
