package io.appaudit.crawler.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.appaudit.crawler.TestConfigs;
import io.appaudit.crawler.config.AppauditConfig;
import io.appaudit.stores.StoreId;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Map;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.Scheduler;

class JobStoreTest {

    @TempDir
    Path dir;

    private AppauditConfig config(String url) {
        return TestConfigs.config(dir.resolve("data"), Map.of("schedule.jdbc-url", url));
    }

    @Test
    void createsQuartzTablesAndItsOwnInAnEmptyH2Database() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("fresh").toAbsolutePath();
        try (JobStore store = JobStore.open(config(url).schedule());
             Connection c = DriverManager.getConnection(url)) {
            assertThat(JobStoreSchema.missingQuartzTables(c)).isEmpty();
            assertThat(store.runs().all()).isEmpty();
            assertThat(store.nodes().all()).isEmpty();
        }
    }

    @Test
    void theDefaultJobStoreIsAnH2FileUnderTheDataFolder() {
        AppauditConfig config = TestConfigs.config(dir.resolve("data"), Map.of());
        try (JobStore store = JobStore.open(config.schedule())) {
            assertThat(store.where()).startsWith("jdbc:h2:file:" + dir.resolve("data").resolve("schedule")
                    .resolve("quartz").toAbsolutePath()).contains("AUTO_SERVER=TRUE");
        }
        assertThat(dir.resolve("data").resolve("schedule").resolve("quartz.mv.db")).exists();
    }

    @Test
    void refusesADatabaseWithoutQuartzTablesThatItMayNotCreateAndSaysWhatToRun() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("other").toAbsolutePath();
        try (Connection c = DriverManager.getConnection(url)) {
            assertThatThrownBy(() -> JobStoreSchema.prepare(c, "the test database", false, true))
                    .isInstanceOf(JobStoreException.class)
                    .hasMessageContaining("QRTZ_JOB_DETAILS")
                    .hasMessageContaining("tables_postgres.sql")
                    .hasMessageContaining("DROP TABLE");
            assertThat(JobStoreSchema.missingQuartzTables(c)).hasSize(11);
        }
    }

    @Test
    void refusesADatabaseMissingSomeQuartzTablesRatherThanCompletingIt() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("partial").toAbsolutePath();
        JobStore.open(config(url).schedule()).close();
        try (Connection c = DriverManager.getConnection(url)) {
            c.createStatement().execute("DROP TABLE QRTZ_LOCKS");
            assertThatThrownBy(() -> JobStoreSchema.prepare(c, "the test database", true, false))
                    .isInstanceOf(JobStoreException.class).hasMessageContaining("QRTZ_LOCKS");
        }
    }

    @Test
    void openingAgainKeepsTheJobsStored() throws Exception {
        AppauditConfig config = config("jdbc:h2:file:" + dir.resolve("kept").toAbsolutePath());
        try (JobStore store = JobStore.open(config.schedule())) {
            Scheduler s = store.scheduler(RunNow.NO_JOBS, 1);
            new ScheduleSync(config, TimeZone.getDefault()).apply(s);
            s.shutdown();
        }
        try (JobStore store = JobStore.open(config.schedule())) {
            Scheduler s = store.scheduler(RunNow.NO_JOBS, 1);
            try {
                assertThat(s.checkExists(ScheduleKeys.crawl(StoreId.XIAOMI))).isTrue();
            } finally {
                s.shutdown();
            }
        }
    }

    @Test
    void masksAPasswordInTheUrl() {
        assertThat(JobStore.where("jdbc:postgresql://db/appaudit?user=a&password=secret&ssl=true"))
                .isEqualTo("jdbc:postgresql://db/appaudit?user=a&password=***&ssl=true");
    }
}
