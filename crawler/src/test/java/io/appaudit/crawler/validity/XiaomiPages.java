package io.appaudit.crawler.validity;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Xiaomi as documented: {@code categotyAllListApi} (the store's spelling) paged from 0, and the details page with
 * its label/value {@code <div>} pairs in {@code div.float-left} / {@code div.float-right}; a {@code 备案号} row where
 * the listing shows a filing number. Pairs are written in an order that varies per app (labels, not positions).
 */
final class XiaomiPages {

    static final String CATEGORY = "5";
    private static final int PAGE = 30;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);

    private XiaomiPages() {
    }

    static void serve(Served out, List<Shown> apps) {
        for (int p = 0; p * PAGE < apps.size(); p++) {
            List<Shown> items = apps.subList(p * PAGE, Math.min(apps.size(), (p + 1) * PAGE));
            ObjectNode root = Served.object();
            root.put("count", apps.size());
            root.put("hasNext", (p + 1) * PAGE < apps.size());
            ArrayNode data = root.putArray("data");
            items.forEach(l -> data.addObject().put("appId", Long.parseLong(l.id())).put("displayName", l.name())
                    .put("packageName", l.pkg()).put("icon", "https://file.market.xiaomi.com/thumbnail/x.png")
                    .put("level1CategoryName", "效率办公"));
            out.stub(Served.request("https://app.mi.com/categotyAllListApi?page=" + p + "&categoryId=" + CATEGORY),
                    out.bodyFile(Served.JSON,
                    "xiaomi/list-" + p + ".json", Served.json(root)), Served.SPECIFIC);
        }
        out.stub(Served.request("https://app.mi.com/categotyAllListApi"),
                Served.body(200, Served.JSON, "{\"count\":0,\"hasNext\":false,\"data\":[]}"), Served.FALLBACK);
        for (Shown app : apps) {
            out.stub(Served.request("https://app.mi.com/details?id=" + app.pkg()),
                    out.bodyFile(Served.HTML, "xiaomi/details/" + app.pkg() + ".html", app.served(page(app))),
                    Served.NORMAL);
        }
    }

    private static String page(Shown l) {
        List<String> pairs = new ArrayList<>();
        pairs.add(pair("软件大小", String.format(Locale.ROOT, "%.2f M", 20 + l.versionCode() % 300 / 10.0)));
        l.version().ifPresent(v -> pairs.add(pair("版本号", v)));
        l.updated().ifPresent(u -> pairs.add(pair("更新时间", DAY.format(u))));
        l.developer().ifPresent(d -> pairs.add(pair("开发者", Served.esc(d))));
        pairs.add(pair("包名", l.pkg()));
        pairs.add(pair("appID", l.id()));
        l.filing().ifPresent(f -> pairs.add(pair("备案号", Served.esc(f))));
        l.privacy().ifPresent(u -> pairs.add(pair("隐私政策", "<a href=\"" + Served.esc(u)
                + "\" target=\"_blank\">点击查看</a>")));
        l.permissions().ifPresent(ps -> {
            StringBuilder s = new StringBuilder("<ul class=\"permission-list\">");
            ps.forEach(p -> s.append("<li>").append(Served.esc(p)).append("</li>"));
            pairs.add(pair("应用权限", s + "</ul>"));
        });
        int split = 2 + (int) (l.versionCode() % 3);
        StringBuilder s = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>")
                .append(Served.esc(l.name())).append("-小米应用商店</title></head>\n<body>\n")
                .append("<div class=\"app-intro cf\"><div class=\"app-info\"><div class=\"intro-titles\">")
                .append("<h3>").append(Served.esc(l.name())).append("</h3>")
                .append("<p class=\"special-font action\">效率办公<span>|</span>支持：手机</p>")
                .append("<div class=\"star1-empty\"><div class=\"star1-hover star1-8\"></div></div></div>\n")
                .append("<div class=\"app-info-down\">");
        for (Shown.Download d : l.downloads()) {
            s.append("<a href=\"").append(d.url().replaceFirst("^https://app\\.mi\\.com", ""))
                    .append("\" class=\"download\">").append(d.label()).append("</a>");
        }
        s.append("</div></div></div>\n<div class=\"app-text\"><p class=\"pslide\">").append(Served.esc(l.intro()))
                .append("</p></div>\n<div class=\"details preventDefault\"><div class=\"float-left\">\n");
        pairs.subList(0, Math.min(split, pairs.size())).forEach(s::append);
        s.append("</div><div class=\"float-right\">\n");
        pairs.subList(Math.min(split, pairs.size()), pairs.size()).forEach(s::append);
        return s.append("</div></div>\n<div class=\"footer\"><p>京ICP备10046444号</p></div>\n</body></html>\n")
                .toString();
    }

    private static String pair(String label, String valueHtml) {
        return "<div><div>" + label + "</div><div>" + valueHtml + "</div></div>\n";
    }
}
