package io.appaudit.crawler.cli;

import io.appaudit.crawler.config.AppauditConfig;
import io.appaudit.crawler.lookup.BatchSightings;
import io.appaudit.crawler.lookup.LookupSession;
import io.appaudit.crawler.lookup.NoticeBook;
import io.appaudit.crawler.lookup.NoticeFollow;
import io.appaudit.crawler.lookup.NoticeFollow.AppStatus;
import io.appaudit.crawler.lookup.NoticeFollow.StoreState;
import io.appaudit.indexer.ElasticSession;
import io.appaudit.indexer.checks.ListingChecks;
import io.appaudit.indexer.checks.UserFileException;
import io.appaudit.indexer.notices.CrawlSightings;
import io.appaudit.indexer.notices.FollowUp;
import io.appaudit.indexer.notices.NoticeBatch;
import io.appaudit.stores.StoreId;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code appaudit notice}: import a regulator's batch of named apps, and follow it store by store. */
@Command(name = "notice", mixinStandardHelpOptions = true,
        description = "Import a regulator's notice batch and follow its apps in every store until they are gone or "
                + "rectified (see docs/lookup.md).",
        subcommands = {NoticeCommand.Import.class, NoticeCommand.Status.class})
final class NoticeCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                "Missing subcommand: use 'notice import FILE' or 'notice status [BATCH]'");
    }

    /** {@code appaudit notice import FILE}. */
    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Import the batches of a notice file (CSV: notice, date, deadline, and per app package "
                    + "and/or name, developer, problem).")
    static final class Import implements Callable<Integer> {
        @ParentCommand
        NoticeCommand notice;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "The notice file.")
        Path file;

        @Override
        public Integer call() throws IOException {
            AppauditConfig config = notice.main.config();
            List<NoticeBatch> batches;
            try {
                batches = new NoticeBook(config.dataDir()).importFile(file);
            } catch (UserFileException e) {
                throw new Main.CommandFailure(e.getMessage());
            }
            PrintWriter out = spec.commandLine().getOut();
            for (NoticeBatch b : batches) {
                out.printf("imported batch %s: %d apps, published %s, deadline %s%n", b.id(), b.apps().size(),
                        b.published(), b.deadlineText());
            }
            out.flush();
            return 0;
        }
    }

    /** {@code appaudit notice status [BATCH]}. */
    @Command(name = "status", mixinStandardHelpOptions = true,
            description = "Look up each app of the batch (every batch without BATCH) now, and show per app and store: "
                    + "still listed, removed, re-listed after removal, rectified, with dates.")
    static final class Status implements Callable<Integer> {
        @ParentCommand
        NoticeCommand notice;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "BATCH", arity = "0..1", description = "The batch id.")
        String batchId;

        @Option(names = "--store", split = ",", paramLabel = "STORE",
                description = "Stores to ask (tencent, xiaomi, oppo, huawei, vivo). Default: every enabled store.")
        List<String> stores;

        @Override
        public Integer call() throws IOException {
            AppauditConfig config = notice.main.config();
            NoticeBook book = new NoticeBook(config.dataDir());
            List<NoticeBatch> batches = batchId == null ? book.batches()
                    : book.batch(batchId).map(List::of).orElseThrow(() -> new Main.CommandFailure("No batch '"
                    + batchId + "' has been imported: import it with 'appaudit notice import FILE'"));
            if (batches.isEmpty()) {
                throw new Main.CommandFailure("No batch has been imported: 'appaudit notice import FILE' first");
            }
            List<StoreId> ids = stores == null
                    ? Arrays.stream(StoreId.values()).filter(s -> config.store(s).enabled()).toList()
                    : stores.stream().map(StoreId::of).distinct().toList();
            ListingChecks checks = ListingChecks.of(CheckCommand.context(config));
            PrintWriter out = spec.commandLine().getOut();
            try (ElasticSession es = ElasticSession.open(config.elastic());
                 LookupSession session = new LookupSession(config, es, ids, checks)) {
                NoticeFollow follow = new NoticeFollow(new BatchSightings(book,
                        new CrawlSightings(es.connection(), es.layout())));
                for (NoticeBatch b : batches) {
                    List<AppStatus> statuses = follow.status(b, session);
                    out.print(render(b, statuses));
                }
            }
            out.flush();
            return 0;
        }
    }

    static String render(NoticeBatch b, List<AppStatus> statuses) {
        StringBuilder sb = new StringBuilder();
        sb.append("batch ").append(b.id()).append(" (published ").append(b.published()).append(", deadline ")
                .append(b.deadlineText()).append(NoticeFollow.settled(b, statuses, Instant.now())
                        ? "; settled" : "").append(")\n");
        for (AppStatus s : statuses) {
            sb.append("  ").append(Escaped.line(s.app().label(), 200));
            s.now().packageName().filter(p -> s.app().packageName().isEmpty()).ifPresent(p -> sb.append("  →  ")
                    .append(p));
            s.now().resolution().filter(r -> s.app().packageName().isEmpty()).ifPresent(r -> sb.append("  (match: ")
                    .append(r.confidence().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')).append(')'));
            sb.append('\n');
            for (StoreState st : s.stores()) {
                FollowUp f = st.followUp();
                sb.append(String.format("    %-8s %-24s %s%s%n", st.store().id(), f.state().label(),
                        f.since().map(t -> "since " + date(t) + by(f.sinceBy())).orElse(""),
                        f.removedAt().filter(x -> f.state() == FollowUp.State.RELISTED)
                                .map(t -> " (removed " + date(t) + by(f.removedBy()) + ")").orElse("")));
            }
        }
        return sb.append('\n').toString();
    }

    /** Who saw a state's date: {@code  by crawl <run id>} or {@code  by look-up}. */
    private static String by(java.util.Optional<String> seenBy) {
        return seenBy.map(b -> " by " + Escaped.line(b, 80)).orElse("");
    }

    private static LocalDate date(Instant t) {
        return t.atZone(StoreId.CHINA).toLocalDate();
    }

    /** Escapes store or notice text for a terminal line. */
    static final class Escaped {
        private Escaped() {
        }

        static String line(String s, int max) {
            String one = io.appaudit.crawler.evidence.TerminalText.escape(s.replace('\n', ' ')).strip();
            return one.length() <= max ? one : one.substring(0, max - 1) + "…";
        }
    }
}
