package io.appaudit.crawler.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every range check and every overflow names the key and the value at fault: {@code key: value is …}. */
class ConfigErrorMessagesTest {

    private static AppauditConfig load(String key, String value) {
        return AppauditConfig.load(Settings.of(Map.of(key, value)), Map.of(), Optional.of(Path.of("unused")));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            fetch.max-body-size                    | 0b    | fetch.max-body-size: 0b is below 1kb
            fetch.max-body-size                    | 1023  | fetch.max-body-size: 1023b is below 1kb
            fetch.max-redirects                    | -1    | fetch.max-redirects: -1 is below 0
            fetch.max-retries                      | -2    | fetch.max-retries: -2 is below 0
            fetch.block-after                      | 0     | fetch.block-after: 0 is below 1
            fetch.warc-max-size                    | 512kb | fetch.warc-max-size: 512kb is below 1mb
            stores.vivo.concurrency                | 17    | stores.vivo.concurrency: 17 is outside 1 to 16
            stores.vivo.concurrency                | 0     | stores.vivo.concurrency: 0 is outside 1 to 16
            stores.huawei.max-apps                 | -1    | stores.huawei.max-apps: -1 is below 0
            stores.tencent.max-pages               | 0     | stores.tencent.max-pages: 0 is below 1
            stores.xiaomi.page-size                | 0     | stores.xiaomi.page-size: 0 is below 1
            stores.oppo.max-discovery-pages        | 0     | stores.oppo.max-discovery-pages: 0 is below 1
            stores.vivo.max-delay                  | 500ms | stores.vivo.max-delay: 500ms is below stores.vivo.delay (1s)
            crawl.unreachable-after                | 0     | crawl.unreachable-after: 0 is below 1
            crawl.max-error-share                  | 1.5   | crawl.max-error-share: 1.5 is outside 0 to 1
            schedule.thread-count                  | 0     | schedule.thread-count: 0 is below 1
            checks.stale-days                      | 0     | checks.stale-days: 0 is below 1
            checks.min-target-sdk                  | 0     | checks.min-target-sdk: 0 is below 1
            checks.shown-threshold                 | 2     | checks.shown-threshold: 2.0 is outside 0 to 1
            report.trend-quarters                  | 21    | report.trend-quarters: 21 is outside 1 to 20
            elastic.embedded.port                  | 70000 | elastic.embedded.port: 70000 is outside 0 to 65535
            elastic.ingest.max-operations          | 0     | elastic.ingest.max-operations: 0 is below 1
            elastic.ingest.max-bytes               | 100   | elastic.ingest.max-bytes: 100b is below 1kb
            elastic.ingest.max-concurrent-requests | 0     | elastic.ingest.max-concurrent-requests: 0 is below 1
            elastic.ingest.max-retries             | -1    | elastic.ingest.max-retries: -1 is below 0
            """)
    void aValueOutOfRangeIsNamedWithItsKey(String key, String value, String message) {
        assertThatThrownBy(() -> load(key, value)).hasMessageStartingWith(message);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            fetch.max-body-size     | 99999999999gb                  | fetch.max-body-size: 99999999999gb is too large to be a size
            fetch.warc-max-size     | 99999999999999999999           | fetch.warc-max-size: 99999999999999999999 is too large to be a size
            elastic.ingest.max-bytes| 8589934592gb                   | elastic.ingest.max-bytes: 8589934592gb is too large to be a size
            fetch.read-timeout      | 99999999999999999999d          | fetch.read-timeout: 99999999999999999999d is above 36500d
            fetch.max-retry-after   | 36501d                         | fetch.max-retry-after: 36501d is above 36500d
            stores.vivo.delay       | 1e400s                         | Configuration key stores.vivo.delay = '1e400s'
            checks.shown-threshold  | 1e400                          | checks.shown-threshold: 1e400 is not a finite number
            checks.shown-threshold  | NaN                            | checks.shown-threshold: NaN is not a finite number
            fetch.max-redirects     | 99999999999                    | fetch.max-redirects: 99999999999 is outside -2147483648 to 2147483647
            stores.oppo.max-apps    | -99999999999                   | stores.oppo.max-apps: -99999999999 is outside -2147483648 to 2147483647
            crawl.max-error-share   | 1e400                          | crawl.max-error-share: 1e400 is not a finite number
            stores.vivo.max-delay   | 1e400x                         | stores.vivo.max-delay is 1e400x: a multiple of the delay must be between 1x and 1000x
            """)
    void aValueThatOverflowsIsRefusedWithItsKey(String key, String value, String message) {
        assertThatThrownBy(() -> load(key, value)).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(message);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            fetch.max-body-size  | 8gb    | 8589934592
            fetch.warc-max-size  | 1mb    | 1048576
            """)
    void theLargestAndSmallestSizesThatFitAreRead(String key, String value, long bytes) {
        Settings s = Settings.of(Map.of(key, value));
        assertThat(s.bytes(key)).isEqualTo(bytes);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            36500d | 3153600000000
            1.5s   | 1500
            500ms  | 500
            """)
    void durationsUpToAHundredYearsAreRead(String value, long millis) {
        Settings s = Settings.of(Map.of("fetch.read-timeout", value));
        assertThat(s.duration("fetch.read-timeout")).isEqualTo(Duration.ofMillis(millis));
    }
}
