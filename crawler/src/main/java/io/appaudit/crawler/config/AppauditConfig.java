package io.appaudit.crawler.config;

import io.appaudit.crawler.config.FetchConfig.EndpointOverride;
import io.appaudit.crawler.config.FetchConfig.ProxyConfig;
import io.appaudit.crawler.fetch.HostLimiter;
import io.appaudit.indexer.ElasticConfig;
import io.appaudit.indexer.ElasticConfig.EmbeddedSettings;
import io.appaudit.indexer.ElasticConfig.IngestSettings;
import io.appaudit.indexer.checks.CheckConfig;
import io.appaudit.indexer.report.ReportConfig;
import io.appaudit.stores.StoreId;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

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
        ElasticConfig elastic = new ElasticConfig(
                s.list("elastic.urls").stream().map(URI::create).toList(),
                secret(env, ES_API_KEY), secret(env, ES_USERNAME), secret(env, ES_PASSWORD),
                s.optional("elastic.ca-certificate").map(AppauditConfig::expandHome),
                s.string("elastic.index-prefix"), s.duration("elastic.connect-timeout"),
                s.duration("elastic.request-timeout"),
                new EmbeddedSettings(dataDir.resolve("elasticsearch"), s.string("elastic.embedded.version"),
                        s.integer("elastic.embedded.port"), s.string("elastic.embedded.heap"),
                        s.uri("elastic.embedded.repository"), s.string("elastic.embedded.run-as-user"),
                        s.duration("elastic.embedded.start-timeout")),
                new IngestSettings(s.integer("elastic.ingest.max-operations"), s.bytes("elastic.ingest.max-bytes"),
                        s.duration("elastic.ingest.flush-interval"), s.integer("elastic.ingest.max-concurrent-requests"),
                        s.integer("elastic.ingest.max-retries"), s.duration("elastic.ingest.retry-backoff"),
                        s.duration("elastic.ingest.max-outage")));
        Optional<String> proxyPassword = secret(env, PROXY_PASSWORD);
        FetchConfig fetch = new FetchConfig(s.string("fetch.user-agent"), s.duration("fetch.connect-timeout"),
                s.duration("fetch.read-timeout"), s.duration("fetch.call-timeout"), s.bytes("fetch.max-body-size"),
                s.integer("fetch.max-redirects"), s.integer("fetch.max-retries"), s.duration("fetch.retry-backoff"),
                s.duration("fetch.max-retry-after"), s.integer("fetch.block-after"),
                s.bool("fetch.allow-private-addresses"),
                ProxyConfig.parse("fetch.proxy", s.string("fetch.proxy"), proxyPassword),
                s.list("fetch.endpoint-overrides").stream().map(EndpointOverride::parse).toList(),
                s.optional("fetch.replay-base").map(u -> s.uri("fetch.replay-base")), s.bytes("fetch.warc-max-size"),
                s.optional("fetch.ca-certificate").map(AppauditConfig::expandHome));
        Map<StoreId, StoreCrawlConfig> stores = new EnumMap<>(StoreId.class);
        for (StoreId id : StoreId.values()) {
            String p = "stores." + id.id() + ".";
            Optional<StoreCrawlConfig.OppoSigningConfig> signing = Optional.empty();
            if (id == StoreId.OPPO) {
                signing = oppoSigning(s, env);
            }
            stores.put(id, new StoreCrawlConfig(id, s.bool(p + "enabled"), s.duration(p + "delay"),
                    s.integer(p + "concurrency"), s.bool(p + "robots"),
                    ProxyConfig.parse(p + "proxy", s.string(p + "proxy"), proxyPassword),
                    s.optional(p + "user-agent"), s.integer(p + "max-apps"), s.integer(p + "max-pages"),
                    s.integer(p + "page-size"), s.list(p + "categories"), s.list(p + "keywords"),
                    s.string(p + "schedule"), signing, s.integer(p + "max-discovery-pages"),
                    maxDelay(s, p + "max-delay", s.duration(p + "delay"))));
        }
        CheckConfig checks = new CheckConfig(date(s, "checks.filing-required-after"),
                pattern(s, "checks.filing-pattern"), s.integer("checks.stale-days"),
                s.list("checks.stale-buckets").stream().map(b -> parseInt("checks.stale-buckets", b)).toList(),
                s.integer("checks.min-target-sdk"), date(s, "checks.target-sdk-after"),
                s.duration("checks.failure-spacing"), s.list("checks.inducing-words"), s.string("checks.official-word"),
                s.list("checks.fast-download-words"), s.optional("checks.group-file").map(AppauditConfig::expandHome),
                s.optional("checks.registry-file").map(AppauditConfig::expandHome),
                s.optional("checks.notice-file").map(AppauditConfig::expandHome), s.decimal("checks.shown-threshold"));
        ReportConfig report = new ReportConfig(s.optional("report.out").map(AppauditConfig::expandHome),
                s.integer("report.trend-quarters"));
        String jdbc = s.optional("schedule.jdbc-url")
                .orElse("jdbc:h2:file:" + dataDir.resolve("schedule").resolve("quartz").toAbsolutePath()
                        + ";AUTO_SERVER=TRUE");
        ScheduleConfig schedule = new ScheduleConfig(jdbc, s.optional("schedule.jdbc-user"),
                secret(env, SCHEDULE_JDBC_PASSWORD), s.bool("schedule.clustered"), s.string("schedule.instance-id"),
                s.integer("schedule.thread-count"), s.bool("schedule.checks-after-crawl"),
                s.duration("schedule.shutdown-grace"), s.duration("schedule.misfire-threshold"));
        long minFreeSpace = s.bytes("data.min-free-space");
        CrawlHealthConfig crawl = CrawlHealthConfig.from(s);
        ApkConfig apk = ApkConfig.from(s);
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

    private static Optional<StoreCrawlConfig.OppoSigningConfig> oppoSigning(Settings s, Map<String, String> env) {
        String p = "stores.oppo.signing.";
        Optional<String> oak = s.optional(p + "oak");
        Optional<String> ocs = s.optional(p + "ocs");
        Optional<String> device = s.optional(p + "device-id");
        Optional<String> key = secret(env, OPPO_SIGN_KEY);
        Optional<String> constant = secret(env, OPPO_SIGN_CONSTANT);
        List<Optional<String>> all = List.of(oak, ocs, device, key, constant);
        long given = all.stream().filter(Optional::isPresent).count();
        if (given == 0) {
            return Optional.empty();
        }
        if (given < all.size()) {
            throw new ConfigException("OPPO signing needs all of stores.oppo.signing.oak, .ocs, .device-id and the "
                    + "environment variables " + OPPO_SIGN_KEY + " and " + OPPO_SIGN_CONSTANT
                    + "; some are missing. Supply all, or none to use the unsigned H5 feeds");
        }
        return Optional.of(new StoreCrawlConfig.OppoSigningConfig(key.get(), constant.get(), oak.get(), ocs.get(),
                device.get()));
    }

    private static Optional<String> secret(Map<String, String> env, String name) {
        String v = env.get(name);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.trim());
    }

    private static LocalDate date(Settings s, String key) {
        String v = s.string(key);
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new ConfigException("Configuration key " + key + " = '" + v + "': expected a date like 2024-04-01");
        }
    }

    private static Pattern pattern(Settings s, String key) {
        String v = s.string(key);
        try {
            return Pattern.compile(v);
        } catch (PatternSyntaxException e) {
            throw new ConfigException("Configuration key " + key + " is not a valid regular expression: "
                    + e.getDescription());
        }
    }

    private static int parseInt(String key, String v) {
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new ConfigException("Configuration key " + key + ": '" + v + "' is not a whole number");
        }
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
