package io.appaudit.crawler.apk;

import java.util.Objects;

/** What was read of one APK: its manifest and its signers. */
record ApkFacts(Manifest manifest, Signers signers) {

    ApkFacts {
        Objects.requireNonNull(manifest, "manifest");
        Objects.requireNonNull(signers, "signers");
    }
}
