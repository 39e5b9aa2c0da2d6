package io.appaudit.stores.tencent;

import io.appaudit.stores.ParseProblem;
import io.appaudit.stores.kit.ReplyTriage;
import java.util.Optional;

/** What a response says before its content is read: its status, and whether it is a block or "not found" page. */
final class PageSignals {

    /** sj.qq.com's title for a package it does not have ("找不到该应用"). */
    static final String NOT_FOUND_TITLE = "找不到";

    /**
     * The common markers (which match TCaptcha and turing.captcha) plus the words of Tencent's verification pages and
     * rate-limit notices. Read only where the expected
     * data is absent, so that a description mentioning 验证码 never turns a real listing into a block.
     */
    static final ReplyTriage TRIAGE = ReplyTriage.withExtraMarkers("滑块", "访问受限", "access denied");

    private PageSignals() {
    }

    /** The problem kind a status carries, when the status alone rules out reading the body; empty for 2xx. */
    static Optional<ParseProblem.Kind> statusProblem(int status) {
        return ReplyTriage.statusKind(status);
    }

    /** True for the statuses that mean "the store does not have this page". */
    static boolean notFoundStatus(int status) {
        return status == 404 || status == 410;
    }

    /** True when the text looks like a captcha, verification or rate-limit page. */
    static boolean looksBlocked(String text) {
        return TRIAGE.looksBlocked(text);
    }
}
