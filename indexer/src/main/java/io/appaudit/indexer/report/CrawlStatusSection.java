package io.appaudit.indexer.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.appaudit.indexer.docs.CrawlRunOutcome;
import io.appaudit.indexer.report.ReportData.CrawlHealth;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The report's first lines when a crawl failed: per store whose latest run of the quarter failed or is unhealthy,
 * why; and when no app was audited at all, that the report has nothing to measure. Shown in the HTML above
 * everything else, and as the first field of report.json ({@code crawl}), which is there in any case.
 */
final class CrawlStatusSection {

    /**
     * The crawl's state as report.json gives it.
     *
     * @param failed  some store's latest run this quarter failed or is unhealthy
     * @param summary one sentence for a person
     * @param stores  every store with a crawl run this quarter: its latest run
     */
    record CrawlStatus(boolean failed, String summary, List<StoreStatus> stores) {
        CrawlStatus {
            Objects.requireNonNull(summary, "summary");
            stores = List.copyOf(stores);
        }
    }

    /** A store's latest crawl run of the quarter; {@code reason} is null for a healthy run. */
    record StoreStatus(String store, String storeName, Instant started, String outcome, boolean healthy,
                       String reason) {
    }

    private final ReportData data;

    CrawlStatusSection(ReportData data) {
        this.data = data;
    }

    CrawlStatus status() {
        List<StoreStatus> stores = data.crawlHealth().stream().map(CrawlStatusSection::latest).toList();
        List<StoreStatus> bad = stores.stream().filter(s -> !s.healthy()).toList();
        boolean nothing = data.rates().totals().audited() == 0;
        String summary;
        if (bad.isEmpty()) {
            summary = stores.isEmpty() ? "No crawl run is recorded for this quarter."
                    : "The latest crawl of every store this quarter is healthy.";
        } else if (nothing) {
            summary = "The crawl failed: no app was audited, so this report has no rates. Why, per store: see below. "
                    + "Without access to the stores, './appaudit demo' shows what the tool does.";
        } else {
            summary = "The latest crawl failed or is unhealthy for " + bad.size() + " of "
                    + Format.count(stores.size(), "store", "stores") + ": their figures may miss apps.";
        }
        return new CrawlStatus(!bad.isEmpty(), summary, stores);
    }

    /** The banner above the report's contents; empty when every store's latest run is healthy. */
    String html() {
        CrawlStatus s = status();
        if (!s.failed()) {
            return "";
        }
        StringBuilder h = new StringBuilder("<section id=\"crawl-status\" class=\"caveat serious\">\n<h2 class=\"bad\">"
                + "The crawl failed <span class=\"zh\">抓取失败</span></h2>\n<p>").append(Escape.html(s.summary()))
                .append("</p>\n<ul>\n");
        for (StoreStatus st : s.stores()) {
            if (!st.healthy()) {
                h.append("<li><b>").append(Escape.html(st.storeName())).append("</b> (")
                        .append(Escape.html(st.started() == null ? "start unknown" : Format.time(st.started())))
                        .append(", ").append(Escape.html(st.outcome())).append("): ")
                        .append(Escape.storeText(st.reason())).append("</li>\n");
            }
        }
        return h.append("</ul>\n</section>\n").toString();
    }

    /** report.json's tree with {@code crawl} first, so that its first lines say whether the crawl failed. */
    static ObjectNode withStatusFirst(ObjectMapper mapper, ReportData data) {
        ObjectNode tree = mapper.createObjectNode();
        tree.set("crawl", mapper.valueToTree(new CrawlStatusSection(data).status()));
        tree.setAll((ObjectNode) mapper.valueToTree(data));
        return tree;
    }

    private static StoreStatus latest(CrawlHealth c) {
        String outcome = c.latestOutcome() == null ? "outcome unknown" : c.latestOutcome();
        boolean healthy = CrawlRunOutcome.COMPLETED.value().equals(c.latestOutcome())
                && !Boolean.FALSE.equals(c.latestHealthy());
        String reason = healthy ? null : c.latestFailureReason() == null || c.latestFailureReason().isBlank()
                ? "the run " + outcome + " without a recorded reason" : c.latestFailureReason();
        return new StoreStatus(c.store(), c.storeName(), c.latestStarted(), outcome, healthy, reason);
    }
}
