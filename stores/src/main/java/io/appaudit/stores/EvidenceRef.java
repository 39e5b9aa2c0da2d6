package io.appaudit.stores;

import java.util.Objects;

/** Where the exchange that proves a listing is kept: a WARC file, its response record, and the payload digest. */
public record EvidenceRef(String warcFile, String recordId, String payloadSha256) {

    public EvidenceRef {
        Objects.requireNonNull(warcFile, "warcFile");
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(payloadSha256, "payloadSha256");
    }
}
