package io.appaudit.crawler.config;

import java.util.Locale;

/**
 * When a store's crawl is given up as unreachable, and when a run counts as healthy.
 *
 * @param unreachableAfter  crawl.unreachable-after: this many connection failures in a row with the store's own hosts
 *                          (no answer at all: unknown host, refused, TLS handshake, connect timeout) stop the store
 * @param maxErrorShare     crawl.max-error-share: a run is healthy only while the pages that could not be fetched
 *                          stay at or under this share of the pages tried (0.10 = 10 %)
 * @param endpointGoneShare crawl.endpoint-gone-share: a store whose detail requests answer 404 or 410 at least this
 *                          often (of at least ten) has lost its detail endpoint: unhealthy, and none of its apps is
 *                          recorded as not listed
 * @param parseProblemShare crawl.parse-problem-share: a store whose list or detail pages fail to parse at least this
 *                          often (of at least ten answered) is unhealthy
 */
public record CrawlHealthConfig(int unreachableAfter, double maxErrorShare, double endpointGoneShare,
                                double parseProblemShare) {

    public CrawlHealthConfig {
        if (unreachableAfter < 1) {
            throw ConfigException.below("crawl.unreachable-after", unreachableAfter, 1);
        }
        requireShare("crawl.max-error-share", maxErrorShare);
        requireShare("crawl.endpoint-gone-share", endpointGoneShare);
        requireShare("crawl.parse-problem-share", parseProblemShare);
    }

    /** The shipped shares for the endpoint judgements (50 %), with the given reach and error limits. */
    public CrawlHealthConfig(int unreachableAfter, double maxErrorShare) {
        this(unreachableAfter, maxErrorShare, 0.5, 0.5);
    }

    /** Reads the {@code <prefix>.*} health keys (shares written as a share, 0.10, or a percentage, 10%). */
    static CrawlHealthConfig from(Settings s, String prefix) {
        return new CrawlHealthConfig(s.integer(prefix + ".unreachable-after"), share(s, prefix + ".max-error-share"),
                share(s, prefix + ".endpoint-gone-share"), share(s, prefix + ".parse-problem-share"));
    }

    private static double share(Settings s, String key) {
        String share = s.string(key).trim();
        double value;
        try {
            value = share.endsWith("%") ? Double.parseDouble(share.substring(0, share.length() - 1).trim()) / 100
                    : Double.parseDouble(share);
        } catch (NumberFormatException e) {
            throw new ConfigException(key + ": '" + share + "' is not a share (0.10) or a percentage (10%)");
        }
        if (!Double.isFinite(value)) {
            throw new ConfigException(key + ": " + share + " is not a finite number");
        }
        return value;
    }

    private static void requireShare(String key, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new ConfigException(key + ": " + value + " is outside 0 to 1 (a share between 0 and 1, or a "
                    + "percentage such as 10%)");
        }
    }

    /** {@code 50 %}, {@code 12.5 %}. */
    public static String percent(double share) {
        return String.format(Locale.ROOT, "%.4g", share * 100).replaceAll("\\.?0+$", "") + " %";
    }
}
