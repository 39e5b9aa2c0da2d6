package io.appaudit.indexer.report;

import io.appaudit.indexer.notices.FollowUp;
import io.appaudit.indexer.report.ReportData.NoticeApp;
import io.appaudit.indexer.report.ReportData.NoticeFollowUp;
import io.appaudit.indexer.report.ReportData.NoticeStore;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The notice follow-up: per imported notice batch, each named app's state per store (still listed, removed since,
 * re-listed, rectified, not listed, not found by search, unknown) with its dates and who saw them (a crawl's run, or
 * a look-up), read from the batch's stored look-ups ({@code notice status}) and the crawls' snapshots since the
 * batch's date; the report asks no store. Absent when no batch was imported.
 */
final class NoticeFollowUpSection {

    /** A notice's app name or a store's package is untrusted text: cut short before it reaches the page. */
    private static final int LONGEST = 120;

    private NoticeFollowUpSection() {
    }

    /** The section, or nothing when no batch was imported. */
    static String html(List<NoticeFollowUp> batches) {
        if (batches.isEmpty()) {
            return "";
        }
        StringBuilder h = new StringBuilder("<section id=\"notices\">\n<h2>Notice follow-up "
                + "<span class=\"zh\">通报整改跟踪</span></h2>\n<p>For each imported notice batch, where each named app "
                + "stands in each store, from the look-ups of <code>appaudit notice status</code> made so far and the "
                + "crawls' snapshots since the batch's date (the report itself asks no store). A look-up or crawl "
                + "that could not tell changes nothing; a store that never answered is unknown, never removed.</p>\n");
        batches.forEach(b -> h.append(batch(b)));
        return h.append("</section>\n").toString();
    }

    private static String batch(NoticeFollowUp b) {
        StringBuilder h = new StringBuilder("<h3>Batch ").append(Escape.storeText(b.batch())).append(" · published ")
                .append(Escape.html(b.published().toString())).append(" · deadline ")
                .append(Escape.html(Format.time(b.deadline()))).append("</h3>\n<table class=\"list notices\">\n"
                        + "<thead><tr><th class=\"text\">App as named</th><th class=\"text\">Store</th>"
                        + "<th class=\"text\">Package</th><th class=\"text\">State</th><th>Since</th>"
                        + "<th>Removed</th><th>Last seen listed</th></tr></thead>\n<tbody>\n");
        for (NoticeApp a : b.apps()) {
            String app = Escape.storeText(Escape.shorten(a.app(), LONGEST));
            if (a.stores().isEmpty()) {
                h.append("<tr><td class=\"text\">").append(app).append("</td><td colspan=\"6\" class=\"text na\">"
                        + "not seen yet by a crawl or a look-up (<code>appaudit notice status</code> looks it up)"
                        + "</td></tr>\n");
                continue;
            }
            for (NoticeStore s : a.stores()) {
                FollowUp f = s.followUp();
                h.append("<tr><td class=\"text\">").append(app).append("</td><td class=\"text\">")
                        .append(Escape.html(s.storeName())).append("</td><td class=\"text\">")
                        .append(Escape.storeText(Escape.shorten(s.packageName(), LONGEST)))
                        .append("</td><td class=\"text state-")
                        .append(f.state().name().toLowerCase(java.util.Locale.ROOT))
                        .append("\">").append(Escape.html(f.state().label())).append("</td><td>")
                        .append(day(f.since(), f.sinceBy())).append("</td><td>")
                        .append(day(f.removedAt(), f.removedBy())).append("</td><td>")
                        .append(day(f.lastSeen(), Optional.empty())).append("</td></tr>\n");
            }
        }
        return h.append("</tbody></table>\n<p class=\"note\">Each date names who saw it: a crawl (its run id) or a "
                + "look-up. Removed: seen gone (the store said it has no such app) after its last listing, since the "
                + "first crawl or look-up that saw it gone. Re-listed: listed again after a "
                + "removal (Removed gives when it was seen gone). Rectified: listed, and the notice's problem "
                + "evaluated and no longer found. Not found by search: the store's search did not return the package "
                + "(vivo, OPPO), which is not \"not listed\". Dates are China time.</p>\n").toString();
    }

    private static String day(Optional<Instant> t, Optional<String> by) {
        return Escape.html(t.map(Format::day).orElse("–")) + by.map(b -> "<br><span class=\"by\">"
                + Escape.storeText(Escape.shorten(b, LONGEST)) + "</span>").orElse("");
    }
}
