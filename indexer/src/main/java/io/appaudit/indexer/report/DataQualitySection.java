package io.appaudit.indexer.report;

import io.appaudit.indexer.checks.CheckId;
import io.appaudit.indexer.rates.QuarterRates.CheckRates;
import io.appaudit.indexer.rates.QuarterRates.StoreRates;
import io.appaudit.indexer.report.ReportData.CrawlHealth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Section 5: what the figures rest on — per check the share of apps it could be evaluated for, the crawl runs and
 * adapter health per store, and what each store's pages did not show this quarter, with the measured shares (platform-level observations).
 */
final class DataQualitySection {

    private final ReportData data;

    DataQualitySection(ReportData data) {
        this.data = data;
    }

    String html() {
        List<StoreRates> stores = data.rates().stores();
        StringBuilder h = new StringBuilder("<section id=\"data\">\n<h2><span class=\"no\">5</span> Coverage, crawl "
                + "health and platform-level observations <span class=\"zh\">数据覆盖与平台层面观察</span></h2>\n"
                + "<p>A rate is only as good as the apps it could be measured on. A check that could not be evaluated "
                + "for an app (the field is absent, the link was never probed, no other store lists the package) is "
                + "<em>unknown</em> for it: neither a problem nor a pass.</p>\n");
        h.append("<h3>Table 5.1 Coverage: share of audited apps each check could be evaluated for</h3>\n"
                + "<table class=\"numbers matrix coverage\">\n<thead><tr><th class=\"text\">Check</th>");
        stores.forEach(s -> h.append("<th>").append(Escape.html(s.storeName())).append("</th>"));
        h.append("</tr></thead>\n<tbody>\n");
        for (CheckId c : CheckId.values()) {
            h.append("<tr><th class=\"text\">").append(c.name()).append(" <small>").append(Escape.html(c.title()))
                    .append("</small></th>");
            for (StoreRates s : stores) {
                CheckRates cr = BreakdownSection.check(s, c);
                if (s.platform().checksUnknown().contains(c.name())) {
                    h.append("<td class=\"na\">not shown</td>");
                    continue;
                }
                Double rate = cr.coverage().rate();
                String bg = rate == null ? "#fff" : String.format(Locale.ROOT, "rgba(44,109,181,%.2f)", 0.04 + 0.3 * rate);
                h.append("<td style=\"background:").append(bg).append("\"")
                        .append(Caveats.lowCoverage(cr) ? " class=\"low\"" : "").append(" title=\"")
                        .append(cr.coverage().k()).append(" of ").append(Format.count(cr.coverage().n(), "app", "apps")).append("\">")
                        .append(Format.pct(rate)).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody></table>\n<p class=\"note\">Underlined: evaluated for fewer than half of the audited apps. "
                + "History checks (R4, R6, Z3, Z4) need probes of the links; cross-store checks (D2, D3) need the package in "
                + "another store (D3 also: two crawls of one store); D5 and Z5 need the user's registry and notice files; "
                + "R5, R6 and Z2 (where the store shows no target SDK) need the delivered APK read (Table 5.4).</p>\n");
        h.append(health(stores));
        h.append(saturation());
        h.append(ApkReadsTable.html(data.apkReads()));
        h.append(EndpointAnswersTable.html(data.crawlHealth()));
        h.append(platform(stores));
        return h.append("</section>\n").toString();
    }

    private String health(List<StoreRates> stores) {
        StringBuilder h = new StringBuilder("<h3>Table 5.2 Crawl runs and adapter health this quarter</h3>\n"
                + "<table class=\"numbers health\">\n<thead><tr><th class=\"text\">Store</th><th>Runs</th>"
                + "<th>Completed</th><th>Failed / interrupted</th><th>Unhealthy</th><th>Pages</th>"
                + "<th>Listings</th><th>Not listed</th><th>Parse problems</th><th>Errors</th><th>Blocked responses</th>"
                + "<th class=\"text\">Latest run</th></tr></thead>\n<tbody>\n");
        // the stores audited, then those crawled without a listing audited (a crawl that failed everywhere)
        Map<String, String> names = new LinkedHashMap<>();
        stores.forEach(s -> names.put(s.store(), s.storeName()));
        data.crawlHealth().forEach(c -> names.putIfAbsent(c.store(), c.storeName()));
        for (Map.Entry<String, String> s : names.entrySet()) {
            Optional<CrawlHealth> c = data.crawlHealth().stream().filter(x -> x.store().equals(s.getKey())).findFirst();
            h.append("<tr><th class=\"text\">").append(Escape.html(s.getValue())).append("</th>");
            if (c.isEmpty()) {
                h.append("<td colspan=\"11\" class=\"text na\">no crawl run recorded this quarter</td></tr>\n");
                continue;
            }
            CrawlHealth r = c.get();
            h.append(td(r.runs(), false)).append(td(r.completed(), false))
                    .append(td(r.failed() + r.interrupted(), true)).append(td(r.unhealthyRuns(), true))
                    .append(td(r.pages(), false)).append(td(r.listings(), false)).append(td(r.notListed(), false))
                    .append(td(r.parseProblems(), true)).append(td(r.errors(), true))
                    .append(td(r.blockedResponses(), true)).append("<td class=\"text latest\">")
                    .append(Escape.html(Format.time(r.latestStarted()))).append(", ")
                    .append(Escape.html(r.latestOutcome() == null ? "outcome unknown" : r.latestOutcome()))
                    .append(r.latestHealthy() == null ? "" : r.latestHealthy() ? ", healthy"
                            : ", <b class=\"bad\">unhealthy</b>");
            if (r.latestFailureReason() != null && !r.latestFailureReason().isBlank()) {
                h.append("<br><small>").append(Escape.storeText(r.latestFailureReason())).append("</small>");
            }
            h.append("</td></tr>\n");
        }
        return h.append("</tbody></table>\n<p class=\"note\">A run is unhealthy when it failed (unreachable, blocked), "
                + "delivered no listing, could not fetch more pages than crawl.max-error-share allows, or met too many "
                + "pages that did not parse (the store may have changed its pages): its figures may miss apps. Blocked "
                + "responses (403, 429, captcha) mean the store refused some requests.</p>\n").toString();
    }

    /**
     * Whether discovery may have missed apps: per store, the lists its latest run walked and how many are saturated
     * (the list ended or its last page brought nothing new), not saturated (stopped at a bound while still bringing
     * new apps) or unknown (cut short); a run that recorded no lists is "not recorded", never 0 %.
     */
    private String saturation() {
        StringBuilder h = new StringBuilder("<h3>Table 5.3 Discovery saturation of each store's latest run</h3>\n"
                + "<table class=\"numbers saturation\">\n<thead><tr><th class=\"text\">Store</th><th>Lists</th>"
                + "<th>Saturated</th><th>Not saturated</th><th>Unknown</th><th>Apps found</th>"
                + "<th class=\"text\">Lists still bringing new apps</th></tr></thead>\n<tbody>\n");
        for (CrawlHealth c : data.crawlHealth()) {
            h.append("<tr><th class=\"text\">").append(Escape.html(c.storeName())).append("</th>");
            ReportData.Discovery d = c.latestDiscovery();
            if (d == null) {
                h.append("<td colspan=\"6\" class=\"text na\">not recorded: saturation unknown</td></tr>\n");
                continue;
            }
            h.append(td(d.lists(), false)).append(td(d.saturated(), false)).append(td(d.notSaturated(), true))
                    .append(td(d.unknown(), false)).append(td(d.apps(), false)).append("<td class=\"text\">")
                    .append(d.notSaturatedLists().isEmpty() ? "—" : Escape.storeText(String.join(", ",
                            d.notSaturatedLists()) + (d.notSaturated() > d.notSaturatedLists().size() ? " …" : "")))
                    .append("</td></tr>\n");
        }
        return h.append("</tbody></table>\n<p class=\"note\">A list that is not saturated stopped at "
                + "stores.&lt;s&gt;.max-pages (or the run's max-discovery-pages) while its last page still brought new "
                + "apps: more paging or wider sweeps may find apps this audit did not see.</p>\n").toString();
    }

    /** A listing field as a reader knows it. */
    static String field(String name) {
        return switch (name) {
            case "filing_number" -> "filing number (备案号)";
            case "hash_md5" -> "file MD5";
            case "hash_sha256" -> "file SHA-256";
            case "signing_cert" -> "signing certificate";
            case "privacy_policy" -> "privacy-policy link";
            case "target_sdk" -> "target SDK";
            case "updated_at" -> "update date";
            case "download_control" -> "download control";
            default -> name.replace('_', ' ');
        };
    }

    private static String td(long n, boolean badWhenPositive) {
        return "<td" + (badWhenPositive && n > 0 ? " class=\"bad\"" : "") + ">" + Format.count(n) + "</td>";
    }

    private static String platform(List<StoreRates> stores) {
        StringBuilder h = new StringBuilder("<h3>Platform-level observations: what a store's pages do not show</h3>\n"
                + "<p>When a disclosure was found on almost none of a store's audited apps this quarter (under "
                + "checks.shown-threshold, measured share in brackets), the store does not show it: that is the "
                + "platform's observation, not each app's problem. The checks needing it are unknown in that store "
                + "and are not counted in its rate.</p>\n<table class=\"list\">\n<thead><tr><th>Store</th>"
                + "<th>Not shown (measured share)</th><th>Checks therefore unknown</th></tr></thead>\n<tbody>\n");
        for (StoreRates s : stores) {
            h.append("<tr><td>").append(Escape.html(s.storeName())).append("</td><td>")
                    .append(s.platform().notShown().isEmpty() ? "—"
                            : Escape.html(String.join(", ", s.platform().notShown().stream()
                            .map(n -> field(n.field()) + " (" + Format.pct(n.share()) + " of " + n.evaluated() + ")")
                            .toList()))).append("</td><td>")
                    .append(s.platform().checksUnknown().isEmpty() ? "—"
                            : Escape.html(String.join(", ", s.platform().checksUnknown()))).append("</td></tr>\n");
        }
        return h.append("</tbody></table>\n").toString();
    }
}
