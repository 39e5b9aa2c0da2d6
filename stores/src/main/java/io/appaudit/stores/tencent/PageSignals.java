package io.appaudit.stores.tencent;

import io.appaudit.stores.ParseProblem;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What a response says before its content is read: its status, and whether it is a block or "not found" page. */
final class PageSignals {

    /** sj.qq.com's title for a package it does not have ("找不到该应用"). */
    static final String NOT_FOUND_TITLE = "找不到";

    /**
     * Words of Tencent's verification pages (TCaptcha, 安全验证) and rate-limit notices. Read only where the expected
     * data is absent, so that a description mentioning 验证码 never turns a real listing into a block.
     */
    private static final List<String> BLOCK_MARKERS = List.of("tcaptcha", "captcha", "turing.captcha", "验证码",
            "安全验证", "人机验证", "滑块", "访问过于频繁", "请求过于频繁", "访问受限", "access denied");

    private PageSignals() {
    }

    /** The problem kind a status carries, when the status alone rules out reading the body; empty for 2xx. */
    static Optional<ParseProblem.Kind> statusProblem(int status) {
        if (status >= 200 && status < 300) {
            return Optional.empty();
        }
        if (status == 403 || status == 429) {
            return Optional.of(ParseProblem.Kind.BLOCKED);
        }
        return Optional.of(ParseProblem.Kind.HTTP_STATUS);
    }

    /** True for the statuses that mean "the store does not have this page". */
    static boolean notFoundStatus(int status) {
        return status == 404 || status == 410;
    }

    /** True when the text looks like a captcha, verification or rate-limit page. */
    static boolean looksBlocked(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return BLOCK_MARKERS.stream().anyMatch(lower::contains);
    }
}
