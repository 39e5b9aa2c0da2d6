package io.appaudit.crawler.validity;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * OPPO, unsigned: the H5 store feed {@code index.json} ({@code {errno, data:{cards:[{apps}], isEnd}}}) paged by
 * {@code start}, the required and game feeds, and each app's official landing page. The README gives the landing
 * page's address only; it is written here as label/value pairs ({@code <dt>}/{@code <dd>}) under the labels the
 * store's client shows.
 */
final class OppoPages {

    private static final String H5 = "https://app.cdo.oppomobile.com";
    private static final int PAGE = 20;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);

    private OppoPages() {
    }

    static void serve(Served out, List<Shown> apps) {
        out.stub(Served.request(H5 + "/home/store/index.json?start=0"), out.bodyFile(Served.JSON,
                "oppo/index-0.json", Served.json(feed(apps.subList(0, PAGE), false))), Served.SPECIFIC);
        out.stub(Served.request(H5 + "/home/store/index.json"), out.bodyFile(Served.JSON, "oppo/index-1.json",
                Served.json(feed(apps.subList(PAGE, apps.size()), true))), Served.NORMAL);
        out.stub(Served.request(H5 + "/home/store/required.json"), out.bodyFile(Served.JSON, "oppo/required.json",
                Served.json(feed(apps.subList(0, 4), true))), Served.NORMAL);
        out.stub(Served.request(H5 + "/home/game/index.json"), Served.body(200, Served.JSON,
                Served.json(feed(List.of(), true))), Served.NORMAL);
        for (Shown l : apps) {
            out.stub(Served.request(H5 + "/home/detail?app_id=" + l.id()), out.bodyFile(Served.HTML,
                    "oppo/detail/" + l.id() + ".html", l.served(landing(l))), Served.NORMAL);
        }
    }

    private static ObjectNode feed(List<Shown> items, boolean end) {
        ObjectNode root = Served.object();
        root.put("errno", 0);
        ObjectNode data = root.putObject("data");
        ArrayNode list = data.putArray("cards").addObject().put("key", 1001).putArray("apps");
        for (Shown l : items) {
            ObjectNode i = list.addObject();
            i.put("appId", Long.parseLong(l.id()));
            i.put("appName", l.name());
            i.put("pkgName", l.pkg());
            l.version().ifPresent(v -> i.put("verName", v));
            i.put("dlDesc", (l.versionCode() % 900 + 10) + "万次安装");
            i.put("grade", 4.2);
            i.put("url", l.downloads().get(0).url());
        }
        data.put("isEnd", end);
        return root;
    }

    private static String landing(Shown l) {
        StringBuilder s = new StringBuilder("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
                + "<title>").append(Served.esc(l.name())).append("-OPPO软件商店</title></head>\n<body>\n<h1>")
                .append(Served.esc(l.name())).append("</h1>\n<dl class=\"detail-info\">\n");
        dd(s, "包名", l.pkg());
        l.developer().ifPresent(d -> dd(s, "开发者", Served.esc(d)));
        l.version().ifPresent(v -> dd(s, "版本号", v));
        l.updated().ifPresent(u -> dd(s, "更新时间", DAY.format(u)));
        dd(s, "大小", String.format(Locale.ROOT, "%.1f MB", 20 + l.versionCode() % 300 / 10.0));
        l.filing().ifPresent(f -> dd(s, "APP备案号", Served.esc(f)));
        l.website().ifPresent(u -> dd(s, "官网", "<a href=\"" + Served.esc(u) + "\">" + Served.esc(u) + "</a>"));
        l.privacy().ifPresent(u -> dd(s, "隐私政策", "<a href=\"" + Served.esc(u) + "\">查看隐私政策</a>"));
        l.permissions().ifPresent(ps -> dd(s, "应用权限", String.join("、", ps.stream().map(Served::esc).toList())));
        s.append("</dl>\n<div class=\"intro\"><h4>应用介绍</h4><p>").append(Served.esc(l.intro())).append("</p></div>\n");
        for (Shown.Download d : l.downloads()) {
            s.append("<a class=\"btn\" href=\"").append(Served.esc(d.url())).append("\">").append(d.label())
                    .append("</a>\n");
        }
        return s.append("</body></html>\n").toString();
    }

    private static void dd(StringBuilder s, String label, String valueHtml) {
        s.append("<dt>").append(label).append("</dt><dd>").append(valueHtml).append("</dd>\n");
    }
}
