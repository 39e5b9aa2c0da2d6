package io.appaudit.stores.kit;

import io.appaudit.stores.ParseProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What any store reply says before its content is read, decided once for all stores: a status the store refuses
 * with (403 and 429 push a crawler away: {@link ParseProblem.Kind#BLOCKED}), any other status outside 2xx
 * ({@link ParseProblem.Kind#HTTP_STATUS}), and whether a text reads like a captcha, verification or rate-limit page.
 *
 * <p>The words are {@link #COMMON_MARKERS}, the ones every store's verification pages were seen to use, plus the
 * store-specific extras an adapter passes in as data ({@link #withExtraMarkers}). Markers match case-insensitively.
 * They are meant for replies that are not the expected data: an app's description may well mention 验证码.
 */
public final class ReplyTriage {

    /** Words of the captcha, verification and rate-limit pages all five Chinese stores put in front of crawlers. */
    public static final List<String> COMMON_MARKERS = List.of("captcha", "验证码", "安全验证", "人机验证",
            "访问过于频繁", "请求过于频繁");

    private final List<String> markers;

    private ReplyTriage(List<String> markers) {
        this.markers = List.copyOf(markers);
    }

    /** The common markers plus a store's own (lower-cased here; blank extras are refused). */
    public static ReplyTriage withExtraMarkers(String... extras) {
        List<String> all = new ArrayList<>(COMMON_MARKERS);
        for (String extra : extras) {
            if (extra == null || extra.isBlank()) {
                throw new IllegalArgumentException("a block marker must not be blank");
            }
            String lower = extra.toLowerCase(Locale.ROOT);
            if (!all.contains(lower)) {
                all.add(lower);
            }
        }
        return new ReplyTriage(all);
    }

    /** Every marker this triage matches, common ones first. */
    public List<String> markers() {
        return markers;
    }

    /** True for 2xx. */
    public static boolean isSuccess(int status) {
        return status >= 200 && status < 300;
    }

    /** True for the statuses a store refuses a crawler with: 403 Forbidden and 429 Too Many Requests. */
    public static boolean isRefusal(int status) {
        return status == 403 || status == 429;
    }

    /** The problem a status stands for: empty for 2xx, BLOCKED for 403/429, HTTP_STATUS for any other. */
    public static Optional<ParseProblem.Kind> statusKind(int status) {
        if (isSuccess(status)) {
            return Optional.empty();
        }
        return Optional.of(isRefusal(status) ? ParseProblem.Kind.BLOCKED : ParseProblem.Kind.HTTP_STATUS);
    }

    /** True when the text contains one of the markers (case-insensitively). */
    public boolean looksBlocked(String text) {
        if (text == null) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (String marker : markers) {
            if (lower.contains(marker)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the text is a block page: it does not start like JSON and contains a marker. A truncated JSON reply
     * that quotes 验证码 in an app's introduction is not one.
     */
    public boolean looksLikeBlockPage(String text) {
        return text != null && !looksLikeJson(text) && looksBlocked(text);
    }

    /** True when the text starts like JSON (an object or an array) rather than HTML or prose. */
    public static boolean looksLikeJson(String text) {
        String t = text.stripLeading();
        return t.startsWith("{") || t.startsWith("[");
    }
}
