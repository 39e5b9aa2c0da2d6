package io.appaudit.crawler.validity;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.appaudit.stores.StoreId;
import java.util.List;
import java.util.Locale;

/**
 * 应用宝 as shared/stores/README.md documents it: the yybadaccess list (POST, paged by {@code listI.offset}), the
 * sj.qq.com detail page whose {@code __NEXT_DATA__} holds a GameDetail component among others (the app picked by
 * {@code pkg_name}), and a.app.qq.com's {@code window.systemData}. No privacy link, permission list or filing number:
 * the documented format has none.
 */
final class TencentPages {

    static final String LIST = "https://yybadaccess.3g.qq.com/v2/dc_pcyyb_official";
    static final int PAGE = 20;

    private TencentPages() {
    }

    static void serve(Served out, List<Shown> apps) {
        for (int p = 0; p * PAGE < apps.size(); p++) {
            List<Shown> items = apps.subList(p * PAGE, Math.min(apps.size(), (p + 1) * PAGE));
            out.stub(post(urlPathEqualTo(Served.path(LIST)))
                            .withRequestBody(matchingJsonPath("$.body.listI.offset.repInt[0]", equalTo(Integer.toString(p)))),
                    out.bodyFile(Served.JSON, "tencent/list-" + p + ".json", Served.json(list(items))),
                    Served.SPECIFIC);
        }
        out.stub(post(urlPathEqualTo(Served.path(LIST))), Served.body(200, Served.JSON, Served.json(list(List.of()))),
                Served.FALLBACK);
        for (int i = 0; i < apps.size(); i++) {
            Shown app = apps.get(i);
            Shown neighbour = apps.get((i + 1) % apps.size());
            out.stub(Served.request("https://sj.qq.com/appdetail/" + app.pkg()), out.bodyFile(Served.HTML,
                    "tencent/appdetail/" + app.pkg() + ".html", app.served(detail(app, neighbour))), Served.NORMAL);
            out.stub(Served.request("https://a.app.qq.com/o/simple.jsp?pkgname=" + app.pkg()), out.bodyFile(
                    Served.HTML, "tencent/simple/" + app.pkg() + ".html", simple(app)), Served.NORMAL);
        }
    }

    private static ObjectNode list(List<Shown> items) {
        ObjectNode root = Served.object();
        root.put("ret", 0);
        ArrayNode data = root.putObject("data").putArray("components").addObject().putObject("data")
                .put("name", "AppList").putArray("itemData");
        items.forEach(l -> data.add(item(l)));
        return root;
    }

    private static ObjectNode item(Shown l) {
        ObjectNode i = Served.object();
        i.put("name", l.name());
        i.put("pkg_name", l.pkg());
        i.put("app_id", Long.toString(54_000_000L + Math.floorMod(l.pkg().hashCode(), 1_000_000)));
        l.developer().ifPresent(d -> i.put("developer", d));
        l.operator().ifPresent(o -> i.put("operator", o));
        l.version().ifPresent(v -> i.put("version_name", v));
        l.updated().ifPresent(u -> i.put("update_time", u.atZone(StoreId.CHINA).toEpochSecond()));
        i.put("apk_size", Long.toString(20_000_000L + l.versionCode() * 37));
        i.put("download_num", Long.toString(l.versionCode() * 113));
        i.put("average_rating", "4.3");
        i.put("description", l.intro());
        i.put("md_5", l.md5().toUpperCase(Locale.ROOT));
        i.put("tags_st", "[{\"tag_name\":\"工具\"}]");
        return i;
    }

    /** The detail page: a SameDeveloper card before the GameDetail one, whose itemData has another app first. */
    private static String detail(Shown l, Shown other) {
        ObjectNode next = Served.object();
        ArrayNode components = next.putObject("props").putObject("pageProps").putObject("dynamicCardResponse")
                .put("ret", 0).putObject("data").putArray("components");
        components.addObject().putObject("data").put("name", "SameDeveloper").putArray("itemData").add(item(other));
        ArrayNode detail = components.addObject().putObject("data").put("name", "GameDetail").putArray("itemData");
        detail.add(item(l));
        components.addObject().putObject("data").put("name", "YouMayAlsoLike").putArray("itemData").add(item(other));
        next.put("page", "/appdetail/[pkgname]");
        return "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charSet=\"utf-8\"/><title>" + Served.esc(l.name())
                + "app下载-应用宝官网</title></head><body><div id=\"__next\"><div class=\"AppInfo_info__kxhxQ\"><h1>"
                + Served.esc(l.name()) + "</h1></div></div><script id=\"__NEXT_DATA__\" type=\"application/json\">"
                + Served.script(Served.json(next)) + "</script></body></html>\n";
    }

    /** a.app.qq.com: systemData, and on some pages the 高速下载 / 普通下载 links. */
    private static String simple(Shown l) {
        ObjectNode system = Served.object();
        ObjectNode d = system.putObject("appDetail");
        d.put("appName", l.name());
        d.put("pkgName", l.pkg());
        l.operator().ifPresent(a -> d.put("author", a));
        l.developer().ifPresent(v -> d.put("developer", v));
        l.version().ifPresent(v -> d.put("versionName", v));
        Shown.Download own = l.downloads().get(l.downloads().size() - 1);
        d.put("apkUrl", own.url());
        d.put("apkMd5", l.md5().toUpperCase(Locale.ROOT));
        StringBuilder links = new StringBuilder();
        if (l.downloads().size() > 1) {
            for (Shown.Download c : l.downloads()) {
                links.append("<a class=\"download-btn\" href=\"").append(Served.esc(c.url())).append("\">")
                        .append(Served.esc(c.label())).append("</a>\n");
            }
        }
        return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + Served.esc(l.name())
                + "-应用宝</title></head>\n<body>\n<div class=\"buttons\">\n" + links + "</div>\n<script>\n"
                + "window.systemData=" + Served.script(Served.json(system)) + ";\n</script>\n</body></html>\n";
    }
}
