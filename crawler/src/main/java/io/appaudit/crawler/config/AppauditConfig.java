package io.appaudit.crawler.config;

import io.appaudit.crawler.fetch.HostLimiter;
import io.appaudit.indexer.ElasticConfig;
import io.appaudit.indexer.checks.CheckConfig;
import io.appaudit.indexer.report.ReportConfig;
import io.appaudit.stores.StoreId;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The whole configuration, typed and validated once at start-up and passed down by constructor. Built from the
 * shipped defaults, the user's file and, for secrets only, the environment.
 *
 * @param minFreeSpace data.min-free-space: a crawl starts, and writes evidence, only while the data folder's disk
 *                     has this many bytes free
 * @param crawl        crawl.*: when an unreachable store is given up, and when a run is healthy
 * @param apk          apk.*: reading the delivered APKs by byte ranges
 */
public record AppauditConfig(Path dataDir, ElasticConfig elastic, FetchConfig fetch,
                             Map<StoreId, StoreCrawlConfig> stores, CheckConfig checks, ReportConfig report,
                             ScheduleConfig schedule, long minFreeSpace, CrawlHealthConfig crawl,
                             ApkConfig apk) {

    /** Environment variables that carry secrets; nothing else is read from the environment. */
    public static final String ES_API_KEY = "APPAUDIT_ES_API_KEY";
    public static final String ES_USERNAME = "APPAUDIT_ES_USERNAME";
    public static final String ES_PASSWORD = "APPAUDIT_ES_PASSWORD";
    public static final String PROXY_PASSWORD = "APPAUDIT_PROXY_PASSWORD";
    public static final String OPPO_SIGN_KEY = "APPAUDIT_OPPO_SIGN_KEY";
    public static final String OPPO_SIGN_CONSTANT = "APPAUDIT_OPPO_SIGN_CONSTANT";
    public static final String SCHEDULE_JDBC_PASSWORD = "APPAUDIT_SCHEDULE_JDBC_PASSWORD";

    public AppauditConfig {
        stores = Map.copyOf(stores);
    }

    /** Reads and validates the configuration; a wrong key or value fails here, named. */
    public static AppauditConfig load(Settings s, Map<String, String> env, Optional<Path> dataDirOverride) {
        Path configured = expandHome(s.string("data.dir"));
        Path dataDir = dataDirOverride.orElse(configured);
        ElasticConfig elastic = ElasticKeys.from(s, "elastic", env, dataDir);
        Optional<String> proxyPassword = secret(env, PROXY_PASSWORD);
        FetchConfig fetch = FetchConfig.from(s, "fetch", proxyPassword);
        Map<StoreId, StoreCrawlConfig> stores = new EnumMap<>(StoreId.class);
        for (StoreId id : StoreId.values()) {
            stores.put(id, StoreCrawlConfig.from(s, id, proxyPassword, env));
        }
        CheckConfig checks = CheckKeys.from(s, "checks");
        ReportConfig report = new ReportConfig(s.optional("report.out").map(AppauditConfig::expandHome),
                s.integer("report.trend-quarters"));
        ScheduleConfig schedule = ScheduleConfig.from(s, "schedule", "jdbc:h2:file:"
                        + dataDir.resolve("schedule").resolve("quartz").toAbsolutePath() + ";AUTO_SERVER=TRUE",
                secret(env, SCHEDULE_JDBC_PASSWORD));
        long minFreeSpace = s.bytes("data.min-free-space");
        CrawlHealthConfig crawl = CrawlHealthConfig.from(s, "crawl");
        ApkConfig apk = ApkConfig.from(s, "apk");
        s.requireAllUsed();
        return new AppauditConfig(dataDir, elastic, fetch, stores, checks, report, schedule, minFreeSpace, crawl,
                apk);
    }

    /**
     * The same configuration keeping its crawl state, evidence and reports in another folder (Elasticsearch, its
     * embedded node included, and the schedule stay where they were).
     */
    public AppauditConfig withDataDir(Path newDataDir) {
        return new AppauditConfig(newDataDir, elastic, fetch, stores, checks, report, schedule, minFreeSpace, crawl,
                apk);
    }

    /** The same configuration with other Elasticsearch settings. */
    public AppauditConfig withElastic(ElasticConfig newElastic) {
        return new AppauditConfig(dataDir, newElastic, fetch, stores, checks, report, schedule, minFreeSpace, crawl,
                apk);
    }

    /** The store's crawl settings. */
    public StoreCrawlConfig store(StoreId id) {
        return stores.get(id);
    }

    static Optional<String> secret(Map<String, String> env, String name) {
        String v = env.get(name);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.trim());
    }

    static Path expandHome(String p) {
        if (p.equals("~") || p.startsWith("~/")) {
            return Path.of(System.getProperty("user.home") + p.substring(1));
        }
        return Path.of(p);
    }

    /** stores.&lt;s&gt;.max-delay: a duration, or a multiple of the store's delay written {@code 10x} (at least 1 s). */
    static Duration maxDelay(Settings s, String key, Duration delay) {
        String v = s.string(key).trim().toLowerCase(Locale.ROOT);
        if (v.endsWith("x")) {
            try {
                double factor = Double.parseDouble(v.substring(0, v.length() - 1).trim());
                if (factor >= 1 && factor <= 1000) {
                    return HostLimiter.defaultCeiling(delay, factor);
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new ConfigException(key + " is " + v + ": a multiple of the delay must be between 1x and 1000x, "
                    + "or give a duration such as 30s");
        }
        return s.duration(key);
    }
}
