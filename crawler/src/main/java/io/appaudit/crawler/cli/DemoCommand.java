package io.appaudit.crawler.cli;

import io.appaudit.crawler.audit.DemoBundle;
import io.appaudit.crawler.audit.ReplayServer;
import io.appaudit.crawler.config.AppauditConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code appaudit demo}: the whole job, unchanged, against the bundled recorded replay of the five stores, so a
 * new user without access to the stores sees a full report within minutes.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Run the whole job (crawl, checks, report) on the bundled recorded replay of the five stores "
                + "(about 50 apps each, with planted problems of every family), served locally. The same as "
                + "'appaudit audit --replay' on that set, with its configuration.",
                "The demo keeps its crawl state, evidence and report in <data dir>/demo and its documents in the "
                + "<prefix>-demo-* indices (appaudit-demo-* by default), apart from real audits; it uses the same "
                + "Elasticsearch."})
final class DemoCommand implements Callable<Integer> {

    /** The demo's indices never mix with a real audit's: {@code <elastic.index-prefix>-demo-*}. */
    static final String INDEX_SUFFIX = "-demo";

    @ParentCommand
    Main main;
    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", description = "Where the report goes. Default: <data dir>/demo/reports/<quarter>.")
    Path out;

    @Override
    public Integer call() throws IOException, InterruptedException {
        AppauditConfig user = main.config();
        Path demo = user.dataDir().resolve("demo");
        Path bundle = DemoBundle.extractTo(demo.resolve("bundle"));
        PrintWriter o = spec.commandLine().getOut();
        o.println("Demo: serving the recorded replay of the five stores from " + bundle.resolve("replay"));
        o.flush();
        try (ReplayServer server = ReplayServer.serve(bundle.resolve("replay"))) {
            AppauditConfig config = main.config(List.of(bundle.resolve(DemoBundle.CONFIG)), Map.of(
                    "fetch.replay-base", server.base().toString(),
                    "fetch.allow-private-addresses", "true",
                    "checks.notice-file", bundle.resolve("notices.csv").toString(),
                    "checks.registry-file", bundle.resolve("registry.csv").toString(),
                    "checks.group-file", bundle.resolve("groups.csv").toString()));
            // The demo's own folder and indices, but the user's Elasticsearch (and embedded node).
            config = config.withDataDir(demo).withElastic(config.elastic()
                    .withIndexPrefix(config.elastic().indexPrefix() + INDEX_SUFFIX));
            AuditCommand audit = new AuditCommand();
            audit.main = main;
            audit.spec = spec;
            audit.fresh = true;
            return audit.run(config, out, "demo");
        }
    }
}
