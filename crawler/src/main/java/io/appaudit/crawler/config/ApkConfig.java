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
            throw new ConfigException("apk.max-requests must be at least 1 (it is " + maxRequests + ")");
        }
        if (maxBytes < 64 * 1024) {
            throw new ConfigException("apk.max-bytes must be at least 64kb, the end of a zip (it is " + maxBytes
                    + ")");
        }
    }

    static ApkConfig from(Settings s) {
        return new ApkConfig(s.bool("apk.enabled"), s.integer("apk.max-requests"), s.bytes("apk.max-bytes"));
    }
}
