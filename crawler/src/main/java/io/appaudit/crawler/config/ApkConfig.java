package io.appaudit.crawler.config;

/**
 * Reading the APK a download control delivers, by byte ranges (docs/apk.md).
 *
 * @param enabled     apk.enabled: read the APK at the end of each download probe that ends at one
 * @param maxRequests apk.max-requests: range requests one APK may take (retries and redirect hops included)
 * @param maxBytes    apk.max-bytes: bytes one APK may take over all its range requests
 */
public record ApkConfig(boolean enabled, int maxRequests, long maxBytes) {

    public ApkConfig {
        if (maxRequests < 1) {
            throw ConfigException.below("apk.max-requests", maxRequests, 1);
        }
        if (maxBytes < 64 * 1024) {
            throw ConfigException.below("apk.max-bytes", ValueText.size(maxBytes), "64kb (the end of a zip)");
        }
    }

    static ApkConfig from(Settings s, String prefix) {
        String p = prefix + ".";
        return new ApkConfig(s.bool(p + "enabled"), s.integer(p + "max-requests"), s.bytes(p + "max-bytes"));
    }
}
