package io.appaudit.crawler.config;

/**
 * When a store's crawl is given up as unreachable, and when a run counts as healthy.
 *
 * @param unreachableAfter crawl.unreachable-after: this many connection failures in a row with the store's own hosts
 *                         (no answer at all: unknown host, refused, TLS handshake, connect timeout) stop the store
 * @param maxErrorShare    crawl.max-error-share: a run is healthy only while the pages that could not be fetched
 *                         stay at or under this share of the pages tried (0.10 = 10 %)
 */
public record CrawlHealthConfig(int unreachableAfter, double maxErrorShare) {

    public CrawlHealthConfig {
        if (unreachableAfter < 1) {
            throw ConfigException.below("crawl.unreachable-after", unreachableAfter, 1);
        }
        if (!(maxErrorShare >= 0 && maxErrorShare <= 1)) {
            throw new ConfigException("crawl.max-error-share: " + maxErrorShare + " is outside 0 to 1 (a share between "
                    + "0 and 1, or a percentage such as 10%)");
        }
    }

    /** Reads {@code <prefix>.unreachable-after} and {@code <prefix>.max-error-share} (a share, or a percentage). */
    static CrawlHealthConfig from(Settings s, String prefix) {
        String share = s.string(prefix + ".max-error-share").trim();
        double value;
        try {
            value = share.endsWith("%") ? Double.parseDouble(share.substring(0, share.length() - 1).trim()) / 100
                    : Double.parseDouble(share);
        } catch (NumberFormatException e) {
            throw new ConfigException(prefix + ".max-error-share: '" + share + "' is not a share (0.10) or a percentage "
                    + "(10%)");
        }
        if (!Double.isFinite(value)) {
            throw new ConfigException(prefix + ".max-error-share: " + share + " is not a finite number");
        }
        return new CrawlHealthConfig(s.integer(prefix + ".unreachable-after"), value);
    }
}
