package io.appaudit.crawler.config;

import java.time.Duration;
import java.util.Optional;

/**
 * The scheduler daemon: Quartz's JDBC job store (an H2 file under the data folder unless a URL is given), and
 * whether several nodes share it.
 */
public record ScheduleConfig(String jdbcUrl, Optional<String> jdbcUser, Optional<String> jdbcPassword,
                             boolean clustered, String instanceId, int threadCount, boolean checksAfterCrawl,
                             Duration shutdownGrace, Duration misfireThreshold) {

    public ScheduleConfig {
        if (!jdbcUrl.startsWith("jdbc:")) {
            throw new ConfigException("schedule.jdbc-url '" + jdbcUrl + "' must be a JDBC URL (jdbc:…)");
        }
        if (threadCount < 1) {
            throw new ConfigException("schedule.thread-count must be at least 1");
        }
    }

    @Override
    public String toString() {
        return "ScheduleConfig[jdbcUrl=" + jdbcUrl + ", clustered=" + clustered + ", instanceId=" + instanceId + "]";
    }
}
