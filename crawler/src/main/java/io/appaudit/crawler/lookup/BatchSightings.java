package io.appaudit.crawler.lookup;

import io.appaudit.indexer.notices.CrawlSightings;
import io.appaudit.indexer.notices.NoticeBatch;
import io.appaudit.indexer.notices.NoticeBatch.NamedApp;
import io.appaudit.stores.StoreId;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything seen of a batch's apps, in time order: the look-ups {@code notice status} stored, and the crawls' own
 * snapshots of the batch's packages (the packages the notice gives, and those its look-ups resolved names to) since
 * the start of the batch's publication day, China time. Every surface (notice status, the scheduled follow-up, the
 * report) reads a batch's states from this one list, so they agree.
 */
public final class BatchSightings {

    private final NoticeBook book;
    private final CrawlSightings crawls;

    public BatchSightings(NoticeBook book, CrawlSightings crawls) {
        this.book = book;
        this.crawls = crawls;
    }

    public NoticeBook book() {
        return book;
    }

    /** The batch's look-up and crawl sightings, oldest first. */
    public List<NoticeBook.Entry> of(NoticeBatch batch) throws IOException {
        List<NoticeBook.Entry> lookups = book.sightings(batch.id());
        Map<String, Set<Integer>> linesByPackage = new LinkedHashMap<>();
        for (NamedApp app : batch.apps()) {
            app.packageName().ifPresent(p -> linesByPackage.computeIfAbsent(p, k -> new LinkedHashSet<>())
                    .add(app.line()));
        }
        for (NoticeBook.Entry e : lookups) {
            if (!e.packageName().isEmpty()) {
                linesByPackage.computeIfAbsent(e.packageName(), k -> new LinkedHashSet<>()).add(e.appLine());
            }
        }
        List<NoticeBook.Entry> out = new ArrayList<>(lookups);
        Instant from = batch.published().atStartOfDay(StoreId.CHINA).toInstant();
        for (CrawlSightings.Seen s : crawls.read(linesByPackage.keySet(), from)) {
            for (int line : linesByPackage.getOrDefault(s.packageName(), Set.of())) {
                out.add(new NoticeBook.Entry(line, s.store(), s.packageName(), s.sighting()));
            }
        }
        out.sort(Comparator.comparing((NoticeBook.Entry e) -> e.sighting().at()));
        return out;
    }
}
