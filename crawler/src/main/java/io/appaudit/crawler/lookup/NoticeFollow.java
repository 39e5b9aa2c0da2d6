package io.appaudit.crawler.lookup;

import io.appaudit.indexer.notices.FollowUp;
import io.appaudit.indexer.notices.NoticeBatch;
import io.appaudit.indexer.notices.NoticeBatch.NamedApp;
import io.appaudit.indexer.notices.Sighting;
import io.appaudit.stores.StoreId;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Follows a notice batch: looks up each of its apps now (resolving names as {@code lookup} does), records what each
 * store showed, and reads every app's state per store from all the look-ups made so far and the crawls' snapshots
 * since the batch's date ({@link BatchSightings}).
 */
public final class NoticeFollow {

    /** One app of a batch: how the look-up went now, and its state per store over all look-ups. */
    public record AppStatus(NamedApp app, LookupEntry now, List<StoreState> stores) {
    }

    /** One store's state for one app. */
    public record StoreState(StoreId store, FollowUp followUp) {
    }

    private final BatchSightings sightings;

    public NoticeFollow(BatchSightings sightings) {
        this.sightings = sightings;
    }

    public List<AppStatus> status(NoticeBatch batch, LookupSession session) throws IOException {
        LookupRun run = new LookupRun(session);
        List<LookupEntry> entries = new ArrayList<>();
        List<NoticeBook.Entry> seen = new ArrayList<>();
        for (NamedApp app : batch.apps()) {
            LookupEntry e = run.one(new LookupRequest(app.packageName(), app.name(), app.developer()));
            entries.add(e);
            for (StoreAnswer a : e.answers()) {
                seen.add(new NoticeBook.Entry(app.line(), a.store(), a.packageName(), new Sighting(Instant.now(),
                        presence(a.status()), a.checksFailed(), a.checksPassed())));
            }
        }
        session.flush();
        sightings.book().record(batch.id(), seen);
        List<NoticeBook.Entry> all = sightings.of(batch);
        List<AppStatus> out = new ArrayList<>();
        for (int i = 0; i < batch.apps().size(); i++) {
            NamedApp app = batch.apps().get(i);
            List<StoreState> states = new ArrayList<>();
            for (StoreAnswer a : entries.get(i).answers()) {
                List<Sighting> history = all.stream().filter(x -> x.appLine() == app.line()
                        && x.store() == a.store() && x.packageName().equals(a.packageName()))
                        .map(NoticeBook.Entry::sighting).toList();
                states.add(new StoreState(a.store(), FollowUp.of(history, app.problem())));
            }
            out.add(new AppStatus(app, entries.get(i), states));
        }
        return out;
    }

    /** True when the deadline has passed and every app is settled in every store asked. */
    public static boolean settled(NoticeBatch batch, List<AppStatus> statuses, Instant now) {
        return now.isAfter(batch.deadline()) && statuses.stream().allMatch(s -> !s.stores().isEmpty()
                && s.stores().stream().allMatch(x -> x.followUp().state().settled()));
    }

    /**
     * The same decision from the stored sightings alone (no store asked): the deadline has passed, and every app has
     * been seen in at least one store and is settled in each store its look-ups or the crawls met.
     *
     * @param sightings the batch's look-up and crawl sightings ({@link BatchSightings#of})
     */
    public static boolean settledByStoredLookups(NoticeBatch batch, List<NoticeBook.Entry> sightings, Instant now) {
        return now.isAfter(batch.deadline()) && NoticeFollowUps.of(batch, sightings).apps().stream()
                .allMatch(a -> !a.stores().isEmpty()
                        && a.stores().stream().allMatch(s -> s.followUp().state().settled()));
    }

    static Sighting.Presence presence(LookupStatus status) {
        return switch (status) {
            case LISTED -> Sighting.Presence.LISTED;
            case NOT_LISTED -> Sighting.Presence.GONE;
            case NOT_FOUND_BY_SEARCH -> Sighting.Presence.NOT_FOUND;
            case UNKNOWN -> Sighting.Presence.UNKNOWN;
        };
    }
}
