package io.appaudit.crawler.evidence;

import io.appaudit.stores.EvidenceRef;
import java.util.Objects;

/**
 * Where one captured response is: the WARC file (a name inside the store's evidence folder), the byte offset of its
 * response record, the record's id and the SHA-256 of the payload as the server sent it (content-coded, without
 * transfer chunking).
 */
public record WarcLocation(String file, long offset, String recordId, String payloadSha256) {

    public WarcLocation {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(payloadSha256, "payloadSha256");
        if (file.isBlank() || file.contains("/") || file.contains("\\")) {
            throw new IllegalArgumentException("WARC file must be a plain file name, was '" + file + "'");
        }
        if (offset < 0) {
            throw new IllegalArgumentException("WARC offset must not be negative, was " + offset);
        }
    }

    /** The listing model's reference to this record. */
    public EvidenceRef toRef() {
        return new EvidenceRef(file, recordId, payloadSha256);
    }
}
