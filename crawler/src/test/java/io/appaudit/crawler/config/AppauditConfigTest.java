package io.appaudit.crawler.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.appaudit.crawler.Adapters;
import io.appaudit.indexer.ShippedDefaults;
import io.appaudit.indexer.checks.CheckConfig;
import io.appaudit.stores.StoreId;
import io.appaudit.stores.oppo.OppoSigning;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppauditConfigTest {

    @TempDir
    Path dir;

    private AppauditConfig load(String yaml, Map<String, String> env) throws IOException {
        Path f = dir.resolve("appaudit.yaml");
        Files.writeString(f, yaml);
        return AppauditConfig.load(Settings.load(Optional.of(f)), env, Optional.empty());
    }

    @Test
    void givesEveryDefaultWithoutAFile() {
        AppauditConfig c = AppauditConfig.load(Settings.load(Optional.empty()), Map.of(), Optional.of(dir));
        assertThat(c.elastic().useEmbedded()).isTrue();
        assertThat(c.elastic().embedded().port()).isEqualTo(9200);
        assertThat(c.store(StoreId.HUAWEI).delay()).isEqualTo(Duration.ofSeconds(1));
        assertThat(c.checks().staleDays()).isEqualTo(730);
        assertThat(c.schedule().jdbcUrl()).startsWith("jdbc:h2:file:" + dir.resolve("schedule"));
        assertThat(c.stores()).hasSize(5);
    }

    @Test
    void theIndexerTestsReadTheSameShippedDefaults() {
        AppauditConfig c = AppauditConfig.load(Settings.load(Optional.empty()), Map.of(), Optional.of(dir));
        CheckConfig shipped = ShippedDefaults.checks();
        assertThat(c.checks()).usingRecursiveComparison().ignoringFields("filingPattern").isEqualTo(shipped);
        assertThat(c.checks().filingPattern().pattern()).isEqualTo(shipped.filingPattern().pattern());
        assertThat(c.elastic().ingest()).isEqualTo(ShippedDefaults.ingest());
    }

    @Test
    void readsNestedAndDottedKeysAlike() throws IOException {
        AppauditConfig c = load("""
                stores:
                  huawei:
                    delay: 2500ms
                stores.vivo.keywords: [视频, 音乐]
                elastic.urls: [https://es1.example:9243, https://es2.example:9243]
                """, Map.of());
        assertThat(c.store(StoreId.HUAWEI).delay()).isEqualTo(Duration.ofMillis(2500));
        assertThat(c.store(StoreId.VIVO).keywords()).containsExactly("视频", "音乐");
        assertThat(c.elastic().urls()).containsExactly(URI.create("https://es1.example:9243"),
                URI.create("https://es2.example:9243"));
    }

    @Test
    void letsTheCommandLineDataFolderOverrideTheFile() throws IOException {
        Path f = dir.resolve("with-data.yaml");
        Files.writeString(f, "data.dir: /srv/appaudit\n");
        AppauditConfig c = AppauditConfig.load(Settings.load(Optional.of(f)), Map.of(), Optional.of(dir.resolve("x")));
        assertThat(c.dataDir()).isEqualTo(dir.resolve("x"));
    }

    @Test
    void readsAStoresMaxDelayAsAMultipleOfItsDelayOrAsADuration() throws IOException {
        AppauditConfig c = load("""
                stores:
                  huawei:
                    delay: 2s
                    max-delay: 5x
                  vivo:
                    max-delay: 45s
                """, Map.of());
        assertThat(c.store(StoreId.HUAWEI).maxDelay()).isEqualTo(Duration.ofSeconds(10));
        assertThat(c.store(StoreId.VIVO).maxDelay()).isEqualTo(Duration.ofSeconds(45));
        assertThat(c.store(StoreId.XIAOMI).maxDelay()).isEqualTo(Duration.ofSeconds(10));
        assertThatThrownBy(() -> load("stores.xiaomi.max-delay: 500ms\n", Map.of()))
                .hasMessageContaining("stores.xiaomi.max-delay").hasMessageContaining("stores.xiaomi.delay");
    }

    @Test
    void refusesCredentialsWrittenIntoAnElasticsearchUrlAndShowsThemRedacted() {
        assertThatThrownBy(() -> load("elastic:\n  urls: [\"https://elastic:s3cr3t-pw@es.example:9243\"]\n", Map.of()))
                .hasMessageContaining("https://***@es.example:9243")
                .hasMessageContaining("APPAUDIT_ES_USERNAME")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("s3cr3t-pw").doesNotContain("elastic:s3"));
    }

    @Test
    void namesAnUnknownKey() {
        assertThatThrownBy(() -> load("stores:\n  huawei:\n    dealy: 2s\n", Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("stores.huawei.dealy");
    }

    @Test
    void namesTheKeyOfABadValue() {
        assertThatThrownBy(() -> load("fetch:\n  call-timeout: soon\n", Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("fetch.call-timeout")
                .hasMessageContaining("soon");
    }

    @Test
    void takesSecretsFromTheEnvironmentOnly() throws IOException {
        AppauditConfig c = load("elastic.urls: [https://es.example:9243]\n",
                Map.of(AppauditConfig.ES_USERNAME, "auditor", AppauditConfig.ES_PASSWORD, "s3cret"));
        assertThat(c.elastic().username()).contains("auditor");
        assertThat(c.elastic().password()).contains("s3cret");
        assertThat(c.elastic().toString()).doesNotContain("s3cret");
    }

    @Test
    void refusesHalfAnOppoSigningSetupWhereOppoIsCrawled() throws IOException {
        AppauditConfig c = load("stores.oppo.signing.oak: abc\n", Map.of());
        assertThatThrownBy(() -> Adapters.create(StoreId.OPPO, c))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(AppauditConfig.OPPO_SIGN_KEY);
    }

    @Test
    void namesEachMissingPartOfAPartialOppoSigningSetup() throws IOException {
        AppauditConfig c = load("stores.oppo.signing:\n  oak: abc\n  ocs: def\n",
                Map.of(AppauditConfig.OPPO_SIGN_KEY, "k".repeat(48)));
        assertThatThrownBy(() -> c.store(StoreId.OPPO).requireComplete())
                .hasMessageContaining("stores.oppo.signing.device-id, the environment variable "
                        + AppauditConfig.OPPO_SIGN_CONSTANT + " are missing")
                .hasMessageNotContaining("k".repeat(48));
    }

    @Test
    void aPartialOppoSigningSetupLeavesTheOtherStoresUsable() throws IOException {
        AppauditConfig c = load("stores.oppo.signing.oak: abc\n", Map.of());
        for (StoreId other : StoreId.values()) {
            if (other != StoreId.OPPO) {
                assertThat(Adapters.create(other, c).store()).isEqualTo(other);
            }
        }
    }

    @Test
    void aCompleteOppoSigningSetupIsUsed() throws IOException {
        AppauditConfig c = load("stores.oppo.signing:\n  oak: abc\n  ocs: def\n  device-id: dev\n",
                Map.of(AppauditConfig.OPPO_SIGN_KEY, "k".repeat(48), AppauditConfig.OPPO_SIGN_CONSTANT, "CONST"));
        assertThat(c.store(StoreId.OPPO).oppoSigning()).hasValueSatisfying(s -> {
            assertThat(s.oak()).isEqualTo("abc");
            assertThat(s.deviceId()).isEqualTo("dev");
            assertThat(s.constant()).isEqualTo("CONST");
        });
        c.store(StoreId.OPPO).requireComplete();
    }

    @Test
    void oppoSigningReachesOppoAloneAsItsOwnSetting() throws IOException {
        AppauditConfig c = load("stores.oppo.signing:\n  oak: abc\n  ocs: def\n  device-id: dev\n",
                Map.of(AppauditConfig.OPPO_SIGN_KEY, "k".repeat(48), AppauditConfig.OPPO_SIGN_CONSTANT, "CONST"));
        assertThat(c.store(StoreId.OPPO).own(OppoSigning.class)).hasValueSatisfying(s -> {
            assertThat(s.key()).isEqualTo("k".repeat(48));
            assertThat(s.ocs()).isEqualTo("def");
        });
        assertThat(StoreId.OPPO.module().lookup(c.store(StoreId.OPPO)).searchUnavailable()).isEmpty();
        assertThat(c.store(StoreId.HUAWEI).own(OppoSigning.class)).isEmpty();
    }

    @Test
    void withoutSigningOppoIsBuiltUnsigned() throws IOException {
        AppauditConfig c = load("stores.oppo.delay: 2s\n", Map.of());
        assertThat(c.store(StoreId.OPPO).own(OppoSigning.class)).isEmpty();
        assertThat(StoreId.OPPO.module().lookup(c.store(StoreId.OPPO)).searchUnavailable()).isPresent();
    }

    @Test
    void readsEndpointOverrides() throws IOException {
        AppauditConfig c = load("fetch.endpoint-overrides: ['https://sj.qq.com=http://127.0.0.1:8089/sj.qq.com']\n",
                Map.of());
        assertThat(c.fetch().endpointOverrides()).containsExactly(
                new FetchConfig.EndpointOverride("https://sj.qq.com", "http://127.0.0.1:8089/sj.qq.com"));
    }
}
