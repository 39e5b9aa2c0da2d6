package io.appaudit.indexer.checks.listing;

import io.appaudit.indexer.checks.CheckContext;
import io.appaudit.indexer.checks.CheckId;
import io.appaudit.indexer.checks.ListingCheck;
import io.appaudit.indexer.checks.Notices.Notice;
import io.appaudit.indexer.checks.Outcome;
import io.appaudit.indexer.docs.ListingDocument;
import io.appaudit.stores.StoreId;
import java.util.Optional;

/** Z5: the app is still listed after the deadline of a take-down notice in the notice file. */
public final class NoticeDeadlineCheck implements ListingCheck {

    @Override
    public CheckId id() {
        return CheckId.Z5;
    }

    @Override
    public Outcome evaluate(ListingDocument listing, CheckContext context) {
        if (!context.notices().present()) {
            return Outcome.unknown("no notice file (checks.notice-file)");
        }
        Optional<Notice> notice = context.notices().lookup(StoreId.of(listing.store()), listing.packageName());
        if (notice.isEmpty() || !listing.timestamp().isAfter(notice.get().deadline())) {
            return Outcome.passed();
        }
        Notice n = notice.get();
        return Outcome.failed(Outcome.values("deadline", n.deadlineText(),
                "notice", n.reference().isEmpty() ? null : n.reference(),
                "notice_file_line", Integer.toString(n.line()), "crawled_at", listing.timestamp().toString()));
    }
}
