package io.appaudit.indexer.checks.history;

import io.appaudit.indexer.checks.CheckId;

/** R4: the privacy-policy link is present but does not lead to a reachable http(s) page. */
public final class PrivacyLinkCheck extends FailedProbeCheck {

    static final String KIND = "privacy_policy";

    public PrivacyLinkCheck() {
        super(CheckId.R4, KIND);
    }
}
