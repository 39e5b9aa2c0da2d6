package io.appaudit.crawler.validity;

import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Huawei AppGallery as documented: the Interface-Code token, one tab ({@code uri=<32 hex>}) paged while
 * {@code hasNextPage == 1}, and {@code internal.getTabDetail} replies of cards found by {@code layoutName}. The tab
 * lists the first {@link #LISTED} apps; the others are found only through related-apps ({@code horizonhomecard})
 * cards on detail pages. Cards come in an order unlike the real reply's. Data calls are answered only with the
 * header {@code Interface-Code: <token>_<epoch ms>}; without it the gateway says {@code rtnCode 1002} (expired).
 */
final class HuaweiPages {

    static final String TAB = "5b1c3e7f9a2d4c6e8f0a1b3c5d7e9f21";
    static final String GATEWAY = "https://web-drcn.hispace.dbankcloud.com/edge/uowap/index";
    private static final int LISTED = 32;
    private static final int PAGE = 16;
    private static final String CODE = "Interface-Code";

    private HuaweiPages() {
    }

    static void serve(Served out, List<Shown> apps) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String token = b64.encodeToString("{\"alg\":\"HS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString("{\"sub\":\"validity\"}".getBytes(StandardCharsets.UTF_8)) + ".bm90LWEta2V5";
        out.stub(post(urlPathEqualTo(Served.path("https://web-drcn.hispace.dbankcloud.com/edge/webedge/"
                + "getInterfaceCode"))), Served.body(200, Served.JSON, "\"" + token + "\""), Served.NORMAL);
        String code = Pattern.quote(token) + "_[0-9]{13}";
        for (int p = 1; p * PAGE <= LISTED; p++) {
            ObjectNode root = envelope(p * PAGE < LISTED ? 1 : 0);
            ArrayNode list = card(root.putArray("layoutData"), "normalcard").putArray("dataList");
            apps.subList((p - 1) * PAGE, p * PAGE).forEach(l -> item(list.addObject(), l));
            out.stub(Served.request(GATEWAY + "?method=internal.getTabDetail&uri=" + TAB + "&reqPageNum=" + p)
                            .withHeader(CODE, matching(code)),
                    out.bodyFile(Served.JSON, "huawei/tab-" + p + ".json", Served.json(root)), Served.SPECIFIC);
        }
        ObjectNode empty = envelope(0);
        empty.putArray("layoutData");
        out.stub(Served.request(GATEWAY).withHeader(CODE, matching(code)), Served.body(200, Served.JSON,
                Served.json(empty)), Served.FALLBACK);
        out.stub(Served.request(GATEWAY), Served.body(200, Served.JSON, "{\"rtnCode\":1002}"), Served.FALLBACK + 1);
        for (int i = 0; i < apps.size(); i++) {
            Shown app = apps.get(i);
            // The reserved apps 0..3 (never truncated) carry the unlisted ones, 32..39, in related-apps cards.
            List<Shown> related = i < (apps.size() - LISTED) / 2
                    ? List.of(apps.get(LISTED + 2 * i), apps.get(LISTED + 2 * i + 1)) : List.of();
            out.stub(Served.request(GATEWAY + "?method=internal.getTabDetail&uri=app%7C" + app.id())
                            .withHeader(CODE, matching(code)),
                    out.bodyFile(Served.JSON, "huawei/detail/" + app.id() + ".json", app.served(Served.json(
                            detail(app, related)))), Served.NORMAL);
        }
    }

    private static ObjectNode envelope(int hasNext) {
        ObjectNode root = Served.object();
        root.put("rtnCode", 0);
        root.put("hasNextPage", hasNext);
        root.put("totalPages", LISTED / PAGE);
        return root;
    }

    private static ObjectNode card(ArrayNode cards, String layoutName) {
        return cards.addObject().put("layoutName", layoutName).put("layoutId", 900_000 + cards.size());
    }

    private static ObjectNode first(ArrayNode cards, String layoutName) {
        return card(cards, layoutName).putArray("dataList").addObject();
    }

    private static void item(ObjectNode i, Shown l) {
        i.put("appid", l.id());
        i.put("detailId", "app|" + l.id());
        i.put("name", l.name());
        i.put("package", l.pkg());
        l.version().ifPresent(v -> i.put("appVersionName", v));
        i.put("kindName", "工具");
        i.put("downCountDesc", (l.versionCode() % 900 + 10) + "万次安装");
        i.put("score", "4.5");
    }

    private static ObjectNode detail(Shown l, List<Shown> related) {
        ObjectNode root = envelope(0);
        ArrayNode cards = root.putArray("layoutData");
        String released = l.updated().map(u -> u.getYear() + "/" + u.getMonthValue() + "/" + u.getDayOfMonth())
                .orElse(null);
        ObjectNode pc = first(cards, "pcappinfocard");
        l.developer().ifPresent(d -> pc.put("developer", d));
        if (released != null) {
            pc.put("releaseDate", released);
        }
        l.version().ifPresent(v -> pc.put("version", v));
        l.privacy().ifPresent(u -> pc.putObject("conceal").put("name", "隐私政策").put("text", u));
        l.website().ifPresent(u -> pc.put("webSite", u));
        l.permissions().ifPresent(ps -> {
            ArrayNode list = pc.putObject("appPermission").putArray("groupList").addObject().put("group", "权限")
                    .putArray("list");
            ps.forEach(p -> list.addObject().put("title", p));
        });
        ObjectNode data = first(cards, "appdetaildatacard");
        data.put("score", "4.5").put("stars", "4.5").put("scoredBy", 1200);
        data.put("downloads", "3.2").put("downloadUnit", "%1$s万");
        ObjectNode hidden = first(cards, "detailhiddencard");
        hidden.put("appid", l.id()).put("name", l.name()).put("package", l.pkg());
        l.version().ifPresent(v -> hidden.put("versionName", v));
        l.version().ifPresent(v -> hidden.put("versionCode", Long.toString(l.versionCode())));
        long size = 1_547_300_000L + l.versionCode();
        hidden.put("size", size).put("sizeDesc", String.format(Locale.ROOT, "%,.1f MB", size / 1e6));
        hidden.put("md5", l.md5().toUpperCase(Locale.ROOT));
        hidden.put("sha256", (l.md5() + l.md5()).toLowerCase(Locale.ROOT));
        l.targetSdk().ifPresent(t -> hidden.put("targetSDK", t));
        hidden.put("portalUrl", "https://appgallery.huawei.com/app/" + l.id());
        ObjectNode info = first(cards, "detailappinfocard");
        l.developer().ifPresent(d -> info.put("developer", d));
        if (released != null) {
            info.put("releaseDate", released);
        }
        l.version().ifPresent(v -> info.put("version", v));
        first(cards, "detailappintrocard").put("appIntro", l.intro());
        ObjectNode head = first(cards, "detailheadcard");
        head.put("name", l.name()).put("intro", "32 万次安装");
        head.putArray("labelNames").addObject().put("name", "人工复检");
        if (!related.isEmpty()) {
            ArrayNode list = card(cards, "horizonhomecard").putArray("dataList").addObject().putArray("list");
            related.forEach(r -> item(list.addObject(), r));
        }
        return root;
    }
}
