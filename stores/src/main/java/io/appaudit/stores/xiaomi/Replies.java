package io.appaudit.stores.xiaomi;

import io.appaudit.stores.ParseProblem;
import io.appaudit.stores.StoreId;
import io.appaudit.stores.StoreResponse;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** What any Xiaomi reply can say before its content is read: a refusal, a status, a verification page. */
final class Replies {

    /** Words of the verification and rate-limit pages public crawlers met on app.mi.com. */
    private static final List<String> BLOCK_MARKERS = List.of("验证码", "安全验证", "人机验证", "滑动验证",
            "访问过于频繁", "请求过于频繁", "captcha", "access denied");

    /** An Android package name: dot-separated segments, each a letter then letters, digits or underscores. */
    private static final Pattern PACKAGE = Pattern.compile("[A-Za-z][A-Za-z0-9_]*(?:\\.[A-Za-z][A-Za-z0-9_]*)+");

    /** Android caps package names far below this; longer strings are not package names. */
    private static final int MAX_PACKAGE_LENGTH = 255;

    private Replies() {
    }

    /** A problem for a status the adapter has no reading for (403/429 mean the store is pushing us away). */
    static Optional<ParseProblem> statusProblem(StoreResponse response, String subject, String sourceUrl) {
        int status = response.status();
        if (status >= 200 && status < 300) {
            return Optional.empty();
        }
        ParseProblem.Kind kind = status == 403 || status == 429 ? ParseProblem.Kind.BLOCKED
                : ParseProblem.Kind.HTTP_STATUS;
        return Optional.of(new ParseProblem(StoreId.XIAOMI, subject, sourceUrl, kind, List.of(),
                "HTTP " + status + " from " + sourceUrl));
    }

    /** True when the text reads like a captcha, verification or rate-limit page. */
    static boolean looksBlocked(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return BLOCK_MARKERS.stream().anyMatch(lower::contains);
    }

    /** True when the text starts like JSON rather than HTML. */
    static boolean looksLikeJson(String text) {
        String t = text.stripLeading();
        return t.startsWith("{") || t.startsWith("[");
    }

    static boolean isPackageName(String s) {
        return s != null && s.length() <= MAX_PACKAGE_LENGTH && PACKAGE.matcher(s).matches();
    }
}
