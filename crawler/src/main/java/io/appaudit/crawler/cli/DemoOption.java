package io.appaudit.crawler.cli;

import io.appaudit.crawler.audit.DemoBundle;
import io.appaudit.crawler.config.AppauditConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * {@code --demo}, mixed into the commands that read what a run left ({@code rates}, {@code evidence},
 * {@code report}, {@code check}): points them at the data of the last {@code appaudit demo} — its folder
 * {@code <data dir>/demo} and its indices {@code <elastic.index-prefix>-demo-*} — with the demo's configuration
 * (its notice, registry and group files), instead of the real audits' data.
 */
final class DemoOption {

    /** The demo's indices never mix with a real audit's: {@code <elastic.index-prefix>-demo-*}. */
    static final String INDEX_SUFFIX = "-demo";

    @Option(names = "--demo", description = "Look at the data of the last 'appaudit demo' (<data dir>/demo and the "
            + "<prefix>-demo-* indices) instead of the real audits'.")
    boolean demo;

    /** The configuration the command runs with: the user's, or the demo's when {@code --demo} is given. */
    AppauditConfig config(Main main) {
        if (!demo) {
            return main.config();
        }
        Path bundle = folder(main.config()).resolve("bundle");
        if (!Files.isRegularFile(bundle.resolve(DemoBundle.CONFIG))) {
            throw new Main.CommandFailure("There is no demo data in " + folder(main.config())
                    + ": run './appaudit demo' first (with the same --data-dir and --config), then add --demo again.");
        }
        return demoConfig(main, bundle, Map.of());
    }

    /** The demo's own data folder inside the user's: bundle, crawl state, evidence, reports. */
    static Path folder(AppauditConfig user) {
        return user.dataDir().resolve("demo");
    }

    /** The demo's index prefix. */
    static String indexPrefix(AppauditConfig user) {
        return user.elastic().indexPrefix() + INDEX_SUFFIX;
    }

    /**
     * The demo's configuration: the user's, then the bundle's {@code appaudit-demo.yaml}, its user files, and what
     * the caller sets (the address of the replay it serves); the demo's data folder and index prefix, but the user's
     * Elasticsearch (and embedded node).
     */
    static AppauditConfig demoConfig(Main main, Path bundle, Map<String, String> serving) {
        Map<String, String> overrides = new HashMap<>(Map.of(
                "checks.notice-file", bundle.resolve("notices.csv").toString(),
                "checks.registry-file", bundle.resolve("registry.csv").toString(),
                "checks.group-file", bundle.resolve("groups.csv").toString()));
        overrides.putAll(serving);
        AppauditConfig user = main.config();
        AppauditConfig config = main.config(List.of(bundle.resolve(DemoBundle.CONFIG)), overrides);
        return config.withDataDir(folder(user)).withElastic(config.elastic().withIndexPrefix(indexPrefix(user)));
    }
}
