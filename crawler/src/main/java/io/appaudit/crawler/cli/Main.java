package io.appaudit.crawler.cli;

import io.appaudit.crawler.config.AppauditConfig;
import io.appaudit.crawler.config.ConfigException;
import io.appaudit.crawler.config.Settings;
import io.appaudit.indexer.ElasticException;
import io.appaudit.indexer.OwnerOnly;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code appaudit} program: one entry point, a subcommand per job. */
@Command(name = "appaudit", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Audits Android app stores (应用宝, Xiaomi, OPPO, Huawei, vivo): crawls listings with evidence "
                + "into Elasticsearch, runs the audit checks and reports per-store problem rates.",
        subcommands = {EsCommand.class, CrawlCommand.class, EvidenceCommand.class, ParseCommand.class,
                CheckCommand.class, RatesCommand.class, ReportCommand.class, AuditCommand.class, DemoCommand.class,
                RecordCommand.class, ScheduleCommand.class, LookupCommand.class, NoticeCommand.class,
                CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:failed (the message says why)", "2:wrong usage"})
public final class Main {

    private static final Logger log = LoggerFactory.getLogger(Main.class);

    @Option(names = "--config", paramLabel = "FILE",
            description = "Configuration file (YAML). Default: ./appaudit.yaml, else <data dir>/appaudit.yaml, else built-in defaults.")
    private Path config;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "The data folder (overrides data.dir; default ~/.appaudit).")
    private Path dataDir;

    private AppauditConfig loaded;

    /** The configuration, loaded and validated once. */
    AppauditConfig config() {
        if (loaded == null) {
            loaded = closeDataFolder(
                    AppauditConfig.load(Settings.load(userFile()), System.getenv(), Optional.ofNullable(dataDir)));
        }
        return loaded;
    }

    /**
     * The configuration with a command's own settings over the user's: further files (a later one wins), then
     * values the command sets itself (such as the address of a replay it serves).
     */
    AppauditConfig config(List<Path> overlays, Map<String, ?> overrides) {
        List<Path> files = new ArrayList<>(userFile().map(List::of).orElse(List.of()));
        files.addAll(overlays);
        return closeDataFolder(
                AppauditConfig.load(Settings.load(files).with(overrides), System.getenv(), Optional.ofNullable(dataDir)));
    }

    /** An existing data folder open to other users is closed to them (rwx------), with a warning on stderr. */
    static AppauditConfig closeDataFolder(AppauditConfig config) {
        try {
            OwnerOnly.close(config.dataDir()).ifPresent(before -> log.warn("The data folder {} was open to other "
                    + "users ({}): it is now rwx------, readable by its owner only", config.dataDir(), before));
        } catch (IOException e) {
            log.warn("Could not close the data folder {} to other users ({}): run 'chmod 700 {}' yourself",
                    config.dataDir(), e.getMessage(), config.dataDir());
        }
        return config;
    }

    /** The user's configuration file: --config, else ./appaudit.yaml, else <data dir>/appaudit.yaml, if any. */
    private Optional<Path> userFile() {
        if (config != null) {
            return Optional.of(config);
        }
        Path local = Path.of("appaudit.yaml");
        Path inData = (dataDir != null ? dataDir : Path.of(System.getProperty("user.home"), ".appaudit"))
                .resolve("appaudit.yaml");
        return Files.isReadable(local) ? Optional.of(local)
                : Files.isReadable(inData) ? Optional.of(inData) : Optional.empty();
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the program and returns its exit code (for tests, which must not exit the JVM). */
    public static int run(String... args) {
        CommandLine cl = commandLine();
        return cl.execute(args);
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler(Main::failed);
        // values outside what an option allows are wrong usage (2), found before a command starts its work
        cl.setExecutionStrategy(new OptionValues(new CommandLine.RunLast()));
        return cl;
    }

    private static int failed(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        Optional<IOException> io = IoFailureText.find(e);
        if (e instanceof ConfigException || e instanceof ElasticException || e instanceof IllegalArgumentException
                || e instanceof CommandFailure) {
            err.println("appaudit: " + e.getMessage());
        } else if (io.isPresent()) {
            // a person reads this: the path and what to do, never the name of a Java exception
            err.println("appaudit: " + IoFailureText.describe(io.get()));
            log.debug("I/O failure", e);
        } else {
            err.println("appaudit: unexpected failure: " + e);
            log.error("Unexpected failure", e);
        }
        err.flush();
        return 1;
    }

    /** A command could not do its job; the message says why and what to do. */
    static final class CommandFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        CommandFailure(String message) {
            super(message);
        }
    }

    /** The version from the build. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties p = new Properties();
            try (InputStream in = Main.class.getResourceAsStream("/io/appaudit/crawler/version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            }
            return new String[] {"appaudit " + p.getProperty("version", "unknown"),
                    "Elasticsearch (embedded) " + p.getProperty("elasticsearch", "unknown"),
                    "Java " + System.getProperty("java.version")};
        }
    }
}
