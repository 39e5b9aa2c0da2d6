package io.appaudit.indexer.checks.history;

import io.appaudit.indexer.checks.CheckId;

/** Z3: the download fails: no download control of the snapshot delivered anything, and one failed. */
public final class DeadDownloadCheck extends FailedProbeCheck {

    static final String KIND = "download";

    public DeadDownloadCheck() {
        super(CheckId.Z3, KIND);
    }
}
