package io.appaudit.crawler.demo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * vivo in the replay: the H5 keyword search for two keywords, two pages each, and each app's flat H5 detail reply
 * (the key set of stores/src/test/resources/vivo), the filing number written in the introduction.
 */
final class VivoReplay {

    static final String SEARCH_URL = "https://h5-api.appstore.vivo.com.cn/h5appstore/search/result-list";
    static final String DETAIL_URL = "https://h5-api.appstore.vivo.com.cn/detail/";
    private static final String MAPPINGS = "vivo.json";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    private final ReplayFiles out;

    VivoReplay(ReplayFiles out) {
        this.out = out;
    }

    void write(List<DemoListing> apps) {
        int per = DemoDiscovery.VIVO_PER_KEYWORD;
        int page = DemoDiscovery.VIVO_PAGE;
        for (int k = 0; k < DemoDiscovery.VIVO_KEYWORDS.size(); k++) {
            String keyword = DemoDiscovery.VIVO_KEYWORDS.get(k);
            List<DemoListing> hits = apps.subList(k * per, Math.min(apps.size(), (k + 1) * per));
            int pages = (hits.size() + page - 1) / page;
            for (int p = 1; p <= pages; p++) {
                List<DemoListing> items = hits.subList((p - 1) * page, Math.min(hits.size(), p * page));
                String file = out.body("vivo/search-" + (k + 1) + "-page" + p + ".json",
                        ReplayFiles.compact(search(items, p, pages, hits.size())));
                ObjectNode request = Stubs.request("GET", SEARCH_URL);
                Stubs.param(request, "key", "equalTo", keyword);
                Stubs.param(request, "page_index", p < pages ? "equalTo" : "matches",
                        p < pages ? Integer.toString(p) : "[2-9][0-9]*");
                out.stub(MAPPINGS, Stubs.stub(request, Stubs.file(200, Stubs.JSON, file), Stubs.SPECIFIC));
            }
        }
        ObjectNode none = ReplayFiles.object();
        none.put("code", 0);
        none.putObject("data").putObject("appSearchResponse").put("result", false).put("totalCount", 0);
        out.stub(MAPPINGS, Stubs.stub(Stubs.request("GET", SEARCH_URL),
                Stubs.body(200, Stubs.JSON, ReplayFiles.compact(none)), Stubs.FALLBACK));
        for (DemoListing app : apps) {
            String file = out.body("vivo/detail/" + app.appId() + ".json", ReplayFiles.compact(detail(app)));
            out.stub(MAPPINGS, Stubs.stub(Stubs.request("GET", DETAIL_URL + app.appId()),
                    Stubs.file(200, Stubs.JSON, file), Stubs.NORMAL));
        }
        // vivo's answer for an id it does not have: the envelope without an id.
        ObjectNode missing = ReplayFiles.object();
        missing.put("filter", true);
        missing.putArray("permissionList");
        missing.putArray("screenshotList");
        missing.put("canDownloadStatus", 0);
        out.stub(MAPPINGS, Stubs.stub(Stubs.requestUnder("GET", "/h5-api.appstore.vivo.com.cn/detail/"),
                Stubs.body(200, Stubs.JSON, ReplayFiles.compact(missing)), Stubs.FALLBACK));
    }

    private static ObjectNode search(List<DemoListing> items, int page, int pages, int total) {
        ObjectNode root = ReplayFiles.object();
        root.put("code", 0);
        root.put("success", true);
        ObjectNode response = root.putObject("data").putObject("appSearchResponse");
        response.put("result", true);
        response.put("pageNo", page - 1);
        response.put("pageSize", DemoDiscovery.VIVO_PAGE);
        response.put("maxPage", pages);
        response.put("totalCount", total);
        response.put("from", "local");
        ArrayNode value = response.putArray("value");
        for (DemoListing l : items) {
            ObjectNode i = value.addObject();
            i.put("id", Long.parseLong(l.appId()));
            i.put("title_zh", l.name());
            i.put("package_name", l.pkg());
            l.developer().ifPresent(d -> i.put("developer", d));
            i.put("version_name", l.versionName());
            i.put("version_code", l.versionCode());
            i.put("score", l.rating());
            l.shortDescription().ifPresent(s -> i.put("remark", s));
            i.put("official", l.official() ? "1" : "0");
            i.put("atype", 1);
        }
        return root;
    }

    private static ObjectNode detail(DemoListing l) {
        ObjectNode d = ReplayFiles.object();
        d.put("id", Long.parseLong(l.appId()));
        d.put("title_zh", l.name());
        d.put("score", l.rating());
        d.put("raters_count", 100 + l.downloads() % 9_000);
        d.put("package_name", l.pkg());
        d.put("version_name", l.versionName());
        d.put("version_code", Long.toString(l.versionCode()));
        l.control(Control.Role.ENDPOINT).ifPresent(c -> d.put("download_url", c.path().url()));
        d.put("size", l.sizeBytes() / 1024);
        d.put("offical", l.official() ? "1" : "0");
        l.developer().ifPresent(v -> d.put("developer", v));
        d.put("download_count", l.downloads());
        d.put("upload_time", TIME.format(l.updated()));
        d.putArray("screenshotList");
        l.permissions().ifPresent(ps -> {
            ArrayNode a = d.putArray("permissionList");
            ps.forEach(p -> a.addObject().put("title", p));
        });
        d.put("introduction", "<p>" + Markup.esc(l.description()) + "</p>"
                + l.filing().map(f -> "<p>备案号：" + f + "</p>").orElse(""));
        l.shortDescription().ifPresent(s -> d.put("app_remark", s));
        d.put("category", 20 + Math.floorMod(l.pkg().hashCode(), 10));
        d.putArray("appComments");
        d.put("filter", false);
        d.put("canDownloadStatus", 0);
        d.put("washAdApkFlag", false);
        return d;
    }
}
