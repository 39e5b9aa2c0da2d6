package io.appaudit.stores.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.appaudit.stores.AppRef;
import io.appaudit.stores.ListingResult;
import io.appaudit.stores.StoreAdapter;
import io.appaudit.stores.StoreId;
import io.appaudit.stores.StoreResponse;
import io.appaudit.stores.huawei.HuaweiAdapter;
import io.appaudit.stores.kit.JsonTree;
import io.appaudit.stores.kit.PlainText;
import io.appaudit.stores.oppo.OppoAdapter;
import io.appaudit.stores.tencent.TencentAdapter;
import io.appaudit.stores.vivo.VivoAdapter;
import io.appaudit.stores.xiaomi.XiaomiAdapter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Issue 3's benchmark: each adapter turning its main listing fixture into a listing, beside the bare parse of the
 * same bytes (jsoup for HTML pages, Jackson for JSON replies, both for Tencent's page, whose data is JSON inside
 * HTML), and beside that parse plus the parsing the listing cannot do without (HTML descriptions inside JSON made
 * text, a JSON array sent as a string). One thread: listings per second on one core. Run with {@code bench/parse.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
// short iterations, many of them: on a shared machine the load changes from second to second
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
public class ParseBenchmark {

    @Param({"tencent", "xiaomi", "oppo", "huawei", "vivo"})
    public String store;

    private StoreAdapter adapter;
    private AppRef app;
    private List<StoreResponse> responses;
    private byte[] bytes;
    private String url;
    private boolean html;

    @Setup(Level.Trial)
    public void load() throws IOException {
        Instant now = Instant.parse("2026-11-20T00:00:00Z");
        switch (store) {
            case "tencent" -> init(new TencentAdapter(), "com.eg.android.AlipayGphone",
                    "tencent/appdetail-com.eg.android.AlipayGphone.html", "https://sj.qq.com/appdetail/com.eg.android.AlipayGphone", true);
            case "xiaomi" -> init(new XiaomiAdapter(), "com.tencent.mm", "xiaomi/details-2025.html",
                    "https://app.mi.com/details?id=com.tencent.mm", true);
            case "oppo" -> init(new OppoAdapter(), "4169", "oppo/landing_detail_HANDWRITTEN.html",
                    "https://app.cdo.oppomobile.com/home/detail?app_id=4169", true);
            case "huawei" -> init(new HuaweiAdapter(), "C5683", "huawei/getTabDetail_app_C5683_wechat_2025-12.json",
                    new HuaweiAdapter().listingRequests(AppRef.of(StoreId.HUAWEI, "C5683")).get(0).url(), false);
            case "vivo" -> init(new VivoAdapter(), "12345", "vivo/vivo-detail-full.json",
                    "https://h5-api.appstore.vivo.com.cn/detail/12345?frompage=messageh5&app_version=2100", false);
            default -> throw new IllegalArgumentException(store);
        }
        responses = List.of(StoreResponse.ok(url, bytes, now));
        ListingResult check = adapter.parseListing(app, responses);
        if (!(check instanceof ListingResult.Listed)) {
            throw new IllegalStateException(store + " fixture does not parse to a listing: " + check);
        }
    }

    private void init(StoreAdapter a, String id, String fixture, String u, boolean isHtml) throws IOException {
        adapter = a;
        app = AppRef.of(a.store(), id);
        url = u;
        html = isHtml;
        try (InputStream in = ParseBenchmark.class.getResourceAsStream("/" + fixture)) {
            bytes = in.readAllBytes();
        }
    }

    /** The adapter: bytes to a listing with every field extracted. */
    @Benchmark
    public ListingResult adapter() {
        return adapter.parseListing(app, responses);
    }

    /**
     * The floor: the same bytes parsed into a tree, nothing extracted. JSON is read from the bytes, Jackson's fastest
     * way (decoding first and parsing the text costs a third more on Huawei's reply); HTML is decoded, as jsoup needs.
     */
    @Benchmark
    public Object bareParse() {
        if (!html) {
            return JsonTree.parse(bytes).orElseThrow();
        }
        Document doc = Jsoup.parse(new String(bytes, StandardCharsets.UTF_8), url);
        if ("tencent".equals(store)) {
            JsonNode data = JsonTree.parse(doc.getElementById("__NEXT_DATA__").data()).orElseThrow();
            return data;
        }
        return doc;
    }

    /**
     * The floor plus the parsing an adapter must do besides: Tencent's and vivo's descriptions are HTML inside JSON
     * and are made text (as the adapters do, through {@link PlainText}), Tencent's {@code tags_st} is a JSON array
     * sent as a string. Xiaomi, OPPO and Huawei have nothing of the kind on these pages (their descriptions are in
     * the page, or plain text), so for them this is the floor again.
     */
    @Benchmark
    public void parseAndText(Blackhole bh) {
        Object tree = bareParse();
        bh.consume(tree);
        if ("tencent".equals(store)) {
            JsonNode item = tencentItem((JsonNode) tree);
            for (String field : List.of("description", "editor_intro")) {
                JsonTree.text(item, field).ifPresent(t -> bh.consume(PlainText.lines(t)));
            }
            JsonTree.text(item, "tags_st").ifPresent(t -> bh.consume(JsonTree.parse(t)));
        } else if ("vivo".equals(store)) {
            for (String field : List.of("introduction", "app_remark")) {
                JsonTree.text((JsonNode) tree, field).ifPresent(t -> bh.consume(PlainText.paragraphs(t)));
            }
        }
    }

    /** The page's entry for the app: in the GameDetail component's items, the one with the app's package. */
    private JsonNode tencentItem(JsonNode data) {
        for (JsonNode c : JsonTree.array(data, "props.pageProps.dynamicCardResponse.data.components")) {
            if ("GameDetail".equals(JsonTree.text(c, "data.name").orElse(""))) {
                for (JsonNode item : JsonTree.array(c, "data.itemData")) {
                    if (app.storeAppId().equals(JsonTree.text(item, "pkg_name").orElse(""))) {
                        return item;
                    }
                }
            }
        }
        throw new IllegalStateException("no GameDetail item for " + app.storeAppId());
    }
}
