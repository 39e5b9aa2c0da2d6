package io.appaudit.crawler.schedule;

import io.appaudit.crawler.config.AppauditConfig;
import io.appaudit.crawler.lookup.BatchSightings;
import io.appaudit.crawler.lookup.LookupSession;
import io.appaudit.crawler.lookup.NoticeBook;
import io.appaudit.crawler.lookup.NoticeFollow;
import io.appaudit.indexer.checks.ListingChecks;
import io.appaudit.indexer.docs.CrawlRunOutcome;
import io.appaudit.indexer.notices.CrawlSightings;
import io.appaudit.indexer.notices.NoticeBatch;
import io.appaudit.stores.StoreId;
import java.io.IOException;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scheduled follow-up of the imported notice batches: each batch not yet settled (its deadline passed and every
 * app removed, rectified or not listed in every store, by its stored look-ups and the crawls' snapshots) is looked up
 * as {@code appaudit notice status} does, in every enabled store; a settled batch is skipped. Recorded in the job
 * store.
 */
public final class ScheduledNoticeFollow {

    static final String JOB = ScheduleKeys.NOTICES.getName();
    private static final Logger log = LoggerFactory.getLogger(ScheduledNoticeFollow.class);

    private final AppauditConfig config;
    private final SharedElastic elastic;
    private final Supplier<ListingChecks> checks;
    private final JobRuns runs;
    private final String instanceId;
    private final String host;

    ScheduledNoticeFollow(AppauditConfig config, SharedElastic elastic, Supplier<ListingChecks> checks, JobRuns runs,
                          String instanceId, String host) {
        this.config = config;
        this.elastic = elastic;
        this.checks = checks;
        this.runs = runs;
        this.instanceId = instanceId;
        this.host = host;
    }

    /**
     * The imported batches still to follow at {@code now}: those not settled by their stored look-ups and the crawls'
     * snapshots.
     */
    static List<NoticeBatch> due(BatchSightings sightings, Instant now) throws IOException {
        List<NoticeBatch> out = new ArrayList<>();
        for (NoticeBatch b : sightings.book().batches()) {
            if (!NoticeFollow.settledByStoredLookups(b, sightings.of(b), now)) {
                out.add(b);
            }
        }
        return out;
    }

    /** Follows the batches due now; returns the recorded outcome. */
    public CrawlRunOutcome run(Firing firing) throws SQLException {
        JobRun run = runs.begin(JOB, firing, instanceId, host);
        try {
            NoticeBook book = new NoticeBook(config.dataDir());
            BatchSightings sightings = new BatchSightings(book, new CrawlSightings(elastic.session().connection(),
                    elastic.session().layout()));
            List<NoticeBatch> batches = due(sightings, Instant.now());
            int imported = book.batches().size();
            if (!batches.isEmpty()) {
                List<StoreId> stores = Arrays.stream(StoreId.values()).filter(s -> config.store(s).enabled())
                        .toList();
                try (LookupSession session = new LookupSession(config, elastic.session(), stores, checks.get())) {
                    for (NoticeBatch b : batches) {
                        new NoticeFollow(sightings).status(b, session);
                    }
                }
            }
            String detail = batches.size() + " of " + imported + " imported batch(es) followed, "
                    + (imported - batches.size()) + " settled and skipped";
            log.info("Notice follow-up: {}", detail);
            runs.end(run, CrawlRunOutcome.COMPLETED, Optional.empty(), detail);
            return CrawlRunOutcome.COMPLETED;
        } catch (IOException | RuntimeException e) {
            String reason = e.getMessage() == null ? e.toString() : e.getMessage();
            log.error("Notice follow-up failed: {}", reason);
            runs.end(run, CrawlRunOutcome.FAILED, Optional.empty(), reason);
            return CrawlRunOutcome.FAILED;
        }
    }
}
