package io.appaudit.crawler.demo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * OPPO in the replay, unsigned mode: the H5 store feed ({@code index.json}) in two pages, the required and game
 * feeds, and each app's official landing page read by label text (the hand-written landing page's labels: no capture
 * of the real page is public).
 */
final class OppoReplay {

    static final String H5 = "https://app.cdo.oppomobile.com";
    static final String LANDING_URL = H5 + "/home/detail?app_id=";
    private static final String MAPPINGS = "oppo.json";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);

    private final ReplayFiles out;

    OppoReplay(ReplayFiles out) {
        this.out = out;
    }

    void write(List<DemoListing> apps) {
        int page = DemoDiscovery.OPPO_PAGE;
        int pages = (apps.size() + page - 1) / page;
        for (int p = 0; p < pages; p++) {
            List<DemoListing> items = apps.subList(p * page, Math.min(apps.size(), (p + 1) * page));
            String file = out.body("oppo/store-index-page" + (p + 1) + ".json",
                    ReplayFiles.compact(feed(items, p == pages - 1)));
            ObjectNode request = Stubs.request("GET", H5 + "/home/store/index.json");
            Stubs.param(request, "start", p == 0 ? "equalTo" : "matches", p == 0 ? "0" : "[1-9][0-9]*");
            out.stub(MAPPINGS, Stubs.stub(request, Stubs.file(200, Stubs.JSON, file), Stubs.SPECIFIC));
        }
        String required = out.body("oppo/store-required.json",
                ReplayFiles.compact(feed(apps.subList(0, DemoDiscovery.OPPO_REQUIRED), true)));
        out.stub(MAPPINGS, Stubs.stub(Stubs.request("GET", H5 + "/home/store/required.json"),
                Stubs.file(200, Stubs.JSON, required), Stubs.NORMAL));
        out.stub(MAPPINGS, Stubs.stub(Stubs.request("GET", H5 + "/home/game/index.json"),
                Stubs.body(200, Stubs.JSON, ReplayFiles.compact(feed(List.of(), true))), Stubs.NORMAL));
        for (DemoListing app : apps) {
            String file = out.body("oppo/detail/" + app.appId() + ".html", landing(app));
            out.stub(MAPPINGS, Stubs.stub(Stubs.requestWithQuery("GET", LANDING_URL + app.appId()),
                    Stubs.file(200, Stubs.HTML, file), Stubs.NORMAL));
        }
    }

    private static ObjectNode feed(List<DemoListing> items, boolean end) {
        ObjectNode root = ReplayFiles.object();
        root.put("errno", 0);
        ObjectNode data = root.putObject("data");
        ArrayNode cards = data.putArray("cards");
        if (!items.isEmpty()) {
            ArrayNode list = cards.addObject().putArray("apps");
            for (DemoListing l : items) {
                ObjectNode i = list.addObject();
                i.put("appId", Long.parseLong(l.appId()));
                i.put("verId", Long.parseLong(l.number()));
                i.put("appName", l.name());
                i.put("pkgName", l.pkg());
                l.buttons().stream().findFirst().ifPresent(c -> i.put("url", c.path().url()));
                i.put("dlDesc", downloads(l));
                i.put("grade", l.rating());
            }
        }
        data.put("isEnd", end);
        return root;
    }

    private static String landing(DemoListing l) {
        StringBuilder s = new StringBuilder();
        s.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(Markup.esc(l.name())).append("-OPPO软件商店</title>\n</head>\n<body>\n")
                .append("<div class=\"app-header\">\n<h1>").append(Markup.esc(l.name())).append("</h1>\n")
                .append("<p class=\"score\"><span>评分</span><span>")
                .append(String.format(Locale.ROOT, "%.1f", l.rating())).append("</span></p>\n</div>\n")
                .append("<ul class=\"app-info\">\n");
        l.developer().ifPresent(d -> s.append("<li>开发者：").append(Markup.esc(d)).append("</li>\n"));
        s.append("<li>版本：").append(Markup.esc(l.versionName())).append("</li>\n")
                .append("<li>更新时间：").append(DAY.format(l.updated())).append("</li>\n")
                .append("<li>大小：").append(String.format(Locale.ROOT, "%.1f MB", l.sizeBytes() / 1048576.0))
                .append("</li>\n<li>下载次数：").append(downloads(l)).append("</li>\n</ul>\n")
                .append("<dl class=\"app-meta\">\n<dt>包名</dt><dd>").append(l.pkg()).append("</dd>\n");
        l.category().ifPresent(c -> s.append("<dt>分类</dt><dd>").append(Markup.esc(c)).append("</dd>\n"));
        l.filing().ifPresent(f -> s.append("<dt>备案号</dt><dd>").append(Markup.esc(f)).append("</dd>\n"));
        s.append("</dl>\n<div class=\"app-links\">\n");
        l.privacyUrl().ifPresent(u -> s.append("<a href=\"").append(Markup.esc(u)).append("\">隐私政策</a>\n"));
        l.website().ifPresent(u -> s.append("<span>官网</span><span><a href=\"").append(Markup.esc(u)).append("\">")
                .append(URI.create(u).getHost()).append("</a></span>\n"));
        s.append("</div>\n");
        l.permissions().ifPresent(ps -> {
            s.append("<div class=\"permission\">\n<h4>应用权限</h4>\n<ul>\n");
            ps.forEach(p -> s.append("<li>").append(Markup.esc(p)).append("</li>\n"));
            s.append("</ul>\n</div>\n");
        });
        s.append("<div class=\"intro\">\n<h4>应用介绍</h4>\n<div>\n<p>").append(Markup.esc(l.description()))
                .append("</p>\n</div>\n</div>\n<div class=\"download\">\n");
        for (Control c : l.buttons()) {
            s.append("<a class=\"btn\" href=\"").append(Markup.esc(c.path().url())).append("\">")
                    .append(Markup.esc(c.label())).append("</a>\n");
        }
        s.append("</div>\n<div class=\"footer\">\n<p>Copyright © 2026 OPPO. 版权所有</p>\n")
                .append("<p>备案号：粤ICP备08130115号-1</p>\n</div>\n</body>\n</html>\n");
        return s.toString();
    }

    private static String downloads(DemoListing l) {
        return Markup.count(l.downloads()) + "次";
    }
}
