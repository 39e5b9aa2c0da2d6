package io.appaudit.indexer.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * An app named {@code <script>alert(1)</script>}, with a developer that is a spreadsheet formula full of markup and a
 * right-to-left override, and a {@code javascript:} store URL: every output of the report keeps it as text.
 */
class ReportEscapingTest {

    private static final Pattern SVG = Pattern.compile("<svg .*?</svg>", Pattern.DOTALL);
    private static final String BARE_DEVELOPER = ReportCorpus.HOSTILE_DEVELOPER.replace("\u202E", "");

    @TempDir
    static Path dir;
    private static ReportFixture fixture;
    private static String html;

    @BeforeAll
    static void writeReport() {
        fixture = new ReportFixture("report-escaping", dir);
        html = fixture.read(ReportWriter.HTML);
    }

    @AfterAll
    static void cleanUp() {
        fixture.close();
    }

    @Test
    void htmlShowsAHostileAppNameAsText() {
        assertThat(html).contains("<bdi>&lt;script&gt;alert(1)&lt;/script&gt;</bdi>");
        assertThat(html.toLowerCase(Locale.ROOT)).doesNotContain("<script").doesNotContain("<img");
    }

    @Test
    void htmlIsolatesStoreTextSoAnOverrideCannotReorderThePage() {
        assertThat(html).contains("<bdi>=HYPERLINK(&quot;http://evil.example&quot;,&quot;x&quot;) "
                + "&lt;img src=x onerror=alert(2)&gt; \u202Eevil</bdi>");
    }

    @Test
    void htmlMakesNoLinkOfAUrlThatIsNotHttp() {
        assertThat(html.toLowerCase(Locale.ROOT)).doesNotContain("href=\"javascript:");
        assertThat(html).contains("<bdi>javascript:alert(3)</bdi>");
    }

    @Test
    void svgChartsAreWellFormedAndShowAHostileDeveloperAsText() throws Exception {
        List<String> texts = new ArrayList<>();
        Matcher m = SVG.matcher(html);
        int charts = 0;
        while (m.find()) {
            Document svg = parse(m.group());
            NodeList nodes = svg.getElementsByTagName("title");
            for (int i = 0; i < nodes.getLength(); i++) {
                texts.add(nodes.item(i).getTextContent());
            }
            charts++;
        }
        assertThat(charts).isEqualTo(8); // figure 1.2 has two panels: this quarter, and the regulator's 2021 shares apart
        assertThat(texts).contains(BARE_DEVELOPER);
    }

    @Test
    void svgDropsBidirectionalControlsFromLabels() {
        Matcher m = SVG.matcher(html);
        while (m.find()) {
            assertThat(m.group()).doesNotContain("\u202E");
        }
    }

    @Test
    void csvKeepsTheNameAndDefusesTheFormula() {
        List<List<String>> rows = CsvReader.rows(fixture.read(ReportWriter.EVIDENCE_CSV));
        List<String> header = rows.get(0);
        List<String> hostile = rows.stream().filter(r -> r.get(header.indexOf("package"))
                .equals(ReportCorpus.HOSTILE_PACKAGE)).findFirst().orElseThrow();
        assertThat(hostile.get(header.indexOf("name"))).isEqualTo(ReportCorpus.HOSTILE_NAME);
        assertThat(hostile.get(header.indexOf("developer"))).isEqualTo("'" + ReportCorpus.HOSTILE_DEVELOPER);
        assertThat(hostile.get(header.indexOf("source_url"))).isEqualTo(ReportCorpus.HOSTILE_URL);
        assertThat(rows).allSatisfy(r -> assertThat(r).hasSize(header.size()));
    }

    @Test
    void developersCsvDefusesTheFormulaToo() {
        List<List<String>> rows = CsvReader.rows(fixture.read(ReportWriter.DEVELOPERS_CSV));
        assertThat(rows).extracting(r -> r.get(1)).contains("'" + ReportCorpus.HOSTILE_DEVELOPER)
                .noneMatch(d -> d.startsWith("="));
    }

    @Test
    void jsonKeepsHostileTextExact() throws IOException {
        JsonNode apps = new ObjectMapper().readTree(fixture.read(ReportWriter.EVIDENCE_JSON)).path("apps");
        JsonNode hostile = null;
        for (JsonNode a : apps) {
            if (a.path("package_name").asText().equals(ReportCorpus.HOSTILE_PACKAGE)) {
                hostile = a;
            }
        }
        assertThat(hostile).isNotNull();
        assertThat(hostile.path("name").asText()).isEqualTo(ReportCorpus.HOSTILE_NAME);
        assertThat(hostile.path("developer").asText()).isEqualTo(ReportCorpus.HOSTILE_DEVELOPER);
        assertThat(hostile.path("problems").get(0).path("source_url").asText()).isEqualTo(ReportCorpus.HOSTILE_URL);
    }

    @Test
    void jsonFilesHoldNoMarkupCharacters() {
        assertThat(fixture.read(ReportWriter.EVIDENCE_JSON)).doesNotContain("<").doesNotContain(">")
                .contains("\\u003Cscript\\u003E");
        assertThat(fixture.read(ReportWriter.JSON)).doesNotContain("<").doesNotContain(">");
    }

    private static Document parse(String xml) throws ParserConfigurationException, SAXException, IOException {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
