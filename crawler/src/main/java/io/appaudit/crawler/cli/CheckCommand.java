package io.appaudit.crawler.cli;

import io.appaudit.crawler.config.AppauditConfig;
import io.appaudit.indexer.ElasticSession;
import io.appaudit.indexer.checks.CheckContext;
import io.appaudit.indexer.checks.ListingChecks;
import io.appaudit.indexer.checks.UserFileException;
import io.appaudit.indexer.checks.run.CheckRun;
import io.appaudit.indexer.docs.Quarter;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code appaudit check}: runs the cross-listing and history checks of a quarter and brings its findings up to date. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Run the audit checks of a quarter (cross-store and history checks, and the listing checks of "
                + "snapshots stored without them) and update its findings. Running it twice changes nothing.")
final class CheckCommand implements Callable<Integer> {

    @ParentCommand
    Main main;
    @Spec
    CommandSpec spec;
    @Mixin
    DemoOption demo;

    @Option(names = "--quarter", paramLabel = "QUARTER",
            description = "The quarter, like 2026Q4 (China time). Default: the current quarter.")
    String quarter;

    @Option(names = "--reevaluate",
            description = "Run the listing checks again on every snapshot of the quarter (after changing a "
                    + "threshold or a group, registry or notice file).")
    boolean reevaluate;

    @Override
    public Integer call() throws IOException {
        AppauditConfig config = demo.config(main);
        Quarter q = quarter(quarter);
        ListingChecks checks = ListingChecks.of(context(config));
        PrintWriter out = spec.commandLine().getOut();
        try (ElasticSession session = ElasticSession.open(config.elastic())) {
            CheckRun.Summary s = new CheckRun(session.connection(), session.layout(), checks).run(q, reevaluate);
            print(out, s);
            // How much work this run did (the rest of the quarter was unchanged): a diagnostic, so not on stdout.
            spec.commandLine().getErr().printf("Looked at %d of %d apps (%s).%n", s.lookedAt(), s.apps(),
                    s.lookedAt() == 0 ? "nothing changed since the last check"
                            : s.lookedAt() == s.apps() ? "every app" : "only packages with newer snapshots");
        }
        return 0;
    }

    private static void print(PrintWriter out, CheckRun.Summary s) {
        out.printf("Checked %s: %d apps (%d packages).%n", s.quarter(), s.apps(), s.packages());
        if (s.snapshotsChecked() > 0) {
            out.printf("Listing checks run on %d snapshot(s).%n", s.snapshotsChecked());
        }
        long problems = s.problemsByCheck().values().stream().mapToLong(Long::longValue).sum();
        out.printf("Findings: %d problem(s) (%d new, %d persisting), %d rectified, %d informational.%n", problems,
                s.findingsByStatus().getOrDefault("new", 0L), s.findingsByStatus().getOrDefault("persisting", 0L),
                s.findingsByStatus().getOrDefault("rectified", 0L), s.informational());
        if (!s.problemsByCheck().isEmpty()) {
            out.println("Problems per check: " + s.problemsByCheck().entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
        }
        out.printf("Findings index: %d written, %d unchanged, %d deleted.%n", s.written(), s.unchanged(), s.deleted());
    }

    /** The quarter given, or the current one in China time. */
    static Quarter quarter(String text) {
        return text == null ? Quarter.of(Instant.now()) : Quarter.parse(text);
    }

    /** The checks' context: thresholds and user files from the configuration, never-shown fields from the adapters. */
    static CheckContext context(AppauditConfig config) {
        try {
            return CheckContext.load(config.checks());
        } catch (UserFileException e) {
            throw new Main.CommandFailure(e.getMessage());
        }
    }
}
