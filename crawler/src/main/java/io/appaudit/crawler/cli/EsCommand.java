package io.appaudit.crawler.cli;

import io.appaudit.crawler.config.AppauditConfig;
import io.appaudit.indexer.ElasticConnection;
import io.appaudit.indexer.node.EmbeddedNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code appaudit es start|status|stop}: the embedded Elasticsearch node, kept running for curl or faster runs. */
@Command(name = "es", mixinStandardHelpOptions = true,
        description = "Start, inspect or stop the embedded Elasticsearch node (kept running for curl or faster runs).",
        subcommands = {EsCommand.Start.class, EsCommand.Status.class, EsCommand.Stop.class})
final class EsCommand {

    @ParentCommand
    Main main;

    @Command(name = "start", mixinStandardHelpOptions = true,
            description = "Start the embedded node (or report the one already running). It keeps running until "
                    + "'appaudit es stop', unless --foreground.")
    static final class Start implements Callable<Integer> {
        @ParentCommand EsCommand es;
        @Spec CommandSpec spec;

        @Option(names = "--foreground", description = "Stay attached; Ctrl-C stops the node.")
        boolean foreground;

        @Override
        public Integer call() throws InterruptedException {
            AppauditConfig c = es.main.config();
            requireEmbedded(c);
            PrintWriter out = spec.commandLine().getOut();
            EmbeddedNode node = new EmbeddedNode(c.elastic().embedded());
            EmbeddedNode.Running r = node.start(!foreground);
            out.println((r.startedHere() ? "Elasticsearch started at " : "Elasticsearch already running at ")
                    + r.url() + " (pid " + r.pid() + ", data in " + r.home() + ")");
            if (foreground) {
                out.println("Press Ctrl-C to stop it.");
                out.flush();
                new CountDownLatch(1).await();
            } else {
                out.println("Check it:  curl " + r.url() + "/_cluster/health");
                out.println("Stop it:   ./appaudit es stop");
            }
            return 0;
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true,
            description = "Say whether Elasticsearch answers, where, and its cluster health. Exit code 1 when it does not.")
    static final class Status implements Callable<Integer> {
        @ParentCommand EsCommand es;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            AppauditConfig c = es.main.config();
            PrintWriter out = spec.commandLine().getOut();
            if (!c.elastic().useEmbedded()) {
                try (ElasticConnection conn = ElasticConnection.open(c.elastic())) {
                    out.println("Cluster " + c.elastic().urls() + " answers: health "
                            + clusterStatus(conn));
                }
                return 0;
            }
            EmbeddedNode node = new EmbeddedNode(c.elastic().embedded());
            Optional<EmbeddedNode.Running> r = node.running();
            if (r.isEmpty()) {
                out.println("The embedded Elasticsearch is not running (start it with ./appaudit es start).");
                return 1;
            }
            out.println("Embedded Elasticsearch at " + r.get().url() + " (pid " + r.get().pid() + "): health "
                    + node.health(r.get().url()).orElse("unknown") + "; data in " + r.get().home());
            return 0;
        }

        private static String clusterStatus(ElasticConnection conn) {
            try {
                return conn.clusterStatus();
            } catch (java.io.IOException e) {
                return "unknown (" + e.getMessage() + ")";
            }
        }
    }

    @Command(name = "stop", mixinStandardHelpOptions = true, description = "Stop the embedded node.")
    static final class Stop implements Callable<Integer> {
        @ParentCommand EsCommand es;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            AppauditConfig c = es.main.config();
            requireEmbedded(c);
            boolean stopped = new EmbeddedNode(c.elastic().embedded()).stop();
            spec.commandLine().getOut().println(stopped ? "Elasticsearch stopped." : "The embedded Elasticsearch was not running.");
            return 0;
        }
    }

    private static void requireEmbedded(AppauditConfig c) {
        if (!c.elastic().useEmbedded()) {
            throw new Main.CommandFailure("A cluster is configured (elastic.urls = " + c.elastic().urls()
                    + "): 'es start' and 'es stop' manage only the embedded node. Remove elastic.urls to use it.");
        }
    }

}
