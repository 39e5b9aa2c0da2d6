package io.appaudit.crawler.lookup;

import io.appaudit.indexer.notices.FollowUp;
import io.appaudit.indexer.notices.NoticeBatch;
import io.appaudit.indexer.notices.NoticeBatch.NamedApp;
import io.appaudit.indexer.report.ReportData.NoticeApp;
import io.appaudit.indexer.report.ReportData.NoticeFollowUp;
import io.appaudit.indexer.report.ReportData.NoticeStore;
import io.appaudit.stores.StoreId;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The follow-up of every imported notice batch for the report, from the stored look-ups and the crawls' snapshots
 * only (no store is asked): per named app, one state per store and package they met, stores in their usual order.
 */
public final class NoticeFollowUps {

    private NoticeFollowUps() {
    }

    public static List<NoticeFollowUp> read(BatchSightings sightings) throws IOException {
        List<NoticeFollowUp> out = new ArrayList<>();
        for (NoticeBatch b : sightings.book().batches()) {
            out.add(of(b, sightings.of(b)));
        }
        return out;
    }

    static NoticeFollowUp of(NoticeBatch batch, List<NoticeBook.Entry> sightings) {
        List<NoticeApp> apps = new ArrayList<>();
        for (NamedApp app : batch.apps()) {
            Map<String, List<NoticeBook.Entry>> byStore = new LinkedHashMap<>();
            sightings.stream().filter(e -> e.appLine() == app.line())
                    .sorted(java.util.Comparator.comparing((NoticeBook.Entry e) -> e.store().ordinal()))
                    .forEach(e -> byStore.computeIfAbsent(e.store().id() + "\u0000" + e.packageName(),
                            k -> new ArrayList<>()).add(e));
            List<NoticeStore> stores = new ArrayList<>();
            for (List<NoticeBook.Entry> history : byStore.values()) {
                StoreId s = history.get(0).store();
                stores.add(new NoticeStore(s.id(), s.displayName(), history.get(0).packageName(),
                        FollowUp.of(history.stream().map(NoticeBook.Entry::sighting).toList(), app.problem())));
            }
            apps.add(new NoticeApp(app.label(), stores));
        }
        return new NoticeFollowUp(batch.id(), batch.published(), batch.deadline(), batch.deadlineText(), apps);
    }
}
