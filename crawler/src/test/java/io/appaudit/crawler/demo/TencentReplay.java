package io.appaudit.crawler.demo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.appaudit.stores.StoreId;
import java.util.List;
import java.util.Locale;

/**
 * 应用宝 in the replay: the yybadaccess list (POST, paged by {@code listI.offset}), each app's sj.qq.com detail page
 * with its {@code __NEXT_DATA__} (a {@code GameDetail} component) and its a.app.qq.com {@code window.systemData}
 * page, in the formats of the stores/src/test/resources/tencent fixtures.
 */
final class TencentReplay {

    static final String LIST_URL = "https://yybadaccess.3g.qq.com/v2/dc_pcyyb_official";
    static final String DETAIL_URL = "https://sj.qq.com/appdetail/";
    static final String SUPPLEMENT_URL = "https://a.app.qq.com/o/simple.jsp?pkgname=";
    private static final String MAPPINGS = "tencent.json";

    private final ReplayFiles out;

    TencentReplay(ReplayFiles out) {
        this.out = out;
    }

    void write(List<DemoListing> apps) {
        int page = DemoDiscovery.TENCENT_PAGE;
        for (int p = 0; p * page < apps.size(); p++) {
            List<DemoListing> items = apps.subList(p * page, Math.min(apps.size(), (p + 1) * page));
            String file = out.body("tencent/dc_pcyyb_official-app-all-page" + p + ".json", ReplayFiles.compact(
                    list(items)));
            ObjectNode request = Stubs.request("POST", LIST_URL);
            ArrayNode body = request.putArray("bodyPatterns");
            body.addObject().putObject("matchesJsonPath").put("expression", "$.body.listS.cate_alias.repStr[0]")
                    .put("equalTo", DemoDiscovery.TENCENT_LIST.substring("app:".length()));
            body.addObject().putObject("matchesJsonPath").put("expression", "$.body.listI.offset.repInt[0]")
                    .put("equalTo", Integer.toString(p));
            out.stub(MAPPINGS, Stubs.stub(request, Stubs.file(200, Stubs.JSON, file), Stubs.SPECIFIC));
        }
        // Any other list or page (game:all, a third page) is empty: the list ends there.
        out.stub(MAPPINGS, Stubs.stub(Stubs.request("POST", LIST_URL),
                Stubs.body(200, Stubs.JSON, ReplayFiles.compact(list(List.of()))), Stubs.FALLBACK));
        for (DemoListing app : apps) {
            String detail = out.body("tencent/appdetail/" + app.pkg() + ".html", detailPage(app));
            out.stub(MAPPINGS, Stubs.stub(Stubs.request("GET", DETAIL_URL + app.pkg()),
                    Stubs.file(200, Stubs.HTML, detail), Stubs.NORMAL));
            String simple = out.body("tencent/simple.jsp/" + app.pkg() + ".html", supplementPage(app));
            out.stub(MAPPINGS, Stubs.stub(Stubs.requestWithQuery("GET", SUPPLEMENT_URL + app.pkg()),
                    Stubs.file(200, Stubs.HTML, simple), Stubs.NORMAL));
        }
    }

    private static ObjectNode list(List<DemoListing> items) {
        ObjectNode root = ReplayFiles.object();
        root.put("ret", 0);
        root.put("msg", "success");
        ObjectNode component = root.putObject("data").putArray("components").addObject();
        component.put("cardId", "yyb_home_app_library");
        ObjectNode data = component.putObject("data");
        data.put("name", "AppLibraryList");
        ArrayNode itemData = data.putArray("itemData");
        for (DemoListing l : items) {
            ObjectNode i = itemData.addObject();
            i.put("pkg_name", l.pkg());
            i.put("name", l.name());
            i.put("app_id", l.number());
            l.developer().ifPresent(d -> i.put("developer", d));
            l.operator().ifPresent(o -> i.put("operator", o));
            i.put("version_name", l.versionName());
            i.put("update_time", l.updated().atZone(StoreId.CHINA).toEpochSecond());
            i.put("apk_size", Long.toString(l.sizeBytes()));
            i.put("average_rating", String.format(Locale.ROOT, "%.2f", l.rating()));
            l.shortDescription().ifPresent(s -> i.put("editor_intro", s));
            l.control(Control.Role.ENDPOINT).ifPresent(c -> i.put("download_url", c.path().url()));
        }
        return root;
    }

    /** The GameDetail entry: documented fields by their names, the undocumented disclosures by guessed ones. */
    private static ObjectNode item(DemoListing l) {
        ObjectNode i = ReplayFiles.object();
        i.put("app_id", l.number());
        i.put("name", l.name());
        i.put("pkg_name", l.pkg());
        l.developer().ifPresent(d -> i.put("developer", d));
        l.operator().ifPresent(o -> i.put("operator", o));
        i.put("version_name", l.versionName());
        i.put("version_code", Long.toString(l.versionCode()));
        i.put("update_time", l.updated().atZone(StoreId.CHINA).toEpochSecond());
        i.put("apk_size", Long.toString(l.sizeBytes()));
        i.put("download_num", Long.toString(l.downloads()));
        i.put("average_rating", String.format(Locale.ROOT, "%.2f", l.rating()));
        l.shortDescription().ifPresent(s -> i.put("editor_intro", s));
        i.put("description", l.description());
        l.md5().ifPresent(m -> i.put("md_5", m));
        l.category().ifPresent(c -> {
            i.put("tags_st", "[{\"tag_name\": \"" + c + "\"}]");
            i.put("category_name", c);
        });
        l.privacyUrl().ifPresent(u -> i.put("privacy_agreement_url", u));
        l.website().ifPresent(u -> i.put("official_website", u));
        l.permissions().ifPresent(ps -> {
            ArrayNode a = i.putArray("permissions");
            ps.forEach(p -> a.addObject().put("permission_name", p).put("desc", Products.title(p)));
        });
        l.filing().ifPresent(f -> i.put("icp_record_number", f));
        l.targetSdk().ifPresent(t -> i.put("target_sdk_version", Integer.toString(t)));
        l.control(Control.Role.ENDPOINT).ifPresent(c -> i.put("download_url", c.path().url()));
        return i;
    }

    private static String detailPage(DemoListing l) {
        ObjectNode next = ReplayFiles.object();
        ObjectNode response = next.putObject("props").putObject("pageProps").putObject("dynamicCardResponse");
        response.put("ret", 0);
        response.put("msg", "success");
        ObjectNode component = response.putObject("data").putArray("components").addObject();
        component.put("cardId", "yyb_detail_main");
        ObjectNode data = component.putObject("data");
        data.put("name", "GameDetail");
        data.putArray("itemData").add(item(l));
        next.put("page", "/appdetail/[pkgname]");
        next.putObject("query").put("pkgname", l.pkg());
        next.put("buildId", "appauditDemo");
        StringBuilder buttons = new StringBuilder();
        for (Control c : l.buttons()) {
            buttons.append("<a href=\"").append(Markup.esc(c.path().url())).append("\">").append(Markup.esc(c.label()))
                    .append("</a>");
        }
        return "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charSet=\"utf-8\"/><title>" + Markup.esc(l.name())
                + "app下载-" + Markup.esc(l.name()) + "手机版下载-应用宝官网</title></head>\n<body><div id=\"__next\">"
                + "<header><a href=\"https://sj.qq.com/\">应用宝</a></header>\n<main><h1>" + Markup.esc(l.name())
                + "</h1><div class=\"buttons\">" + buttons + "</div></main>\n<footer><p>Copyright © 1998 - 2026 "
                + "Tencent. All Rights Reserved.</p><p>粤ICP备11111111号-1</p></footer></div>\n"
                + "<script id=\"__NEXT_DATA__\" type=\"application/json\">"
                + Markup.script(ReplayFiles.compact(next)) + "</script>\n</body></html>\n";
    }

    private static String supplementPage(DemoListing l) {
        ObjectNode system = ReplayFiles.object();
        ObjectNode d = system.putObject("appDetail");
        d.put("appId", l.number());
        d.put("packageName", l.pkg());
        d.put("appName", l.name());
        l.operator().or(l::developer).ifPresent(a -> d.put("author", a));
        l.developer().ifPresent(v -> d.put("developer", v));
        d.putObject("downCount").put("bytes", Long.toString(l.downloads()));
        d.putObject("rating").put("averageRating", l.rating());
        d.put("versionName", l.versionName());
        l.control(Control.Role.SUPPLEMENT).ifPresent(c -> d.put("apkUrl", c.path().url()));
        d.putObject("fileSize").put("bytes", Long.toString(l.sizeBytes()))
                .put("desc", String.format(Locale.ROOT, "%.1f MB", l.sizeBytes() / 1048576.0));
        l.md5().ifPresent(m -> d.put("apkMd5", m));
        return "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>" + Markup.esc(l.name())
                + "-应用宝</title>\n</head>\n<body>\n<div id=\"root\"></div>\n<script>\nwindow.systemData="
                + Markup.script(ReplayFiles.compact(system)) + ";\nwindow.pageConfig={\"env\":\"prod\"};\n</script>\n"
                + "</body>\n</html>\n";
    }
}
