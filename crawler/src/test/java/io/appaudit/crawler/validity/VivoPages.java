package io.appaudit.crawler.validity;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * vivo as documented: the H5 keyword search (each keyword finds half the apps, in pages of 10) and each app's flat
 * detail JSON, {@code id} absent for an unknown app. The filing number, where shown, is in the HTML introduction,
 * written several ways.
 */
final class VivoPages {

    static final List<String> KEYWORDS = List.of("效率", "生活");
    private static final String SEARCH = "https://h5-api.appstore.vivo.com.cn/h5appstore/search/result-list";
    private static final int PAGE = 10;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    private static final List<String> FILING_LABELS = List.of("<p>备案号：%s</p>", "<p>APP备案号: %s</p>",
            "<div>ICP备案号 %s</div>", "<br/>应用备案号：%s");

    private VivoPages() {
    }

    static void serve(Served out, List<Shown> apps) {
        int half = apps.size() / KEYWORDS.size();
        for (int k = 0; k < KEYWORDS.size(); k++) {
            List<Shown> hits = apps.subList(k * half, (k + 1) * half);
            int pages = (hits.size() + PAGE - 1) / PAGE;
            for (int p = 1; p <= pages; p++) {
                ObjectNode root = Served.object();
                root.put("code", 0);
                ObjectNode r = root.putObject("data").putObject("appSearchResponse");
                r.put("maxPage", pages).put("totalCount", hits.size()).put("pageNo", p);
                ArrayNode value = r.putArray("value");
                hits.subList((p - 1) * PAGE, Math.min(hits.size(), p * PAGE)).forEach(l -> value.addObject()
                        .put("id", Long.parseLong(l.id())).put("title_zh", l.name()).put("package_name", l.pkg()));
                out.stub(Served.request(SEARCH + "?key=" + KEYWORDS.get(k) + "&page_index=" + p), out.bodyFile(
                        Served.JSON, "vivo/search-" + k + "-" + p + ".json", Served.json(root)), Served.SPECIFIC);
            }
        }
        out.stub(Served.request(SEARCH), Served.body(200, Served.JSON,
                "{\"code\":0,\"data\":{\"appSearchResponse\":{\"maxPage\":0,\"totalCount\":0,\"value\":[]}}}"),
                Served.FALLBACK);
        out.stub(Served.under("h5-api.appstore.vivo.com.cn/detail"), Served.body(200, Served.JSON,
                "{\"filter\":true,\"permissionList\":[]}"), Served.FALLBACK);
        for (int i = 0; i < apps.size(); i++) {
            Shown l = apps.get(i);
            out.stub(Served.request("https://h5-api.appstore.vivo.com.cn/detail/" + l.id()), out.bodyFile(Served.JSON,
                    "vivo/detail/" + l.id() + ".json", l.served(Served.json(detail(l, FILING_LABELS.get(i % 4))))),
                    Served.NORMAL);
        }
    }

    private static ObjectNode detail(Shown l, String filingLabel) {
        ObjectNode d = Served.object();
        d.put("id", Long.parseLong(l.id()));
        d.put("title_zh", l.name());
        d.put("package_name", l.pkg());
        l.developer().ifPresent(v -> d.put("developer", v));
        l.version().ifPresent(v -> d.put("version_name", v));
        l.version().ifPresent(v -> d.put("version_code", l.versionCode())); // no version: neither name nor code
        d.put("size", 20_480 + l.versionCode() % 90_000);
        l.updated().ifPresent(u -> d.put("upload_time", TIME.format(u)));
        d.put("download_url", l.downloads().get(0).url());
        d.put("download_count", l.versionCode() * 91);
        d.put("score", 4.4);
        d.put("raters_count", 310);
        d.put("introduction", "<p>" + Served.esc(l.intro()) + "</p>"
                + l.filing().map(f -> String.format(filingLabel, f)).orElse(""));
        l.permissions().ifPresent(ps -> {
            ArrayNode a = d.putArray("permissionList");
            ps.forEach(p -> a.addObject().put("title", p));
        });
        d.put("offical", 0);
        return d;
    }
}
