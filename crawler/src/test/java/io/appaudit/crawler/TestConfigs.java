package io.appaudit.crawler;

import io.appaudit.crawler.config.AppauditConfig;
import io.appaudit.crawler.config.Settings;
import io.appaudit.stores.StoreId;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Configurations for tests: the shipped defaults with a few keys replaced, and the data folder given. */
public final class TestConfigs {

    private TestConfigs() {
    }

    /**
     * Defaults for a test against a local server at {@code replayBase}: every store URL goes there, private
     * addresses are allowed (the server is on 127.0.0.1), delays are short and retries quick.
     */
    public static Map<String, Object> local(String replayBase) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("fetch.replay-base", replayBase);
        m.put("fetch.allow-private-addresses", "true");
        m.put("fetch.retry-backoff", "20ms");
        m.put("fetch.connect-timeout", "2s");
        m.put("fetch.read-timeout", "5s");
        m.put("fetch.call-timeout", "10s");
        for (StoreId s : StoreId.values()) {
            m.put("stores." + s.id() + ".delay", "0ms");
            m.put("stores." + s.id() + ".robots", "false");
        }
        return m;
    }

    public static AppauditConfig config(Path dataDir, Map<String, ?> overrides) {
        return AppauditConfig.load(Settings.of(overrides), Map.of(), Optional.of(dataDir));
    }
}
