package io.appaudit.crawler.apk;

import java.util.List;

/**
 * Who signed an APK: the schemes found (v1, v2, v3, v3.1), the signer certificates' SHA-256 (lower-case hex) of the
 * scheme the newest platform verifies, and the v3 proof-of-rotation lineage (oldest first) when present.
 */
record Signers(List<String> schemes, List<String> signerSha256, List<String> lineageSha256) {

    static final Signers NONE = new Signers(List.of(), List.of(), List.of());

    Signers {
        schemes = List.copyOf(schemes);
        signerSha256 = List.copyOf(signerSha256);
        lineageSha256 = List.copyOf(lineageSha256);
    }
}
