package io.appaudit.crawler.cli;

import io.appaudit.crawler.config.AppauditConfig;
import io.appaudit.crawler.schedule.CrawlStop;
import io.appaudit.crawler.schedule.JobRun;
import io.appaudit.crawler.schedule.JobStore;
import io.appaudit.crawler.schedule.JobStoreException;
import io.appaudit.crawler.schedule.RunNow;
import io.appaudit.crawler.schedule.ScheduleDaemon;
import io.appaudit.crawler.schedule.ScheduleListing;
import io.appaudit.indexer.checks.ListingChecks;
import io.appaudit.indexer.docs.CrawlRunOutcome;
import io.appaudit.stores.StoreId;
import java.io.PrintWriter;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code appaudit schedule}: the scheduler daemon, the list of its jobs, and a crawl triggered now. */
@Command(name = "schedule", mixinStandardHelpOptions = true,
        description = {"Run the scheduler daemon: a crawl job per enabled store on its cron (stores.<s>.schedule), "
                + "followed by the checks, in Quartz's JDBC job store (schedule.*). Stop it with Ctrl-C or SIGTERM: "
                + "the running crawls checkpoint and resume at the next start.",
                "--list shows the jobs; --run-now STORE has a running daemon crawl the store now."})
final class ScheduleCommand implements Callable<Integer> {

    @ParentCommand
    Main main;
    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true)
    Action action;

    @Option(names = "--wait", description = "With --run-now: wait for the run to end and show its outcome; when no "
            + "daemon is running, crawl the store in this process instead.")
    boolean await;

    static final class Action {
        @Option(names = "--list", description = "Show every job: its cron, previous and next fire time, state and "
                + "last run, and the daemons running. Runs nothing.")
        boolean list;

        @Option(names = "--run-now", paramLabel = "STORE", description = "Trigger the store's crawl now, through "
                + "the job store: a running daemon (on any node) runs it.")
        String runNow;
    }

    @Override
    public Integer call() throws InterruptedException, SQLException {
        AppauditConfig config = main.config();
        if (await && (action == null || action.runNow == null)) {
            throw new ParameterException(spec.commandLine(), "--wait goes with --run-now STORE");
        }
        PrintWriter out = spec.commandLine().getOut();
        try {
            if (action != null && action.list) {
                try (JobStore store = JobStore.open(config.schedule())) {
                    out.print(ScheduleListing.format(ScheduleListing.read(store, config), ZoneId.systemDefault(),
                            Instant.now()));
                }
                return 0;
            }
            if (action != null && action.runNow != null) {
                return runNow(config, StoreId.of(action.runNow), out);
            }
            return daemon(config, out);
        } catch (JobStoreException e) {
            throw new Main.CommandFailure(e.getMessage());
        } finally {
            out.flush();
        }
    }

    private static Supplier<ListingChecks> checks(AppauditConfig config) {
        return () -> ListingChecks.of(CheckCommand.context(config));
    }

    private int daemon(AppauditConfig config, PrintWriter out) throws InterruptedException {
        ScheduleDaemon daemon = ScheduleDaemon.start(config, checks(config));
        Duration grace = config.schedule().shutdownGrace();
        Thread hook = new Thread(() -> daemon.stop(grace), "appaudit-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        out.println("Scheduler " + daemon.store().instanceId() + " running on " + daemon.store().where()
                + "; stop it with Ctrl-C or SIGTERM.");
        out.flush();
        daemon.awaitStop();
        return 0;
    }

    private int runNow(AppauditConfig config, StoreId id, PrintWriter out) throws InterruptedException, SQLException {
        try (JobStore store = JobStore.open(config.schedule())) {
            Optional<RunNow.Request> request = RunNow.trigger(store, id);
            if (request.isPresent()) {
                out.println("Triggered " + id.id() + " (request " + request.get().requestId() + "): a running daemon "
                        + "starts it within seconds, or after the store's running crawl. Daemons: "
                        + request.get().daemons().stream().map(n -> n.describe()).collect(Collectors.joining("; ")));
                if (!await) {
                    return 0;
                }
                out.flush();
                JobRun run = RunNow.await(store, request.get().requestId(), Duration.ofSeconds(2),
                        Duration.ofDays(365)).orElseThrow();
                return print(run, out);
            }
            if (!await) {
                throw new Main.CommandFailure("No scheduler daemon is running on " + store.where() + ", so nothing "
                        + "would run " + id.id() + ". Start one with `appaudit schedule` (it keeps running; see "
                        + "the README, section Scheduling, for a systemd unit), or crawl it in this process with "
                        + "`appaudit schedule --run-now " + id.id() + " --wait`.");
            }
            out.println("No scheduler daemon is running: crawling " + id.id() + " in this process.");
            out.flush();
            return print(runHere(config, store, id), out);
        }
    }

    private static JobRun runHere(AppauditConfig config, JobStore store, StoreId id) throws SQLException {
        CrawlStop stop = new CrawlStop();
        // Ctrl-C or SIGTERM: the crawl checkpoints within the grace time, and resumes at its next run
        try (GracefulStop graceful = new GracefulStop(stop::request, config.schedule().shutdownGrace())) {
            return RunNow.runHere(config, store, id, checks(config), stop);
        }
    }

    private static int print(JobRun run, PrintWriter out) {
        out.println(run.job() + ": " + run.outcome().orElse("?") + " on " + run.instanceId() + " after "
                + ScheduleListing.human(run.duration(Instant.now())) + run.runId().map(r -> " (run " + r + ")").orElse("")
                + run.detail().map(d -> ": " + d).orElse(""));
        return CrawlRunOutcome.COMPLETED.value().equals(run.outcome().orElse("")) ? 0 : 1;
    }
}
