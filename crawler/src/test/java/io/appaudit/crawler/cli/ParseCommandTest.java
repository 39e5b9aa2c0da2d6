package io.appaudit.crawler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code appaudit parse} on the real samples of ../shared/stores/samples, as copied into the adapters' fixtures. */
class ParseCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private JsonNode parse(String store, String fixture, String... extra) throws IOException {
        Path file = dir.resolve(fixture);
        try (InputStream in = getClass().getResourceAsStream("/" + store + "/" + fixture)) {
            assertThat(in).as("fixture %s/%s", store, fixture).isNotNull();
            Files.copy(in, file);
        }
        String[] args = new String[4 + extra.length];
        args[0] = "--data-dir";
        args[1] = dir.resolve("data").toString();
        args[2] = "parse";
        args[3] = "--store=" + store;
        System.arraycopy(extra, 0, args, 4, extra.length);
        String[] all = java.util.Arrays.copyOf(args, args.length + 1);
        all[args.length] = file.toString();
        Cli.Run r = Cli.run(all);
        assertThat(r.exitCode()).as(r.err()).isZero();
        return JSON.readTree(r.out());
    }

    @Test
    void readsHuaweisRealWeChatReplyAsAListing() throws IOException {
        JsonNode l = parse("huawei", "getTabDetail_app_C5683_wechat_2025-12.json").path("listing");
        assertThat(l.path("outcome").asText()).isEqualTo("listed");
        assertThat(l.path("value").path("store_app_id").asText()).isEqualTo("C5683");
        assertThat(l.path("value").path("package_name").asText()).isEqualTo("com.tencent.mm");
        assertThat(l.path("value").path("developer").asText()).isEqualTo("腾讯科技（北京）有限公司");
        assertThat(l.path("value").path("updated_at").asText()).isEqualTo("2025-12-04T00:00:00+08:00");
    }

    @Test
    void readsVivosDetailFixtureAsAListing() throws IOException {
        JsonNode l = parse("vivo", "vivo-detail.fixture.json").path("listing");
        assertThat(l.path("outcome").asText()).isEqualTo("listed");
        assertThat(l.path("value").path("package_name").asText()).isEqualTo("org.example.app");
    }

    @Test
    void readsVivosAnswerForAnUnknownIdAsNotListed() throws IOException {
        assertThat(parse("vivo", "vivo-missing.fixture.json").path("listing").path("outcome").asText())
                .isEqualTo("not_listed");
    }

    @Test
    void readsVivosSearchReplyAsADiscoveryPage() throws IOException {
        JsonNode d = parse("vivo", "vivo-search.fixture.json").path("discovery");
        assertThat(d.path("problem").asText()).isEqualTo("none");
        assertThat(d.path("apps")).hasSize(2);
    }

    @Test
    void readsXiaomisClientApiItemsAsADiscoveryPage() throws IOException {
        JsonNode d = parse("xiaomi", "market-apm-list-datas-2017.json").path("discovery");
        assertThat(d.path("apps")).hasSize(3);
        assertThat(d.path("apps").get(0).path("package_name").asText()).isEqualTo("com.elong.hotel.ui");
    }

    @Test
    void readsOpposStoreFeedAsADiscoveryPage() throws IOException {
        JsonNode d = parse("oppo", "h5_store_index_json_FIXTURE_trimmed.json").path("discovery");
        assertThat(d.path("problem").asText()).isEqualTo("none");
        assertThat(d.path("apps").get(0).path("package_name").asText()).isEqualTo("com.tencent.mm");
    }

    @Test
    void readsTencentsSavedSearchDataAsADiscoveryPage() throws IOException {
        JsonNode d = parse("tencent", "sjqq-search-NEXT_DATA.testfixture.json").path("discovery");
        assertThat(d.path("apps").get(0).path("store_app_id").asText()).isEqualTo("com.tencent.mm");
    }

    @Test
    void reportsTencentsTruncatedSystemDataExcerptAsAParseProblem() throws IOException {
        JsonNode out = parse("tencent", "a.app.qq.com-simple.jsp-window.systemData.EXCERPT-2025-11.txt");
        assertThat(out.path("as_listing").path("outcome").asText()).isEqualTo("parse_problem");
        assertThat(out.path("discovery").path("apps")).isEmpty();
    }

    @Test
    void readsAnOldHuaweiHtmlPageAsUnexpectedFormat() throws IOException {
        JsonNode out = parse("huawei", "legacy_appstore_detail_C100165147_2019-05_EXCERPT.html");
        assertThat(out.path("as_listing").path("value").path("kind").asText()).isEqualTo("UNEXPECTED_FORMAT");
    }

    @Test
    void takesTheAppFromTheUrl() throws IOException {
        JsonNode l = parse("tencent", "appdetail-com.eg.android.AlipayGphone.html",
                "--url=https://sj.qq.com/appdetail/com.eg.android.AlipayGphone",
                "--supplement=" + copy("tencent", "a.app.qq.com-simple.jsp-com.eg.android.AlipayGphone.html"))
                .path("listing");
        assertThat(l.path("outcome").asText()).isEqualTo("listed");
        assertThat(l.path("value").path("package_name").asText()).isEqualTo("com.eg.android.AlipayGphone");
        assertThat(l.path("value").path("operator").isMissingNode()).isFalse();
    }

    private Path copy(String store, String fixture) throws IOException {
        Path file = dir.resolve("supplement-" + fixture);
        try (InputStream in = getClass().getResourceAsStream("/" + store + "/" + fixture)) {
            Files.copy(in, file);
        }
        return file;
    }

    @Test
    void failsNamingTheKnownStoresForAnUnknownStore() {
        Cli.Run r = Cli.run("parse", "--store=amazon", "x.json");
        assertThat(r.exitCode()).isEqualTo(2); // wrong usage (issue 12); it was 1
        assertThat(r.err()).contains("Unknown store 'amazon'").contains("tencent, xiaomi, oppo, huawei, vivo");
    }

    @Test
    void refusesAFileLargerThanTheBodyCapWithoutReadingItAll() {
        // /dev/zero has no end: only fetch.max-body-size and one byte of it are read
        Cli.Run r = Cli.run("--data-dir", dir.resolve("data").toString(), "parse", "--store=xiaomi", "/dev/zero");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("/dev/zero is larger than fetch.max-body-size").doesNotContain("OutOfMemoryError")
                .doesNotContain("Exception");
        assertThat(r.out()).isEmpty();
    }
}
