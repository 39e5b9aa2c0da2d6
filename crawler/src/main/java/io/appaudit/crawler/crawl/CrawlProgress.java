package io.appaudit.crawler.crawl;

import io.appaudit.crawler.crawl.CrawlCounters.Count;
import io.appaudit.crawler.evidence.TerminalText;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows how the stores' crawls are going: on a terminal a live line per store, redrawn every second; otherwise a
 * log line per store now and then. At the end, a summary table.
 */
public final class CrawlProgress implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(CrawlProgress.class);
    /** Without a terminal, a progress line per store this often: enough for a log, not a flood. */
    private static final long LOG_EVERY_SECONDS = 30;

    private final List<StoreCrawl> crawls;
    private final Optional<PrintWriter> terminal;
    private final long startedNanos = System.nanoTime();
    private final long[] listingsAtStart;
    private final RecentRate[] rates;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "appaudit-progress");
        t.setDaemon(true);
        return t;
    });
    private int drawn;

    public CrawlProgress(List<StoreCrawl> crawls, Optional<PrintWriter> terminal) {
        this.crawls = List.copyOf(crawls);
        this.terminal = terminal;
        this.listingsAtStart = new long[crawls.size()];
        this.rates = new RecentRate[crawls.size()];
        for (int i = 0; i < rates.length; i++) {
            rates[i] = new RecentRate();
        }
    }

    public void start() {
        for (int i = 0; i < crawls.size(); i++) {
            listingsAtStart[i] = handled(crawls.get(i).counters());
            rates[i].update(startedNanos, listingsAtStart[i]);
        }
        long every = terminal.isPresent() ? 1 : LOG_EVERY_SECONDS;
        timer.scheduleAtFixedRate(this::report, every, every, TimeUnit.SECONDS);
    }

    private synchronized void report() {
        if (terminal.isPresent()) {
            PrintWriter out = terminal.get();
            if (drawn > 0) {
                out.print("\033[" + drawn + "F");
            }
            for (int i = 0; i < crawls.size(); i++) {
                out.print("\033[2K" + line(i) + "\n");
            }
            drawn = crawls.size();
            out.flush();
        } else {
            for (int i = 0; i < crawls.size(); i++) {
                log.info(line(i));
            }
        }
    }

    /**
     * {@code xiaomi  pages 120  listings 100  problems 2  errors 0  1.8 apps/s  ETA ~4m10s}: the rate is the pace of
     * the last minute, and the ETA follows it.
     */
    String line(int i) {
        StoreCrawl c = crawls.get(i);
        CrawlCounters n = c.counters();
        double rate = rates[i].update(System.nanoTime(), handled(n));
        // when the detail endpoint looks gone its 404/410 answers are errors, not apps that are not listed
        Optional<String> gone = c.endpointWarning();
        long errors = n.get(Count.ERRORS) + (gone.isPresent()
                ? n.answers().get(AnswerTally.Endpoint.DETAIL, AnswerTally.AnswerClass.GONE) : 0);
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "%-8s pages %6d  listings %6d  problems %4d  errors %4d  %5.1f apps/s", c.store().id(),
                n.get(Count.PAGES), n.get(Count.LISTINGS), n.get(Count.PARSE_PROBLEMS), errors, rate));
        gone.ifPresent(w -> sb.append("  ").append(w));
        // the total is known when --max-apps bounds the run or the store's lists announce their sizes (whose sum
        // over overlapping lists is an upper bound: hence the ~)
        long announced = n.get(Count.ANNOUNCED_TOTAL);
        long total = c.maxApps() > 0 ? (announced > 0 ? Math.min(announced, c.maxApps()) : c.maxApps()) : announced;
        long remaining = total - handled(n);
        if (total > 0 && rate > 0 && remaining > 0) {
            sb.append("  ETA ~").append(human(Duration.ofSeconds((long) (remaining / rate))));
        }
        return sb.toString();
    }

    /** Listing pages handled, whatever they came to. */
    private static long handled(CrawlCounters n) {
        return n.get(Count.PAGES) - n.get(Count.DISCOVERY_PAGES);
    }

    /** The table printed at the end of a crawl; an unhealthy store's reason column says why. */
    public static String summary(List<StoreOutcome> outcomes) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "%-8s %-11s %7s %8s %9s %10s %8s %6s %8s %9s %7s  %s%n", "store", "outcome", "pages", "listings",
                "unchanged", "not listed", "problems", "errors", "requests", "duration", "healthy", "reason"));
        for (StoreOutcome o : outcomes) {
            CrawlCounters n = o.counts();
            sb.append(String.format(Locale.ROOT, "%-8s %-11s %7d %8d %9d %10d %8d %6d %8d %9s %7s  %s%n",
                    o.store().id(), o.outcome(), n.get(Count.PAGES), n.get(Count.LISTINGS), n.get(Count.UNCHANGED),
                    n.get(Count.NOT_LISTED), n.get(Count.PARSE_PROBLEMS), n.get(Count.ERRORS),
                    n.get(Count.REQUESTS), human(o.duration()), o.healthy() ? "yes" : "NO",
                    TerminalText.escape(o.reason())));
        }
        return sb.toString();
    }

    /**
     * The store's answers per endpoint kind, a line per store after the summary table:
     * {@code xiaomi   list: 2xx 1 | detail: 2xx 9, 404/410 3 | supplement: none | probe: none}, then what became
     * of its "not listed" answers when they were not all recorded.
     */
    public static String answers(List<StoreOutcome> outcomes) {
        StringBuilder sb = new StringBuilder("answers per endpoint (2xx, 3xx, 404/410, 429, other 4xx, 5xx, transport "
                + "failure; parse problem: a page that could not be read)").append(System.lineSeparator());
        for (StoreOutcome o : outcomes) {
            AnswerTally t = o.counts().answers();
            sb.append(String.format(Locale.ROOT, "%-8s", o.store().id()));
            for (AnswerTally.Endpoint e : AnswerTally.Endpoint.values()) {
                sb.append(e.ordinal() == 0 ? " " : " | ").append(e.label()).append(": ").append(t.line(e));
            }
            long held = o.counts().get(Count.NOT_LISTED_HELD);
            long withheld = o.counts().get(Count.NOT_LISTED_WITHHELD);
            if (withheld > 0) {
                sb.append(" | not listed: ").append(withheld).append(" answers not recorded (detail endpoint not "
                        + "healthy)");
            }
            if (held > 0) {
                sb.append(" | not listed: ").append(held).append(" answers held for the resumed run");
            }
            long listOnly = o.counts().get(Count.LIST_ONLY);
            if (listOnly > 0) {
                sb.append(" | list-only: ").append(listOnly).append(" listings built from list items (detail pages "
                        + "not had)");
            }
            sb.append(System.lineSeparator());
        }
        return sb.toString();
    }

    static String human(Duration d) {
        long s = Math.max(0, d.toSeconds());
        if (s >= 3600) {
            return String.format(Locale.ROOT, "%dh%02dm", s / 3600, s % 3600 / 60);
        }
        return s >= 60 ? String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60) : s + "s";
    }

    @Override
    public void close() {
        timer.shutdownNow();
        if (terminal.isPresent()) {
            report();
        }
    }
}
