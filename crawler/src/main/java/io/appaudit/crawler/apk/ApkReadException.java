package io.appaudit.crawler.apk;

import java.util.Objects;

/**
 * Why an APK's facts could not be read: a status of the delivered-APK contract and a reason in
 * words. Never a finding: the checks that read the APK are unknown for the listing.
 */
public final class ApkReadException extends Exception {

    private final String status;

    public ApkReadException(String status, String reason) {
        super(Objects.requireNonNull(reason, "reason"));
        this.status = ApkStatus.requireFailure(status);
    }

    /** One of the failure statuses in {@link ApkStatus}. */
    public String status() {
        return status;
    }

    static ApkReadException notAnApk(String reason) {
        return new ApkReadException(ApkStatus.NOT_AN_APK, reason);
    }

    static ApkReadException unreadable(String reason) {
        return new ApkReadException(ApkStatus.UNREADABLE, reason);
    }
}
