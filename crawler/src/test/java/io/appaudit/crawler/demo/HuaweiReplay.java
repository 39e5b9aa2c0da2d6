package io.appaudit.crawler.demo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Huawei AppGallery in the replay: the Interface-Code token, one tab list ({@code uri=<tab id>}) in two pages, and
 * each app's {@code internal.getTabDetail} reply of cards (the real WeChat reply's card and field names), some with a
 * related-apps card through which the apps the tab does not list are found. Headers are not checked: any
 * Interface-Code, or none, is accepted.
 */
final class HuaweiReplay {

    static final String TOKEN_URL = "https://web-drcn.hispace.dbankcloud.com/edge/webedge/getInterfaceCode";
    static final String GATEWAY_URL = "https://web-drcn.hispace.dbankcloud.com/edge/uowap/index";
    private static final String MAPPINGS = "huawei.json";

    private final ReplayFiles out;

    HuaweiReplay(ReplayFiles out) {
        this.out = out;
    }

    /** A made-up JWT (not a credential): what getInterfaceCode answers, as a JSON string. */
    static String token() {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString("{\"sub\":\"appaudit-demo\",\"iat\":1795833600}".getBytes(StandardCharsets.UTF_8))
                + "." + b64.encodeToString("demo-not-a-signature".getBytes(StandardCharsets.UTF_8));
    }

    void write(List<DemoListing> apps) {
        out.stub(MAPPINGS, Stubs.stub(Stubs.request("POST", TOKEN_URL),
                Stubs.body(200, Stubs.JSON, "\"" + token() + "\""), Stubs.NORMAL));
        Map<String, DemoListing> byId = new LinkedHashMap<>();
        apps.forEach(a -> byId.put(a.appId(), a));
        int page = DemoDiscovery.HUAWEI_PAGE;
        int pages = DemoDiscovery.HUAWEI_LISTED / page;
        for (int p = 1; p <= pages; p++) {
            List<DemoListing> items = apps.subList((p - 1) * page, p * page);
            String file = out.body("huawei/tab-" + DemoDiscovery.HUAWEI_TAB + "-page" + p + ".json",
                    ReplayFiles.compact(tabPage(items, p < pages, pages)));
            ObjectNode request = gateway();
            Stubs.param(request, "uri", "equalTo", DemoDiscovery.HUAWEI_TAB);
            Stubs.param(request, "reqPageNum", p < pages ? "equalTo" : "matches",
                    p < pages ? Integer.toString(p) : "[2-9][0-9]*");
            out.stub(MAPPINGS, Stubs.stub(request, Stubs.file(200, Stubs.JSON, file), Stubs.SPECIFIC));
        }
        // Searches, unknown apps and pages past the end: rtnCode 0 with no cards (an empty list; "not listed").
        ObjectNode empty = envelope(0, 1);
        empty.putArray("layoutData");
        out.stub(MAPPINGS, Stubs.stub(gateway(), Stubs.body(200, Stubs.JSON, ReplayFiles.compact(empty)),
                Stubs.FALLBACK));
        for (DemoListing app : apps) {
            String file = out.body("huawei/detail/" + app.appId() + ".json", ReplayFiles.compact(detail(app, byId)));
            ObjectNode request = gateway();
            Stubs.param(request, "uri", "equalTo", "app|" + app.appId());
            out.stub(MAPPINGS, Stubs.stub(request, Stubs.file(200, Stubs.JSON, file), Stubs.NORMAL));
        }
    }

    private static ObjectNode gateway() {
        ObjectNode request = Stubs.request("GET", GATEWAY_URL);
        Stubs.param(request, "method", "equalTo", "internal.getTabDetail");
        return request;
    }

    private static ObjectNode envelope(int hasNextPage, int totalPages) {
        ObjectNode root = ReplayFiles.object();
        root.put("rtnCode", 0);
        root.put("hasNextPage", hasNextPage);
        root.put("totalPages", totalPages);
        return root;
    }

    private static ObjectNode tabPage(List<DemoListing> items, boolean more, int pages) {
        ObjectNode root = envelope(more ? 1 : 0, pages);
        root.put("count", items.size());
        ObjectNode card = card(root.putArray("layoutData"), "normalcard", 903100);
        ArrayNode list = card.putArray("dataList");
        items.forEach(l -> listItem(list.addObject(), l));
        return root;
    }

    private static void listItem(ObjectNode i, DemoListing l) {
        i.put("appid", l.appId());
        i.put("detailId", "app|" + l.appId() + "?appoid=" + l.number());
        i.put("name", l.name());
        i.put("package", l.pkg());
        i.put("appVersionName", l.versionName());
        l.shortDescription().ifPresent(m -> i.put("memo", m));
        i.put("score", String.format(Locale.ROOT, "%.1f", l.rating()));
        i.put("sizeDesc", sizeDesc(l));
        i.put("downCountDesc", Markup.count(l.downloads()) + "次安装");
    }

    private static ObjectNode detail(DemoListing l, Map<String, DemoListing> byId) {
        ObjectNode root = envelope(0, 1);
        ArrayNode cards = root.putArray("layoutData");
        ObjectNode head = first(cards, "detailheadcard", 40);
        head.put("name", l.name());
        head.put("intro", Markup.count(l.downloads()) + "次安装");
        head.put("starDesc", String.format(Locale.ROOT, "%.1f 分", l.rating()));
        ArrayNode labels = head.putArray("labelNames");
        labels.addObject().put("name", "病毒检测").put("type", 0);
        labels.addObject().put("name", "人工复检").put("type", 0);
        ObjectNode hidden = first(cards, "detailhiddencard", 49);
        hidden.put("appid", l.appId());
        hidden.put("detailId", "app|" + l.appId() + "?appoid=" + l.number() + "&isDetail=1");
        hidden.put("name", l.name());
        hidden.put("package", l.pkg());
        hidden.put("versionName", l.versionName());
        hidden.put("versionCode", Long.toString(l.versionCode()));
        hidden.put("size", l.sizeBytes());
        hidden.put("sizeDesc", sizeDesc(l));
        l.sha256().ifPresent(h -> hidden.put("sha256", h.toLowerCase(Locale.ROOT)));
        l.md5().ifPresent(h -> hidden.put("md5", h));
        l.targetSdk().ifPresent(t -> hidden.put("targetSDK", t));
        l.shortDescription().ifPresent(s -> hidden.put("editorDescribe", s));
        hidden.putNull("downurl");
        hidden.put("appoid", l.number());
        hidden.put("portalUrl", "https://appgallery.cloud.huawei.com/ag/n/app/" + l.appId() + "?locale=zh_CN");
        String released = l.updated().getYear() + "/" + l.updated().getMonthValue() + "/" + l.updated().getDayOfMonth();
        ObjectNode info = first(cards, "detailappinfocard", 42);
        info.put("title", "信息");
        l.developer().ifPresent(d -> info.put("developer", d));
        info.put("releaseDate", released);
        info.put("version", l.versionName());
        info.put("sizeDesc", sizeDesc(l));
        info.put("package", l.pkg());
        ObjectNode intro = first(cards, "detailappintrocard", 45);
        intro.put("package", l.pkg());
        intro.put("appIntro", l.description());
        ObjectNode pc = first(cards, "pcappinfocard", 903422);
        l.developer().ifPresent(d -> pc.put("developer", d));
        pc.put("releaseDate", released);
        pc.put("version", l.versionName());
        l.privacyUrl().ifPresent(u -> pc.putObject("conceal").put("name", "隐私政策").put("text", u).put("type", "1"));
        pc.put("webSite", l.website().orElse(""));
        l.permissions().ifPresent(ps -> {
            ObjectNode permission = pc.putObject("appPermission");
            permission.put("intro", "检测出此应用获取 " + ps.size() + " 个敏感隐私权限：");
            ObjectNode group = permission.putArray("groupList").addObject();
            group.put("group", "其他");
            ArrayNode list = group.putArray("list");
            ps.forEach(p -> list.addObject().put("title", p));
        });
        ObjectNode data = first(cards, "appdetaildatacard", 903627);
        data.put("score", String.format(Locale.ROOT, "%.1f", l.rating()));
        data.put("scoredBy", 100 + l.downloads() % 9_000);
        String[] count = Markup.count(l.downloads()).split(" ");
        data.put("downloads", count[0]);
        data.put("downloadUnit", "%1$s" + count[1]);
        if (!l.related().isEmpty()) {
            ObjectNode related = card(cards, "horizonhomecard", 903426);
            related.put("name", "相关推荐");
            ArrayNode list = related.putArray("dataList").addObject().putArray("list");
            l.related().forEach(id -> listItem(list.addObject(), byId.get(id)));
        }
        return root;
    }

    private static ObjectNode card(ArrayNode cards, String layoutName, int layoutId) {
        ObjectNode card = cards.addObject();
        card.put("layoutId", layoutId);
        card.put("layoutName", layoutName);
        return card;
    }

    /** A detail card and its one dataList element, where the fields go. */
    private static ObjectNode first(ArrayNode cards, String layoutName, int layoutId) {
        return card(cards, layoutName, layoutId).putArray("dataList").addObject();
    }

    private static String sizeDesc(DemoListing l) {
        return String.format(Locale.ROOT, "%.1f MB", l.sizeBytes() / 1048576.0);
    }
}
