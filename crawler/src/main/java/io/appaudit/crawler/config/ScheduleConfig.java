package io.appaudit.crawler.config;

import java.time.Duration;
import java.util.Optional;

/**
 * The scheduler daemon: Quartz's JDBC job store (an H2 file under the data folder unless a URL is given), and
 * whether several nodes share it.
 *
 * @param noticeFollow the cron of the daily notice follow-up ({@code schedule.notice-follow}); empty: none
 */
public record ScheduleConfig(String jdbcUrl, Optional<String> jdbcUser, Optional<String> jdbcPassword,
                             boolean clustered, String instanceId, int threadCount, boolean checksAfterCrawl,
                             Duration shutdownGrace, Duration misfireThreshold, Optional<String> noticeFollow) {

    public ScheduleConfig {
        if (!jdbcUrl.startsWith("jdbc:")) {
            throw new ConfigException("schedule.jdbc-url '" + jdbcUrl + "' must be a JDBC URL (jdbc:…)");
        }
        if (threadCount < 1) {
            throw ConfigException.below("schedule.thread-count", threadCount, 1);
        }
        java.util.Objects.requireNonNull(noticeFollow, "noticeFollow");
    }

    /**
     * Reads the keys under {@code prefix} ({@code schedule} in the shipped configuration).
     *
     * @param defaultJdbcUrl the job store when {@code schedule.jdbc-url} is empty (an H2 file under the data folder)
     * @param jdbcPassword   from the environment only
     */
    public static ScheduleConfig from(Settings s, String prefix, String defaultJdbcUrl,
                                      Optional<String> jdbcPassword) {
        String p = prefix + ".";
        return new ScheduleConfig(s.optional(p + "jdbc-url").orElse(defaultJdbcUrl), s.optional(p + "jdbc-user"),
                jdbcPassword, s.bool(p + "clustered"), s.string(p + "instance-id"), s.integer(p + "thread-count"),
                s.bool(p + "checks-after-crawl"), s.duration(p + "shutdown-grace"),
                s.duration(p + "misfire-threshold"), s.optional(p + "notice-follow"));
    }

    @Override
    public String toString() {
        return "ScheduleConfig[jdbcUrl=" + jdbcUrl + ", clustered=" + clustered + ", instanceId=" + instanceId + "]";
    }
}
