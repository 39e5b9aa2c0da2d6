package io.appaudit.crawler.apk;

import io.appaudit.stores.Hash;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/** The keys an APK read is found again by: what says "this is the same file" without reading it. */
final class ApkKeys {

    private ApkKeys() {
    }

    static List<String> of(String finalUrl, OptionalLong size, Optional<String> etag, Optional<String> lastModified,
                           List<Hash> published) {
        List<String> keys = new ArrayList<>();
        keys.add("url " + finalUrl);
        if (size.isPresent()) {
            etag.filter(e -> !e.isBlank() && !e.startsWith("W/"))
                    .ifPresent(e -> keys.add("etag " + size.getAsLong() + " " + e.trim()));
            lastModified.filter(m -> !m.isBlank())
                    .ifPresent(m -> keys.add("modified " + size.getAsLong() + " " + m.trim()));
        }
        for (Hash h : published) {
            if (h.kind() == Hash.Kind.MD5 || h.kind() == Hash.Kind.SHA256) {
                keys.add(h.kind().name().toLowerCase(Locale.ROOT) + " " + h.value());
            }
        }
        return keys;
    }
}
