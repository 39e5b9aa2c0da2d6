package io.appaudit.indexer.report;

import io.appaudit.indexer.ElasticConnection;
import io.appaudit.indexer.checks.CheckContext;
import io.appaudit.indexer.docs.Quarter;
import io.appaudit.indexer.layout.IndexLayout;
import io.appaudit.indexer.rates.QuarterRates;
import io.appaudit.indexer.rates.RatesService;
import java.io.IOException;
import java.time.Instant;

/**
 * Reads what a quarter's report shows: the rates from {@link RatesService} (so the report's numbers are the rates
 * command's), and around them, by aggregations and paged searches, the days since update, the trend, the crawl
 * runs, the developers with most problems, and the evidence appendix.
 */
public final class ReportReader {

    /** Developers shown in the chart of those with most problems. */
    static final int TOP_DEVELOPERS = 10;

    private final ElasticConnection es;
    private final IndexLayout layout;
    private final CheckContext context;
    private final ReportConfig config;

    public ReportReader(ElasticConnection es, IndexLayout layout, CheckContext context, ReportConfig config) {
        this.es = es;
        this.layout = layout;
        this.context = context;
        this.config = config;
    }

    /** The numbers of the quarter's report (the rates fail as the rates command does when the findings are stale). */
    public ReportData read(Quarter quarter, Instant generatedAt) throws IOException {
        QuarterRates rates = new RatesService(es, layout, context).compute(quarter);
        return new ReportData(quarter.toString(), generatedAt, rates,
                new ListedApps(es, layout).ages(quarter, context.config().staleBuckets()),
                new TrendReader(es, layout).read(rates, config.trendQuarters()),
                new CrawlHealthReader(es, layout).read(quarter),
                new DeveloperReader(es, layout).read(quarter, TOP_DEVELOPERS),
                context.config().failureSpacing().getSeconds(),
                new ApkReadsReader(es, layout).read(quarter));
    }

    /** The quarter's flagged apps with their evidence, read page by page as the writer asks. */
    public FlaggedApps evidence(Quarter quarter) {
        return new EvidenceReader(es, layout, quarter);
    }
}
