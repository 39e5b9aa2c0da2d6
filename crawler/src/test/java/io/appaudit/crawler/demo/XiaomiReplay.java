package io.appaudit.crawler.demo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Xiaomi in the replay: one category of {@code categotyAllListApi} (the store's spelling) in two pages, and each
 * app's details page in the current layout (label/value pairs, as stores/src/test/resources/xiaomi/details-2025.html).
 */
final class XiaomiReplay {

    static final String LIST_URL = "https://app.mi.com/categotyAllListApi";
    static final String DETAILS_URL = "https://app.mi.com/details?id=";
    private static final String MAPPINGS = "xiaomi.json";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);

    private final ReplayFiles out;

    XiaomiReplay(ReplayFiles out) {
        this.out = out;
    }

    void write(List<DemoListing> apps) {
        int page = DemoDiscovery.XIAOMI_PAGE;
        for (int p = 0; p * page < apps.size(); p++) {
            List<DemoListing> items = apps.subList(p * page, Math.min(apps.size(), (p + 1) * page));
            boolean more = (p + 1) * page < apps.size();
            String file = out.body("xiaomi/categotyAllListApi-" + DemoDiscovery.XIAOMI_CATEGORY + "-page" + p
                    + ".json", ReplayFiles.compact(list(apps.size(), items, more)));
            ObjectNode request = Stubs.request("GET", LIST_URL);
            Stubs.param(request, "categoryId", "equalTo", DemoDiscovery.XIAOMI_CATEGORY);
            // The last page answers any later page number too (it says hasNext false).
            Stubs.param(request, "page", more ? "equalTo" : "matches", more ? Integer.toString(p) : "[1-9][0-9]*");
            out.stub(MAPPINGS, Stubs.stub(request, Stubs.file(200, Stubs.JSON, file), Stubs.SPECIFIC));
        }
        out.stub(MAPPINGS, Stubs.stub(Stubs.request("GET", LIST_URL),
                Stubs.body(200, Stubs.JSON, ReplayFiles.compact(list(0, List.of(), false))), Stubs.FALLBACK));
        for (DemoListing app : apps) {
            String file = out.body("xiaomi/details/" + app.pkg() + ".html", page(app));
            out.stub(MAPPINGS, Stubs.stub(Stubs.requestWithQuery("GET", DETAILS_URL + app.pkg()),
                    Stubs.file(200, Stubs.HTML, file), Stubs.NORMAL));
        }
    }

    private static ObjectNode list(int count, List<DemoListing> items, boolean more) {
        ObjectNode root = ReplayFiles.object();
        root.put("count", count);
        ArrayNode data = root.putArray("data");
        for (DemoListing l : items) {
            ObjectNode i = data.addObject();
            i.put("appId", Long.parseLong(l.number()));
            i.put("displayName", l.name());
            l.category().ifPresent(c -> i.put("level1CategoryName", c));
            i.put("packageName", l.pkg());
        }
        root.put("hasNext", more);
        return root;
    }

    private static String page(DemoListing l) {
        String name = Markup.esc(l.name());
        StringBuilder s = new StringBuilder();
        s.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>").append(name)
                .append("-小米应用商店</title>\n</head>\n<body>\n<div class=\"header\"><div class=\"container cf\">")
                .append("<a class=\"logo\" href=\"/\" title=\"小米应用商店\">小米应用商店</a></div></div>\n")
                .append("<div class=\"main\"><div class=\"container cf\">\n<div class=\"app-intro cf\">\n")
                .append("<div class=\"app-info\">\n<div class=\"intro-titles\">\n");
        l.developer().ifPresent(d -> s.append("<p>").append(Markup.esc(d)).append("</p>\n"));
        s.append("<h3>").append(name).append("</h3>\n");
        l.category().ifPresent(c -> s.append("<p class=\"special-font action\"><b>分类：</b>").append(Markup.esc(c))
                .append("<span>|</span><b>支持：</b>手机</p>\n"));
        s.append("<div class=\"star1-empty\"><div class=\"star1-hover star1-").append(Math.round(l.rating() * 2))
                .append("\"></div></div>\n</div>\n<div class=\"app-info-down\">");
        for (Control c : l.buttons()) {
            String href = c.path().url().replaceFirst("^https://app\\.mi\\.com", "");
            s.append("<a href=\"").append(Markup.esc(href)).append("\" class=\"download\">")
                    .append(Markup.esc(c.label())).append("</a>");
        }
        s.append("</div>\n</div>\n</div>\n<div class=\"app-text\">\n<h3>应用介绍</h3>\n<p class=\"pslide\">")
                .append(Markup.esc(l.description())).append("</p>\n</div>\n")
                .append("<div class=\"details preventDefault\">\n<h3 class=\"special-h3\">详细信息</h3>\n")
                .append("<div class=\"float-left\">\n");
        pair(s, "软件大小", String.format(Locale.ROOT, "%.2f M", l.sizeBytes() / 1048576.0));
        pair(s, "版本号", l.versionName());
        pair(s, "更新时间", DAY.format(l.updated()));
        l.developer().ifPresent(d -> pair(s, "开发者", d));
        s.append("</div>\n<div class=\"float-right\">\n");
        pair(s, "包名", l.pkg());
        pair(s, "appID", l.number());
        l.privacyUrl().ifPresent(u -> s.append("<div><div>隐私政策</div><div><a href=\"").append(Markup.esc(u))
                .append("\" target=\"_blank\">查看</a></div></div>\n"));
        l.permissions().ifPresent(ps -> {
            s.append("<div><div>应用权限</div><div><ul class=\"permission-list\">");
            ps.forEach(p -> s.append("<li>").append(Markup.esc(p)).append("</li>"));
            s.append("</ul></div></div>\n");
        });
        s.append("</div>\n</div>\n</div></div>\n<div class=\"footer\"><div class=\"container cf\">")
                .append("<p>Copyright © 2010 - 2026 Xiaomi. All Rights Reserved</p>")
                .append("<p><a href=\"https://beian.miit.gov.cn/\">京ICP备10046444号</a></p></div></div>\n")
                .append("</body>\n</html>\n");
        return s.toString();
    }

    private static void pair(StringBuilder s, String label, String value) {
        s.append("<div><div>").append(label).append("</div><div>").append(Markup.esc(value)).append("</div></div>\n");
    }
}
