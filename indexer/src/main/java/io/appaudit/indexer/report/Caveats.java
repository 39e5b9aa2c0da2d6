package io.appaudit.indexer.report;

import io.appaudit.indexer.rates.QuarterRates.CheckRates;
import io.appaudit.indexer.rates.QuarterRates.StoreRates;
import io.appaudit.indexer.report.ReportData.CrawlHealth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What a reader should know before trusting a store's figures: little data, unhealthy crawls, unknown checks. */
final class Caveats {

    /** Fewer audited apps than this make an interval too wide to compare stores by. */
    static final long FEW_APPS = 30;
    /** A check evaluated for less than this share of the audited apps rests on part of the store only. */
    static final double LOW_COVERAGE = 0.5;

    /** One note; a serious one is marked in the report. */
    record Caveat(String text, boolean serious) {
    }

    private Caveats() {
    }

    static List<Caveat> of(StoreRates s, Optional<CrawlHealth> health) {
        List<Caveat> out = new ArrayList<>();
        if (s.audited() == 0) {
            out.add(new Caveat("no app audited", true));
        } else if (s.audited() < FEW_APPS) {
            out.add(new Caveat("only " + Format.count(s.audited(), "app", "apps") + " audited: wide interval", true));
        }
        if (health.isEmpty()) {
            out.add(new Caveat("no crawl run recorded", false));
        }
        health.ifPresent(h -> {
            if (h.unhealthyRuns() > 0) {
                out.add(new Caveat("crawl unhealthy in " + h.unhealthyRuns() + " of " + h.runs() + " runs", true));
            }
            if (h.failed() + h.interrupted() > 0) {
                out.add(new Caveat((h.failed() + h.interrupted()) + " of " + h.runs()
                        + " runs failed or interrupted", true));
            }
            if (h.parseProblems() > 0) {
                out.add(new Caveat(Format.count(h.parseProblems()) + (h.parseProblems() == 1 ? " page" : " pages")
                        + " not parsed" + (h.pages() > 0 ? String.format(Locale.ROOT, " (%.1f %%)",
                        100.0 * h.parseProblems() / h.pages()) : ""), false));
            }
            if (h.blockedResponses() > 0) {
                out.add(new Caveat(Format.count(h.blockedResponses()) + " responses blocked", true));
            }
        });
        List<String> low = s.checks().stream().filter(c -> !s.platform().checksUnknown().contains(c.check()))
                .filter(Caveats::lowCoverage).map(CheckRates::check).toList();
        if (!low.isEmpty()) {
            out.add(new Caveat("under half covered: " + String.join(", ", low), false));
        }
        if (!s.platform().checksUnknown().isEmpty()) {
            out.add(new Caveat("not shown by the store: " + String.join(", ", s.platform().checksUnknown())
                    + " unknown", false));
        }
        return out;
    }

    static boolean lowCoverage(CheckRates c) {
        return c.coverage().rate() != null && c.coverage().rate() < LOW_COVERAGE;
    }
}
