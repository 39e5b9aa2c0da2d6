package io.appaudit.crawler.apk;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What an APK's AndroidManifest.xml declares that the audit reads. */
record Manifest(String packageName, Optional<Long> versionCode, Optional<String> versionName,
                Optional<Integer> minSdk, Optional<Integer> targetSdk, List<String> permissions) {

    Manifest {
        Objects.requireNonNull(packageName, "packageName");
        Objects.requireNonNull(versionCode, "versionCode");
        Objects.requireNonNull(versionName, "versionName");
        Objects.requireNonNull(minSdk, "minSdk");
        Objects.requireNonNull(targetSdk, "targetSdk");
        permissions = List.copyOf(permissions);
    }
}
