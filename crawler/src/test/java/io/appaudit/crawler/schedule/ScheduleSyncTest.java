package io.appaudit.crawler.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.appaudit.crawler.TestConfigs;
import io.appaudit.crawler.config.AppauditConfig;
import io.appaudit.crawler.config.ConfigException;
import io.appaudit.stores.StoreId;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.CronTrigger;
import org.quartz.JobDetail;
import org.quartz.Scheduler;
import org.quartz.Trigger;

class ScheduleSyncTest {

    private static final TimeZone ZONE = TimeZone.getTimeZone("Asia/Shanghai");

    @TempDir
    Path dir;
    private JobStore store;
    private Scheduler scheduler;

    private AppauditConfig config(Map<String, Object> overrides) {
        Map<String, Object> m = new HashMap<>(overrides);
        m.put("schedule.jdbc-url", "jdbc:h2:file:" + dir.resolve("quartz").toAbsolutePath());
        return TestConfigs.config(dir.resolve("data"), m);
    }

    /** Syncs as a daemon starting with this configuration would, on a scheduler of its own (a restart). */
    private List<String> sync(AppauditConfig config) throws Exception {
        close();
        store = JobStore.open(config.schedule());
        scheduler = store.scheduler(RunNow.NO_JOBS, 1);
        return new ScheduleSync(config, ZONE).apply(scheduler);
    }

    @AfterEach
    void close() throws Exception {
        if (scheduler != null) {
            scheduler.shutdown();
            scheduler = null;
        }
        if (store != null) {
            store.close();
            store = null;
        }
    }

    @Test
    void eachEnabledStoreGetsADurableRecoverableJobThatNeverRunsTwiceAtOnce() throws Exception {
        sync(config(Map.of()));

        for (StoreId id : StoreId.values()) {
            JobDetail job = scheduler.getJobDetail(ScheduleKeys.crawl(id));
            assertThat(job.requestsRecovery()).as(id.id()).isTrue();
            assertThat(job.isConcurrentExecutionDisallowed()).as(id.id()).isTrue();
            assertThat(job.isDurable()).as(id.id()).isTrue();
        }
        assertThat(scheduler.getJobDetail(ScheduleKeys.CHECKS).isConcurrentExecutionDisallowed()).isTrue();
    }

    @Test
    void theNoticeFollowUpJobRunsOnItsCronOneAtATimeAndGoesWhenTheKeyIsEmptied() throws Exception {
        sync(config(Map.of("schedule.notice-follow", "0 15 8 ? * *")));

        assertThat(scheduler.getJobDetail(ScheduleKeys.NOTICES).isConcurrentExecutionDisallowed()).isTrue();
        CronTrigger t = (CronTrigger) scheduler.getTrigger(ScheduleKeys.NOTICES_CRON);
        assertThat(t.getCronExpression()).isEqualTo("0 15 8 ? * *");
        assertThat(t.getMisfireInstruction()).isEqualTo(CronTrigger.MISFIRE_INSTRUCTION_FIRE_ONCE_NOW);

        List<String> changes = sync(config(Map.of("schedule.notice-follow", "")));
        assertThat(changes).contains("notices: removed (schedule.notice-follow is empty)");
        assertThat(scheduler.getJobDetail(ScheduleKeys.NOTICES)).isNull();
    }

    @Test
    void aNoticeFollowUpCronThatIsNotOneNamesItsKey() {
        assertThatThrownBy(() -> sync(config(Map.of("schedule.notice-follow", "daily"))))
                .isInstanceOf(ConfigException.class).hasMessageContaining("schedule.notice-follow 'daily'");
    }

    @Test
    void eachStoresTriggerHasItsCronAndFiresOnceAfterDowntime() throws Exception {
        sync(config(Map.of("stores.oppo.schedule", "0 30 1 ? * TUE")));

        CronTrigger t = (CronTrigger) scheduler.getTrigger(ScheduleKeys.cron(StoreId.OPPO));
        assertThat(t.getCronExpression()).isEqualTo("0 30 1 ? * TUE");
        assertThat(t.getTimeZone().getID()).isEqualTo("Asia/Shanghai");
        assertThat(t.getMisfireInstruction()).isEqualTo(CronTrigger.MISFIRE_INSTRUCTION_FIRE_ONCE_NOW);
        assertThat(((CronTrigger) scheduler.getTrigger(ScheduleKeys.cron(StoreId.TENCENT))).getCronExpression())
                .isEqualTo("0 0 2 ? * MON");
    }

    @Test
    void aChangedCronReplacesTheTrigger() throws Exception {
        sync(config(Map.of()));

        List<String> changes = sync(config(Map.of("stores.vivo.schedule", "0 15 7 * * ?")));

        assertThat(((CronTrigger) scheduler.getTrigger(ScheduleKeys.cron(StoreId.VIVO))).getCronExpression())
                .isEqualTo("0 15 7 * * ?");
        assertThat(changes).containsExactly("vivo: rescheduled \"0 15 7 * * ?\" (Asia/Shanghai), was "
                + "\"0 0 6 ? * MON\" (Asia/Shanghai)");
    }

    @Test
    void anUnchangedTriggerIsLeftAloneSoThatASlotMissedMeanwhileStillFires() throws Exception {
        sync(config(Map.of()));
        Trigger before = scheduler.getTrigger(ScheduleKeys.cron(StoreId.HUAWEI));

        List<String> changes = sync(config(Map.of()));

        Trigger after = scheduler.getTrigger(ScheduleKeys.cron(StoreId.HUAWEI));
        assertThat(changes).isEmpty();
        assertThat(after.getStartTime()).isEqualTo(before.getStartTime());
        assertThat(after.getNextFireTime()).isEqualTo(before.getNextFireTime());
    }

    @Test
    void aDisabledStoresJobIsRemoved() throws Exception {
        sync(config(Map.of()));

        List<String> changes = sync(config(Map.of("stores.xiaomi.enabled", "false")));

        assertThat(scheduler.checkExists(ScheduleKeys.crawl(StoreId.XIAOMI))).isFalse();
        assertThat(scheduler.checkExists(ScheduleKeys.cron(StoreId.XIAOMI))).isFalse();
        assertThat(scheduler.checkExists(ScheduleKeys.crawl(StoreId.TENCENT))).isTrue();
        assertThat(changes).containsExactly("xiaomi: removed (stores.xiaomi.enabled is false)");
    }

    @Test
    void theChecksJobIsRemovedWhenChecksDoNotFollowCrawls() throws Exception {
        sync(config(Map.of()));

        sync(config(Map.of("schedule.checks-after-crawl", "false")));

        assertThat(scheduler.checkExists(ScheduleKeys.CHECKS)).isFalse();
    }

    @Test
    void anInvalidCronIsRefusedNamingItsKey() {
        assertThatThrownBy(() -> sync(config(Map.of("stores.huawei.schedule", "every monday"))))
                .isInstanceOf(ConfigException.class).hasMessageContaining("stores.huawei.schedule")
                .hasMessageContaining("every monday");
    }

    @Test
    void aCronThatNeverFiresAgainIsRefused() {
        assertThatThrownBy(() -> sync(config(Map.of("stores.huawei.schedule", "0 0 0 1 1 ? 2001"))))
                .isInstanceOf(ConfigException.class).hasMessageContaining("never fires again");
    }
}
