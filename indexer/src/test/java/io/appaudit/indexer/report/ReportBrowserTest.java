package io.appaudit.indexer.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the report in a real headless Chromium: the charts render (SVG with a size, bars and labels), store text
 * stays text, and a screenshot is saved as {@code target/report-screenshot.png} (the report beside it in
 * {@code target/report-sample/}). Skipped when no Chromium is found,
 * unless {@code -Dappaudit.test.require-browser=true}, which makes that a failure.
 */
class ReportBrowserTest {

    /** The figures of the corpus's report: 1.1, 1.2 (two panels), 2.1, 2.2, 3.1, 4.1, 4.2. */
    private static final int FIGURES = 8;
    private static final String SVG_BOXES = "Array.from(document.querySelectorAll('svg.chart')).map(s => {"
            + " const r = s.getBoundingClientRect(); return {width: r.width, height: r.height,"
            + " marks: s.querySelectorAll('rect, circle, path').length, texts: s.querySelectorAll('text').length,"
            + " title: s.querySelector('title').textContent}; })";

    private static final String NO_BROWSER =
            "No Chromium found (install Debian's chromium, or give -Dappaudit.test.chromium=PATH)";

    @TempDir
    static Path dir;
    private static ReportFixture fixture;
    private static Chromium browser;
    private static JsonNode boxes;
    private static String bodyText;
    private static int scripts;
    private static Path screenshot;

    @BeforeAll
    static void openTheReport() throws IOException {
        var binary = Chromium.find();
        if (binary.isEmpty()) {
            if (Boolean.getBoolean("appaudit.test.require-browser")) {
                throw new IllegalStateException(NO_BROWSER + ", and -Dappaudit.test.require-browser=true");
            }
            return;
        }
        fixture = new ReportFixture("report-browser", dir);
        browser = Chromium.launch(binary.get(), dir.resolve("chromium-profile"));
        String page = browser.open(fixture.out.resolve(ReportWriter.HTML).toUri());
        boxes = browser.evaluate(page, SVG_BOXES);
        bodyText = browser.evaluate(page, "document.body.innerText").asText();
        scripts = browser.evaluate(page, "document.scripts.length").asInt(-1);
        screenshot = Path.of(System.getProperty("basedir", "."), "target", "report-screenshot.png");
        Files.createDirectories(screenshot.getParent());
        Files.write(screenshot, browser.screenshot(page, 16_000));
        copy(fixture.out, screenshot.resolveSibling("report-sample"));
    }

    /** Keeps the report the screenshot shows beside it, for a person to open. */
    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (var files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    @BeforeEach
    void needsTheBrowser() {
        Assumptions.assumeTrue(browser != null, NO_BROWSER);
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void everyChartRendersWithAWidthAndAHeight() {
        assertThat(boxes.size()).isEqualTo(FIGURES);
        for (JsonNode b : boxes) {
            assertThat(b.path("width").asDouble()).as(b.path("title").asText()).isGreaterThan(100);
            assertThat(b.path("height").asDouble()).as(b.path("title").asText()).isGreaterThan(50);
        }
    }

    @Test
    void everyChartDrawsShapesAndLabels() {
        for (JsonNode b : boxes) {
            assertThat(b.path("texts").asInt()).as(b.path("title").asText()).isGreaterThan(3);
            assertThat(b.path("marks").asInt()).as(b.path("title").asText()).isGreaterThan(3);
        }
    }

    @Test
    void storeNamesShowInChinese() {
        assertThat(bodyText).contains("应用宝").contains("小米").contains("华为").contains("OPPO").contains("vivo");
    }

    @Test
    void aHostileAppNameShowsAsTextAndRunsNothing() {
        assertThat(bodyText).contains(ReportCorpus.HOSTILE_NAME).contains(ReportCorpus.HOSTILE_URL);
        assertThat(scripts).isZero();
        assertThat(browser.events()).doesNotContain("Page.javascriptDialogOpening");
    }

    @Test
    void savesAScreenshotOfTheReport() throws IOException {
        byte[] png = Files.readAllBytes(screenshot);
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        assertThat(png.length).isGreaterThan(50_000);
    }
}
