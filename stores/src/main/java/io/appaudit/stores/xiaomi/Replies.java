package io.appaudit.stores.xiaomi;

import io.appaudit.stores.ParseProblem;
import io.appaudit.stores.StoreId;
import io.appaudit.stores.StoreResponse;
import io.appaudit.stores.kit.ReplyTriage;
import java.util.List;
import java.util.Optional;

/** What any Xiaomi reply can say before its content is read: a refusal, a status, a verification page. */
final class Replies {

    /** The common markers plus the words of the verification pages public crawlers met on app.mi.com. */
    static final ReplyTriage TRIAGE = ReplyTriage.withExtraMarkers("滑动验证", "access denied");

    private Replies() {
    }

    /** A problem for a status the adapter has no reading for (403/429 mean the store is pushing us away). */
    static Optional<ParseProblem> statusProblem(StoreResponse response, String subject, String sourceUrl) {
        int status = response.status();
        return ReplyTriage.statusKind(status).map(kind -> new ParseProblem(StoreId.XIAOMI, subject, sourceUrl, kind,
                List.of(), "HTTP " + status + " from " + sourceUrl));
    }

    /** True when the text reads like a captcha, verification or rate-limit page. */
    static boolean looksBlocked(String text) {
        return TRIAGE.looksBlocked(text);
    }

    /** True when the text starts like JSON rather than HTML. */
    static boolean looksLikeJson(String text) {
        return ReplyTriage.looksLikeJson(text);
    }
}
