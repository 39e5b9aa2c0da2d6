package io.appaudit.crawler.cli;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.appaudit.crawler.CliProcess;
import io.appaudit.crawler.CrawlHarness;
import io.appaudit.crawler.XiaomiSite;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/** The data folder and what a crawl and a report write into it are readable by their owner only. */
@DisabledOnOs(OS.WINDOWS)
class OwnerOnlyDataFolderTest {

    @TempDir
    Path dir;
    private Path data;
    private WireMockServer wm;
    private CrawlHarness crawl;

    @BeforeEach
    void start() {
        wm = new WireMockServer(wireMockConfig().dynamicPort());
        wm.start();
        XiaomiSite.serve(wm, 10, 10);
        data = dir.resolve("data");
        crawl = new CrawlHarness(data, wm.baseUrl(), "ownerOnly");
        crawl.settings.put("stores.xiaomi.categories", List.of(XiaomiSite.CATEGORY));
    }

    @AfterEach
    void stop() {
        crawl.close();
        wm.stop();
    }

    private String run(String... args) throws Exception {
        String out = runAllowingFailure(args);
        assertThat(lastExit).as(out).isZero();
        return out;
    }

    private int lastExit;

    private String runAllowingFailure(String... args) throws Exception {
        Path config = CliProcess.writeConfig(dir.resolve("appaudit.yaml"), crawl.settings);
        StringWriter out = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(out));
        String[] all = Stream.concat(Stream.of("--config", config.toString(), "--data-dir", data.toString()),
                Stream.of(args)).toArray(String[]::new);
        lastExit = cl.execute(all);
        return out.toString();
    }

    private static String permissions(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    @Test
    void aCrawlAReportAndTheScheduleCreateTheDataFolderAndTheirFoldersAndFilesOwnerOnly() throws Exception {
        run("crawl", "--store", "xiaomi", "--max-apps", "2", "--no-probes");
        String quarter = LocalDate.now(ZoneOffset.UTC).getYear() + "Q"
                + ((LocalDate.now(ZoneOffset.UTC).getMonthValue() - 1) / 3 + 1);
        run("report", "--quarter", quarter);
        run("schedule", "--list");

        assertThat(permissions(data)).isEqualTo("rwx------");
        for (String folder : List.of("warc", "crawl", "reports", "reports/" + quarter, "schedule")) {
            assertThat(permissions(data.resolve(folder))).as(folder).isEqualTo("rwx------");
        }
        try (Stream<Path> warc = Files.walk(data.resolve("warc"));
             Stream<Path> reports = Files.walk(data.resolve("reports"))) {
            List<Path> written = Stream.concat(warc, reports).toList();
            assertThat(written).map(p -> p.getFileName().toString())
                    .anyMatch(n -> n.endsWith(".warc.gz")).anyMatch(n -> n.equals("report.html"));
            for (Path p : written) {
                assertThat(permissions(p)).as(p.toString())
                        .isEqualTo(Files.isDirectory(p) ? "rwx------" : "rw-------");
            }
        }
    }

    @Test
    void anExistingDataFolderOpenToOthersIsClosedOnStartWithAWarning() throws Exception {
        Files.createDirectories(data);
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path evidence = Files.createDirectories(data.resolve("warc"));
        Files.setPosixFilePermissions(evidence, PosixFilePermissions.fromString("rwxr-xr-x"));

        Path saved = Files.writeString(dir.resolve("saved.html"), "<html><body>no listing here</body></html>");
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        Logger main = (Logger) LoggerFactory.getLogger(Main.class);
        log.start();
        main.addAppender(log);
        try {
            runAllowingFailure("parse", "--store", "xiaomi", saved.toString());
        } finally {
            main.detachAppender(log);
        }

        assertThat(permissions(data)).isEqualTo("rwx------");
        assertThat(log.list).filteredOn(e -> e.getLevel() == Level.WARN).map(ILoggingEvent::getFormattedMessage)
                .containsExactly("The data folder " + data + " was open to other users (rwxr-xr-x): it is now "
                        + "rwx------, readable by its owner only");
        // what lies below is protected by the folder and left as it was
        assertThat(permissions(evidence)).isEqualTo("rwxr-xr-x");
    }
}
