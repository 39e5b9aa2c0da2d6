package io.appaudit.stores;

import java.util.Locale;
import java.util.Objects;

/** A hash a store publishes for a listing's package, with its kind: only like kinds are compared. */
public record Hash(Kind kind, String value) {

    /** What was hashed, and how. */
    public enum Kind {
        /** MD5 of the APK file. */
        MD5,
        /** SHA-256 of the APK file. */
        SHA256,
        /** Digest of the signing certificate (for example Xiaomi's {@code releaseKeyHash}). */
        SIGNING_CERT
    }

    public Hash {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        value = value.trim().toLowerCase(Locale.ROOT);
        if (value.isEmpty()) {
            throw new IllegalArgumentException("Empty " + kind + " hash: leave an unknown hash out instead");
        }
    }
}
